package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open-item ledger indexed by customer for credit checks: a host builds it once from its
 * book and keeps it current as items change (an invoice posted, cash applied, a credit note,
 * a reversal: {@link #put}, {@link #remove}); a check then reads one customer's
 * {@link CustomerLedger} view instead of filtering the whole book.
 *
 * <pre>{@code
 * CreditLedgerIndex index = CreditLedgerIndex.of(book);          // once
 * index.put(invoiceJustPosted);                                   // as the book changes
 * CreditCheckResult result = CreditCheck.standard().check(CreditCheckRequest.builder()
 *     .customer(customer).view(index.view(customer.customerId()))
 *     .newOrder(order).asOf(asOf).build());
 * }</pre>
 *
 * <p>Thread-safe: updates to one customer are atomic and readers always see a whole, immutable
 * view (the one before or the one after an update). The same views give the same results.
 * Its own cost per item is one reference in its customer's arrays (the items themselves are
 * the host's); see the README for the measured figures.
 */
public final class CreditLedgerIndex {

  private final ConcurrentHashMap<CustomerId, CustomerLedger> byCustomer;

  private CreditLedgerIndex(ConcurrentHashMap<CustomerId, CustomerLedger> byCustomer) {
    this.byCustomer = byCustomer;
  }

  /** An index of {@code ledger}'s open items (settled ones are left out). */
  public static CreditLedgerIndex of(Collection<OpenItem> ledger) {
    Checks.notNull(ledger, "ledger");
    Map<CustomerId, List<OpenItem>> grouped = new HashMap<>();
    for (OpenItem item : ledger) {
      grouped.computeIfAbsent(item.customerId(), c -> new ArrayList<>()).add(item);
    }
    ConcurrentHashMap<CustomerId, CustomerLedger> views =
        new ConcurrentHashMap<>(Math.max(16, grouped.size() * 2));
    grouped.forEach((customer, items) -> views.put(customer, CustomerLedger.of(customer, items)));
    return new CreditLedgerIndex(views);
  }

  /** An empty index. */
  public static CreditLedgerIndex empty() {
    return new CreditLedgerIndex(new ConcurrentHashMap<>());
  }

  /** The current view of {@code customer} (empty when the customer has no open item). */
  public CustomerLedger view(CustomerId customer) {
    CustomerLedger view = byCustomer.get(Checks.notNull(customer, "customer"));
    return view != null ? view : CustomerLedger.empty(customer);
  }

  /**
   * Adds {@code item}, or replaces the customer's item of the same document id (a settled item
   * is removed).
   */
  public void put(OpenItem item) {
    Checks.notNull(item, "item");
    byCustomer.compute(item.customerId(), (customer, view) ->
        (view != null ? view : CustomerLedger.empty(customer)).with(item));
  }

  /** Removes the item of {@code document} of {@code customer}, if there is one. */
  public void remove(CustomerId customer, DocumentId document) {
    Checks.notNull(customer, "customer");
    Checks.notNull(document, "document");
    byCustomer.computeIfPresent(customer, (c, view) -> view.without(document));
  }

  /** The number of customers with a view. */
  public int customers() {
    return byCustomer.size();
  }
}
