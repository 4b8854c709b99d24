package io.credere.allocation.internal;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of one run, indexed once: items by position with their current open amount in
 * minor units (reduced as payments are applied), by document id, by reference key and numeric
 * tail, by the customer's own reference, and by customer; customers by id, bank account and
 * name. Every lookup is a hash probe, never a scan of the ledger. Confined to one run (not
 * thread-safe).
 */
public final class LedgerIndex {

  private static final int[] NONE = new int[0];

  private final OpenItem[] items;
  private final long[] open;
  private final Map<DocumentId, Integer> byDocument;
  private final Map<String, Object> byKey;
  private final Map<String, Object> byTail;
  private final Map<String, Object> byReference;
  private final Map<CustomerId, Object> byCustomer;
  private final Map<CustomerId, Customer> customers = new HashMap<>();
  private final Map<String, Object> byAccount = new HashMap<>();
  private final NameMatcher names = new NameMatcher();

  /** Indexes {@code ledger} and {@code customers}. */
  public LedgerIndex(List<OpenItem> ledger, List<Customer> customerList) {
    int n = ledger.size();
    items = ledger.toArray(new OpenItem[0]);
    open = new long[n];
    byDocument = new HashMap<>(n * 2);
    byKey = new HashMap<>(n * 2);
    byTail = new HashMap<>(n * 2);
    byReference = new HashMap<>();
    Map<CustomerId, Object> customerItems = new HashMap<>();
    for (int i = 0; i < n; i++) {
      OpenItem item = items[i];
      open[i] = item.openAmount().getAmountMinorLong();
      byDocument.put(item.documentId(), i);
      String id = item.documentId().value();
      add(byKey, ReferenceText.key(id), i);
      String tail = ReferenceText.lastDigitGroup(id);
      if (tail.length() >= 4) {
        add(byTail, tail, i);
      }
      if (item.reference().isPresent()) {
        String reference = ReferenceText.key(item.reference().get());
        if (reference.length() >= 3) {
          add(byReference, reference, i);
        }
      }
      add(customerItems, item.customerId(), i);
    }
    byCustomer = new HashMap<>(customerItems.size() * 2);
    Comparator<Integer> byDue = Comparator.<Integer, java.time.LocalDate>comparing(
        i -> items[i].dueDate()).thenComparing(i -> items[i].documentDate())
        .thenComparing(i -> i);
    for (Map.Entry<CustomerId, Object> entry : customerItems.entrySet()) {
      int[] positions = list(entry.getValue());
      if (positions.length > 1) {
        Integer[] boxed = Arrays.stream(positions).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, byDue);
        positions = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
      }
      byCustomer.put(entry.getKey(), positions);
    }
    for (Customer customer : customerList) {
      customers.put(customer.customerId(), customer);
      for (String account : customer.bankAccounts()) {
        add(byAccount, account, customer.customerId());
      }
      names.add(customer.customerId(), customer.name());
    }
  }

  /** How many items the ledger holds. */
  public int size() {
    return items.length;
  }

  /** The item at a position (its open amount as read, see {@link #open(int)}). */
  public OpenItem item(int position) {
    return items[position];
  }

  /** The current open amount of the item at a position, minor units, signed. */
  public long open(int position) {
    return open[position];
  }

  /** Changes the current open amount of the item at a position by {@code delta} minor units. */
  public void change(int position, long delta) {
    open[position] += delta;
  }

  /** The position of a document. */
  public Optional<Integer> position(DocumentId documentId) {
    return Optional.ofNullable(byDocument.get(documentId));
  }

  /** Positions of documents whose id has this key. */
  public int[] byKey(String key) {
    return list(byKey.get(key));
  }

  /** Positions of documents whose id ends in this digit group. */
  public int[] byTail(String digits) {
    return list(byTail.get(digits));
  }

  /** Positions of documents whose customer reference has this key. */
  public int[] byReference(String key) {
    return list(byReference.get(key));
  }

  /** Positions of a customer's items, oldest due date first. */
  public int[] byCustomer(CustomerId customerId) {
    int[] positions = (int[]) byCustomer.get(customerId);
    return positions == null ? NONE : positions;
  }

  /** Whether the ledger or the customer list knows the customer. */
  public boolean knows(CustomerId customerId) {
    return customers.containsKey(customerId) || byCustomer.containsKey(customerId);
  }

  /** The customer's account, when the customer list has it. */
  public Optional<Customer> customer(CustomerId customerId) {
    return Optional.ofNullable(customers.get(customerId));
  }

  /** Customers known to pay from {@code account} (normalised). */
  public List<CustomerId> customersWithAccount(String account) {
    Object found = byAccount.get(Customer.normaliseAccount(account));
    if (found == null) {
      return List.of();
    }
    if (found instanceof CustomerId id) {
      return List.of(id);
    }
    @SuppressWarnings("unchecked")
    List<CustomerId> ids = (List<CustomerId>) found;
    return ids;
  }

  /** The two customers whose names are most like {@code payerName}, best first. */
  public List<NameMatcher.Score> closestNames(String payerName) {
    return names.best(payerName);
  }

  private static <K> void add(Map<K, Object> map, K key, int position) {
    Object current = map.get(key);
    if (current == null) {
      map.put(key, position);
    } else if (current instanceof Integer single) {
      map.put(key, new int[] {single, position});
    } else {
      int[] list = (int[]) current;
      int[] longer = Arrays.copyOf(list, list.length + 1);
      longer[list.length] = position;
      map.put(key, longer);
    }
  }

  private static void add(Map<String, Object> map, String key, CustomerId id) {
    Object current = map.get(key);
    if (current == null) {
      map.put(key, id);
    } else if (current instanceof CustomerId single) {
      if (!single.equals(id)) {
        map.put(key, new ArrayList<>(List.of(single, id)));
      }
    } else {
      @SuppressWarnings("unchecked")
      List<CustomerId> ids = (List<CustomerId>) current;
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
  }

  private static int[] list(Object found) {
    if (found == null) {
      return NONE;
    }
    if (found instanceof Integer single) {
      return new int[] {single};
    }
    return (int[]) found;
  }
}
