package io.credere.allocation;

import io.credere.allocation.internal.IntMultiMap;
import io.credere.allocation.internal.NameMatcher;
import io.credere.allocation.internal.ReferenceText;
import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.item.OpenItemColumns;
import io.credere.core.money.Monies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A ledger of open items and the customer accounts, indexed for cash application: a host builds
 * it once ({@link #of(List, List)}), keeps it current as items change ({@link #put(OpenItem)} a
 * new invoice or credit note or a changed open amount, {@link #remove(DocumentId)},
 * {@link #post(AllocationRun)} the cash a run applied, {@link #unpost(AllocationResult)} a
 * reversal) and hands it to {@link CashApplication#apply(LedgerIndex, List)} for each bank file,
 * which then costs only the payments' own work, not a pass over the book.
 *
 * <p>Lookups: document id; a remittance reference in any printed form (letters and digits only,
 * case, diacritics and OCR look-alikes folded, leading zeros of digit groups dropped); the
 * last digit group of a document id; the customer's own reference ({@code reference}, e.g. a PO
 * number; an ISO 11649 creditor reference also by its payload); a customer's items, oldest due
 * first; customers by id, bank account and name. The index's own cost is about 60 bytes an item
 * on top of the items themselves (chained int arrays, no object per entry; see
 * {@code benchmarks/README.md} for the measured figure).
 *
 * <p>Thread-safe: any number of runs and readers at once (a run holds the read lock for its
 * length and never writes the index: its changes are returned, to {@link #post} when booked);
 * writers ({@code put}, {@code remove}, {@code post}, {@code unpost}, {@code putCustomer}) take
 * the write lock and wait for running readers. Results are deterministic: the same index state
 * and payments give the same run.
 */
public final class LedgerIndex {

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /**
   * The items by position. When the index was built from {@link OpenItemColumns}, null: an item
   * is made from {@link #source} whenever it is asked for ({@link #item}); otherwise (and after
   * the first write, which makes them all) null is a removed item.
   */
  private OpenItem[] items;
  /**
   * The columns the index was built from, whose rows are the first positions; null when it was
   * built from items, and from the first write on.
   */
  private OpenItemColumns source;
  private long[] open;
  /**
   * Per position, the item's currency number ({@link #currencyNumber}) shifted left twice, plus
   * {@link #DEBIT} for a debit document and {@link #PAYMENT_KIND} for a {@code PAYMENT} item: a
   * run filters a customer's items on these without going to the items.
   */
  private int[] kinds;
  /** The bit of {@link #kinds} of a debit document (an invoice or a debit note). */
  static final int DEBIT = 2;
  /** The bit of {@link #kinds} of a {@code PAYMENT} item. */
  static final int PAYMENT_KIND = 1;
  /**
   * At 2 x position the loose key, and at 2 x position + 1 the tail digits (without leading
   * zeros), of the item's document id, made when a run first asks ({@link #looseKey},
   * {@link #tail}): a large customer's items are compared with a remittance payment after
   * payment. Null until asked; dropped when positions move ({@link #compactIfSparse}). Filled
   * by the runs' threads without a lock: two threads at most make the same immutable string
   * twice.
   */
  private String[] idKeys;
  /** The {@link ReferenceText#slipSketch} of each of {@link #idKeys}, 0 until made. */
  private long[] idSketches;
  /** The currencies the index has seen, numbered in order of first appearance. */
  private final Map<org.joda.money.CurrencyUnit, Integer> currencyNumbers = new HashMap<>();
  private int count;
  private int live;
  private IntMultiMap byKey;
  private IntMultiMap byTail;
  private IntMultiMap byReference;
  private final Map<CustomerId, int[]> byCustomer;
  private final Map<CustomerId, Customer> customers = new HashMap<>();
  private final Map<String, Object> byAccount = new HashMap<>();
  private final NameMatcher names = new NameMatcher();

  private LedgerIndex(int expected, int expectedReferences) {
    items = new OpenItem[Math.max(16, expected)];
    open = new long[items.length];
    kinds = new int[items.length];
    byKey = new IntMultiMap(expected);
    byTail = new IntMultiMap(expected);
    byReference = new IntMultiMap(Math.max(16, expectedReferences));
    byCustomer = new HashMap<>(Math.max(16, expected / 8));
  }

  /**
   * Indexes {@code ledger} (positions in list order) and {@code customers}. From 65,536 items
   * the items' lookup keys (the bulk of the work) are made in chunks on the common
   * {@link java.util.concurrent.ForkJoinPool}, the calling thread taking part; the index is the
   * same as one made on the calling thread alone.
   *
   * <p>Given {@link OpenItemColumns} (e.g. from {@code LedgerFile.readColumns}), the index keeps
   * the columns and makes an item only when a run or a read asks for it: a large ledger then
   * costs the heap its columns, not an object graph per item. The index, its lookups and its
   * runs are the same as for the items in a list; the first write ({@link #put},
   * {@link #remove}, {@link #post}, {@link #unpost}) makes every item once.
   *
   * @throws ValidationException when a document id appears twice
   */
  public static LedgerIndex of(List<OpenItem> ledger, List<Customer> customers) {
    Objects.requireNonNull(ledger, "ledger");
    return of(ledger, customers, ledger.size() >= KeyHashes.PARALLEL_FROM);
  }

  /** {@link #of(List, List)}, its items' keys made on several threads or on this one alone. */
  static LedgerIndex of(List<OpenItem> ledger, List<Customer> customers, boolean parallelKeys) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(customers, "customers");
    List<OpenItem> list = ledger instanceof java.util.RandomAccess ? ledger
        : new ArrayList<>(ledger);
    // columns are indexed from their fields, and their items made only when asked for
    OpenItemColumns columns = list instanceof OpenItemColumns c ? c : null;
    KeyHashes hashes = KeyHashes.of(list, columns, parallelKeys);
    // the reference lookup sized for the keys it will hold (known now), not grown to them
    LedgerIndex index = new LedgerIndex(list.size(), hashes.referenceCount());
    index.idSketches = hashes.sketches;
    index.source = columns;
    java.util.function.IntFunction<CustomerId> customerOf = columns != null
        ? columns::customerId : p -> list.get(p).customerId();
    // the lookups (and the duplicate check) on this thread while, for a large ledger, the
    // customers' positions are grouped and sorted on the pool: the two read the items only
    Grouping grouping;
    if (parallelKeys && !hashes.wideDates.get()) {
      java.util.concurrent.ForkJoinTask<Grouping> task = java.util.concurrent.ForkJoinPool
          .commonPool().submit(() -> Grouping.of(list.size(), customerOf, hashes.dates, true,
              null));
      try {
        index.fill(list, hashes);
      } finally {
        grouping = task.join();
      }
    } else {
      index.fill(list, hashes);
      grouping = Grouping.of(list.size(), customerOf,
          hashes.wideDates.get() ? null : hashes.dates, parallelKeys, index);
    }
    for (int c = 0; c < grouping.positions.length; c++) {
      index.byCustomer.put(grouping.ids.get(c), grouping.positions[c]);
    }
    for (Customer customer : customers) {
      index.addCustomer(customer);
    }
    return index;
  }

  /**
   * Puts the items in, in list order, with their lookups; refuses a document id seen before.
   * Items of {@link #source} are not put in: they are made when asked for.
   */
  private void fill(List<OpenItem> ledger, KeyHashes hashes) {
    OpenItemColumns columns = source;
    int size = ledger.size();
    for (int position = 0; position < size; position++) {
      if (columns == null) {
        OpenItem item = ledger.get(position);
        if (position(hashes.id[position], item.documentId().value()) >= 0) {
          throw twice(item.documentId().value());
        }
        items[position] = item;
        open[position] = item.openAmount().getAmountMinorLong();
        kinds[position] = kindOf(item.currency(), item.documentType());
      } else {
        // an id is made only when its hash was seen (a repeat, or two ids of one hash)
        if (byKey.first(hashes.id[position]) >= 0
            && position(hashes.id[position], columns.documentId(position)) >= 0) {
          throw twice(columns.documentId(position));
        }
        open[position] = columns.openMinor(position);
        kinds[position] = kindOf(columns.currency(position), columns.documentType(position));
      }
      count++;
      live++;
      hashes.addTo(this, position);
    }
  }

  private static ValidationException twice(String documentId) {
    return ValidationException.of("document_id", Optional.of(documentId),
        "appears twice in the ledger");
  }

  /** Each customer's positions, oldest due first. */
  private record Grouping(List<CustomerId> ids, int[][] positions) {

    /**
     * Groups the positions by customer and sorts each group: compared on {@code dates} (packed
     * by {@link KeyHashes}: one array read a position, not two dates behind an item) when
     * given, else on the items of {@code index} (which must hold them); the groups sorted on
     * several threads when {@code parallel}.
     */
    static Grouping of(int size, java.util.function.IntFunction<CustomerId> customerOf,
        long[] dates, boolean parallel, LedgerIndex index) {
      // customers numbered densely in order of first appearance, items counted per number
      Numbering numbers = new Numbering(size / 4);
      List<CustomerId> ids = new ArrayList<>();
      int[] numberOf = new int[size];
      int[] sizes = new int[16];
      CustomerId previous = null;
      int number = -1;
      for (int position = 0; position < numberOf.length; position++) {
        CustomerId customer = customerOf.apply(position);
        if (!customer.equals(previous)) {
          number = numbers.numberOf(customer, ids.size());
          if (number == ids.size()) {
            ids.add(customer);
            if (number == sizes.length) {
              sizes = Arrays.copyOf(sizes, sizes.length * 2);
            }
          }
          previous = customer;
        }
        numberOf[position] = number;
        sizes[number]++;
      }
      int[][] grouped = new int[ids.size()][];
      for (int c = 0; c < grouped.length; c++) {
        grouped[c] = new int[sizes[c]];
        sizes[c] = 0;
      }
      for (int position = 0; position < numberOf.length; position++) {
        int c = numberOf[position];
        grouped[c][sizes[c]++] = position;
      }
      if (parallel) {
        java.util.stream.IntStream.range(0, grouped.length).parallel()
            .forEach(c -> sortByDue(grouped[c], dates, index));
      } else {
        for (int[] positions : grouped) {
          sortByDue(positions, dates, index);
        }
      }
      return new Grouping(ids, grouped);
    }
  }

  /**
   * Customer ids to numbers by open addressing: no entry object and no boxed number a customer
   * (a ledger's customers are numbered once each, on the critical path of the index build).
   */
  private static final class Numbering {
    private CustomerId[] keys;
    private int[] values;
    private int size;

    Numbering(int expected) {
      int capacity = 16;
      while (capacity < 2 * expected) {
        capacity <<= 1;
      }
      keys = new CustomerId[capacity];
      values = new int[capacity];
    }

    /** The number of {@code id}; {@code next} (and remembered) when it has none yet. */
    int numberOf(CustomerId id, int next) {
      int mask = keys.length - 1;
      int i = slot(id, mask);
      for (CustomerId key; (key = keys[i]) != null; i = (i + 1) & mask) {
        if (key == id || key.equals(id)) {
          return values[i];
        }
      }
      keys[i] = id;
      values[i] = next;
      if (++size * 2 > keys.length) {
        grow();
      }
      return next;
    }

    private static int slot(CustomerId id, int mask) {
      int h = id.hashCode() * 0x9E3779B9;
      return (h ^ h >>> 16) & mask;
    }

    private void grow() {
      CustomerId[] oldKeys = keys;
      int[] oldValues = values;
      keys = new CustomerId[oldKeys.length * 2];
      values = new int[keys.length];
      int mask = keys.length - 1;
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != null) {
          int i = slot(oldKeys[k], mask);
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[k];
          values[i] = oldValues[k];
        }
      }
    }
  }

  // ---- public reads ----

  /** How many items the index holds (settled ones included until removed). */
  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The item with this document id, with its current open amount. */
  public Optional<OpenItem> find(DocumentId documentId) {
    lock.readLock().lock();
    try {
      int position = position(documentId);
      return position < 0 ? Optional.empty() : Optional.of(current(position));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** A customer's items with their current open amounts, oldest due first. */
  public List<OpenItem> items(CustomerId customerId) {
    lock.readLock().lock();
    try {
      List<OpenItem> found = new ArrayList<>();
      for (int position : byCustomer(customerId)) {
        found.add(current(position));
      }
      return found;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Every item with its current open amount, in index order (the ledger's, then added ones). */
  public List<OpenItem> items() {
    lock.readLock().lock();
    try {
      List<OpenItem> all = new ArrayList<>(live);
      for (int position = 0; position < count; position++) {
        if (present(position)) {
          all.add(current(position));
        }
      }
      return all;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The customer's account, when the index has it. */
  public Optional<Customer> customer(CustomerId customerId) {
    lock.readLock().lock();
    try {
      return Optional.ofNullable(customers.get(customerId));
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The bytes the index's own structures hold (arrays, maps; not the items and customers
   * themselves), estimated from their sizes.
   */
  public long ownBytes() {
    lock.readLock().lock();
    try {
      long bytes = 20L * items.length + byKey.bytes() + byTail.bytes() + byReference.bytes();
      for (int[] positions : byCustomer.values()) {
        bytes += 16 + 4L * positions.length + 48;
      }
      return bytes;
    } finally {
      lock.readLock().unlock();
    }
  }

  // ---- public writes ----

  /**
   * Adds an item (a new invoice, debit note, credit note or payment) or replaces the item with
   * the same document id (its open amount, reference, terms or customer changed).
   */
  public void put(OpenItem item) {
    Objects.requireNonNull(item, "item");
    lock.writeLock().lock();
    try {
      makeAll();
      int position = position(item.documentId());
      if (position >= 0) {
        unlink(position);
      } else {
        if (count == items.length) {
          int grown = items.length + (items.length >> 1) + 1;
          items = Arrays.copyOf(items, grown);
          open = Arrays.copyOf(open, grown);
          kinds = Arrays.copyOf(kinds, grown);
        }
        position = count++;
      }
      live++;
      items[position] = item;
      open[position] = item.openAmount().getAmountMinorLong();
      kinds[position] = kindOf(item.currency(), item.documentType());
      addKeys(item, ReferenceText.looseKeyHash(item.documentId().value()), position);
      int[] old = byCustomer(item.customerId());
      // the first of the customer's positions that sorts after the new one (they are sorted)
      int low = 0;
      int high = old.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (compareDue(old[middle], position, null, this) > 0) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      int[] longer = new int[old.length + 1];
      System.arraycopy(old, 0, longer, 0, low);
      longer[low] = position;
      System.arraycopy(old, low, longer, low + 1, old.length - low);
      byCustomer.put(item.customerId(), longer);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Removes the item with this document id; false when the index has none. */
  public boolean remove(DocumentId documentId) {
    lock.writeLock().lock();
    try {
      makeAll();
      int position = position(documentId);
      if (position < 0) {
        return false;
      }
      unlink(position);
      items[position] = null;
      open[position] = 0;
      compactIfSparse();
      return true;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Adds a customer account or replaces the one with the same id (name, bank accounts). */
  public void putCustomer(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    lock.writeLock().lock();
    try {
      Customer old = customers.get(customer.customerId());
      if (old != null) {
        for (String account : old.bankAccounts()) {
          removeAccount(Customer.normaliseAccount(account), old.customerId());
        }
        names.remove(old.customerId());
      }
      addCustomer(customer);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Books a run made on this index: reduces the open amounts its lines and nettings consumed and
   * adds its new {@code PAYMENT} items (on account, unapplied).
   *
   * @throws IllegalStateException when the index changed since the run so that a document no
   *     longer has the open amount the run consumed (nothing is changed then)
   */
  public void post(AllocationRun run) {
    lock.writeLock().lock();
    try {
      makeAll();
      Map<Integer, Long> deltas = new HashMap<>();
      for (AllocationResult result : run.results()) {
        collect(result, deltas, -1);
      }
      change(deltas);
      for (AllocationResult result : run.results()) {
        result.unappliedItem().ifPresent(this::put);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Reverses one booked payment: restores what its lines and nettings consumed and removes its
   * on-account or unapplied item. As {@link CashApplication#reverse(List, AllocationResult)},
   * the on-account or unapplied item must still be in the index untouched: cash since offset or
   * refunded cannot be taken back by dropping the item (the customer's debt would vanish).
   *
   * @throws IllegalStateException when a document is no longer in the index, or the payment's
   *     on-account or unapplied item is gone or its open amount changed since the run (nothing
   *     is changed then)
   */
  public void unpost(AllocationResult result) {
    lock.writeLock().lock();
    try {
      makeAll();
      result.unappliedItem().ifPresent(created -> {
        int position = position(created.documentId());
        long now = position < 0 ? 0 : open[position];
        if (position < 0 || now != created.openAmount().getAmountMinorLong()) {
          throw new IllegalStateException("Cannot unpost payment "
              + result.payment().paymentId().value() + ": its cash left as "
              + created.documentId().value() + " (" + created.openAmount().negated()
              + ") was since offset or refunded (open now "
              + (position < 0 ? "nothing: the item is gone"
                  : Monies.ofMinor(created.currency(), -now).toString())
              + "); unpost the offset or refund first");
        }
      });
      Map<Integer, Long> deltas = new HashMap<>();
      collect(result, deltas, 1);
      change(deltas);
      result.unappliedItem().ifPresent(item -> {
        int position = position(item.documentId());
        if (position >= 0) {
          unlink(position);
          items[position] = null;
          open[position] = 0;
        }
      });
      compactIfSparse();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Makes every item of {@link #source} not made yet and drops the columns (under the write
   * lock): from then on null in {@link #items} is a removed item, as for an index built from
   * items.
   */
  private void makeAll() {
    if (source != null) {
      for (int position = 0; position < count; position++) {
        items[position] = source.get(position);
      }
      source = null;
    }
  }

  /** Whether an item is at {@code position}. */
  private boolean present(int position) {
    return source != null ? position < count : items[position] != null;
  }

  /** The document id of the item at {@code position}, without making the item. */
  private String idAt(int position) {
    OpenItem item = items[position];
    return item != null ? item.documentId().value() : source.documentId(position);
  }

  /** The customer's reference of the item at {@code position}, without making the item. */
  private Optional<String> referenceAt(int position) {
    OpenItem item = items[position];
    return item != null ? item.reference() : source.reference(position);
  }

  // ---- for the engine (callers hold the read lock) ----

  ReentrantReadWriteLock lock() {
    return lock;
  }

  int capacity() {
    return count;
  }

  /** {@code ReferenceText.looseKey} of the document id at {@code position}, made once. */
  String looseKey(int position) {
    return idKey(position, 0);
  }

  /**
   * The last digit group, without leading zeros, of the document id at {@code position}
   * ({@code ReferenceText.stripZeros(ReferenceText.lastDigitGroup(id))}), made once.
   */
  String tail(int position) {
    return idKey(position, 1);
  }

  /**
   * The slip sketch ({@link ReferenceText#slipSketch}) of {@link #looseKey} ({@code which} 0)
   * or {@link #tail} (1) at {@code position}, made once: a search for a slip among a large
   * customer's items rules most out on these without reading their keys.
   */
  long idSketch(int position, int which) {
    long[] cache = idSketches;
    if (cache == null || cache.length <= 2 * position + 1) {
      cache = cache == null ? new long[2 * items.length] : Arrays.copyOf(cache, 2 * items.length);
      idSketches = cache;
    }
    long sketch = cache[2 * position + which];
    if (sketch == 0) {
      // from the id itself: the key is made only for the few items a sketch lets through
      String id = idAt(position);
      sketch = which == 0 ? ReferenceText.looseKeySketch(id) : ReferenceText.tailSketch(id);
      cache[2 * position + which] = sketch;
    }
    return sketch;
  }

  /** {@link #looseKey} ({@code which} 0) or {@link #tail} (1), from {@link #idKeys}. */
  private String idKey(int position, int which) {
    String[] cache = idKeys;
    if (cache == null || cache.length <= 2 * position + 1) {
      cache = new String[2 * items.length];
      idKeys = cache;
    }
    String key = cache[2 * position + which];
    if (key == null) {
      String id = idAt(position);
      key = which == 0 ? ReferenceText.looseKey(id)
          : ReferenceText.stripZeros(ReferenceText.lastDigitGroup(id));
      cache[2 * position + which] = key;
    }
    return key;
  }

  /**
   * The item at {@code position}; an item of the columns the index was built from is made anew
   * at each call (not kept: a run asks for a few hundred thousand of a large ledger's items,
   * and keeping them would put them back on the heap the columns spared).
   */
  OpenItem item(int position) {
    OpenItem item = items[position];
    return item == null && source != null ? source.get(position) : item;
  }

  long open(int position) {
    return open[position];
  }

  /** The position of a document, -1 when absent. */
  int position(DocumentId documentId) {
    return position(ReferenceText.looseKeyHash(documentId.value()), documentId.value());
  }

  private int position(int idHash, String documentId) {
    for (int e = byKey.first(idHash); e >= 0; e = byKey.next(e, idHash)) {
      int position = byKey.value(e);
      OpenItem item = items[position];
      if (item != null ? item.documentId().value().equals(documentId)
          : source != null && source.hasDocumentId(position, documentId)) {
        return position;
      }
    }
    return -1;
  }

  /** Positions of documents whose loose key is {@code looseKey}. */
  int[] byKey(String looseKey) {
    return verified(byKey, looseKey, Kind.ID);
  }

  /** Positions of documents whose last digit group, leading zeros dropped, is {@code digits}. */
  int[] byTail(String digits) {
    return verified(byTail, digits, Kind.TAIL);
  }

  /** Positions of documents whose customer reference has this loose key. */
  int[] byReference(String looseKey) {
    return verified(byReference, looseKey, Kind.REFERENCE);
  }

  /** The kind of the item at {@code position}: see {@link #kinds}. */
  int kind(int position) {
    return kinds[position];
  }

  /** Of {@code positions}, those of the items of currency number {@code currency}, in order. */
  int[] ofCurrency(int[] positions, int currency) {
    int[] kept = new int[positions.length];
    int count = 0;
    for (int position : positions) {
      if (kinds[position] >>> 2 == currency) {
        kept[count++] = position;
      }
    }
    return count == positions.length ? kept : Arrays.copyOf(kept, count);
  }

  /** The number of {@code currency} in {@link #kinds}; -1 when no item of the index has it. */
  int currencyNumber(org.joda.money.CurrencyUnit currency) {
    Integer number = currencyNumbers.get(currency);
    return number == null ? -1 : number;
  }

  private int kindOf(org.joda.money.CurrencyUnit currency, DocumentType type) {
    int number = currencyNumbers.computeIfAbsent(currency, c -> currencyNumbers.size());
    return number << 2 | (type.isDebit() ? DEBIT : 0)
        | (type == DocumentType.PAYMENT ? PAYMENT_KIND : 0);
  }

  int[] byCustomer(CustomerId customerId) {
    int[] positions = byCustomer.get(customerId);
    return positions == null ? NONE : positions;
  }

  boolean knows(CustomerId customerId) {
    return customers.containsKey(customerId) || byCustomer.containsKey(customerId);
  }

  Customer customerOrNull(CustomerId customerId) {
    return customers.get(customerId);
  }

  List<CustomerId> customersWithAccount(String account) {
    Object found = byAccount.get(Customer.normaliseAccount(account));
    if (found == null) {
      return List.of();
    }
    if (found instanceof CustomerId id) {
      return List.of(id);
    }
    @SuppressWarnings("unchecked")
    List<CustomerId> ids = (List<CustomerId>) found;
    return List.copyOf(ids);
  }

  List<CustomerId> sameName(String payerName) {
    List<CustomerId> ids = new ArrayList<>();
    for (Object owner : names.sameName(payerName)) {
      ids.add((CustomerId) owner);
    }
    return ids;
  }

  List<NameMatcher.Score> closestNames(String payerName) {
    return names.best(payerName);
  }

  OpenItem current(int position) {
    OpenItem item = item(position);
    return open[position] == item.openAmount().getAmountMinorLong() ? item
        : item.withOpenAmount(Monies.ofMinor(item.currency(), open[position]));
  }

  // ---- internals ----

  private static final int[] NONE = new int[0];

  private enum Kind { ID, TAIL, REFERENCE }

  private int[] verified(IntMultiMap map, String wanted, Kind kind) {
    int hash = wanted.hashCode();
    int candidates = 0;
    for (int e = map.first(hash); e >= 0; e = map.next(e, hash)) {
      candidates++;
    }
    if (candidates == 0) {
      return NONE;
    }
    int kept = 0;
    int[] out = new int[candidates];
    for (int e = map.first(hash); e >= 0; e = map.next(e, hash)) {
      int position = map.value(e);
      if (present(position) && hasKey(position, kind, wanted)) {
        out[kept++] = position;
      }
    }
    if (kept > 1) {
      Arrays.sort(out, 0, kept);
    }
    return kept == out.length ? out : Arrays.copyOf(out, kept);
  }

  private boolean hasKey(int position, Kind kind, String wanted) {
    return switch (kind) {
      case ID -> ReferenceText.hasLooseKey(idAt(position), wanted);
      case TAIL -> tailOf(idAt(position)).map(wanted::equals).orElse(false);
      // the loose key first, without making it: loose keys are as long as keys, so a match is
      // one of referenceKeys' when it has 3 characters or more
      case REFERENCE -> {
        Optional<String> reference = referenceAt(position);
        yield reference.isPresent() && wanted.length() >= 3
            && ReferenceText.hasLooseKey(reference.get(), wanted)
            || referenceKeys(reference).contains(wanted);
      }
    };
  }

  /** The fewest digits a tail key has. */
  private static final int TAIL_LENGTH = 3;

  static Optional<String> tailOf(String documentId) {
    String tail = ReferenceText.stripZeros(ReferenceText.lastDigitGroup(documentId));
    return tail.length() >= TAIL_LENGTH ? Optional.of(tail) : Optional.empty();
  }

  /** What {@link #tailHash} gives for an id without a tail key. */
  private static final long NO_TAIL_HASH = ReferenceText.NO_TAIL_HASH;

  /**
   * The hash of {@link #tailOf}'s key (its {@link String#hashCode}) without making it, or
   * {@link #NO_TAIL_HASH} when the id has none.
   */
  static long tailHash(String documentId) {
    return ReferenceText.tailHash(documentId, TAIL_LENGTH);
  }

  /**
   * Writes the hashes of {@link #referenceKeys}'s keys into {@code out} from {@code at}, each
   * hash once (a lookup verifies its candidates on the keys themselves); returns how many (at
   * most 3). A plain ASCII reference that cannot be a creditor reference is hashed without
   * making its keys.
   */
  static int referenceHashes(Optional<String> customerReference, int[] out, int at) {
    if (customerReference.isEmpty()) {
      return 0;
    }
    String reference = customerReference.get();
    int length = ReferenceText.asciiKeyLength(reference);
    if (length >= 0 && length < 3) {
      return 0;
    }
    if (length >= 0 && !ReferenceText.mayBeCreditorReference(reference)) {
      out[at] = ReferenceText.looseKeyHash(reference);
      int stripped = ReferenceText.zeroStrippedHash(reference);
      if (stripped == out[at]) {
        return 1;
      }
      out[at + 1] = stripped;
      return 2;
    }
    int count = 0;
    for (String key : referenceKeys(customerReference)) {
      int hash = key.hashCode();
      boolean seen = false;
      for (int k = 0; k < count; k++) {
        seen |= out[at + k] == hash;
      }
      if (!seen) {
        out[at + count++] = hash;
      }
    }
    return count;
  }

  static List<String> referenceKeys(Optional<String> reference) {
    if (reference.isEmpty()) {
      return List.of();
    }
    String key = ReferenceText.key(reference.get());
    if (key.length() < 3) {
      return List.of();
    }
    List<String> keys = new ArrayList<>(3);
    keys.add(ReferenceText.loose(key));
    String stripped = ReferenceText.zeroStripped(reference.get());
    if (!keys.contains(stripped)) {
      keys.add(stripped);
    }
    if (ReferenceText.isCreditorReference(key)) {
      String payload = ReferenceText.loose(key.substring(4));
      if (!keys.contains(payload)) {
        keys.add(payload);
      }
    }
    return keys;
  }

  /** Removed positions left before the index is made compact (and at least as many as live). */
  static final int COMPACT_FROM = 4096;

  /**
   * Gives the positions of removed items back once they outnumber the live ones (and
   * {@link #COMPACT_FROM}): the live items move down in index order, their lookups are made
   * again and each customer's positions renumbered in the same order. Without it a host that
   * puts and removes for years (archiving what was settled) grows the arrays, the lookups and
   * {@link #items()} with every document it ever held. Amortised: each compaction follows at
   * least as many removes as it moves items. Runs under the write lock; no run holds positions
   * across it (a run holds the read lock).
   */
  private void compactIfSparse() {
    int dead = count - live;
    if (dead < COMPACT_FROM || dead < live) {
      return;
    }
    idKeys = null;
    idSketches = null;
    OpenItem[] oldItems = items;
    long[] oldOpen = open;
    int oldCount = count;
    items = new OpenItem[Math.max(16, live + (live >> 1))];
    open = new long[items.length];
    int[] oldKinds = kinds;
    kinds = new int[items.length];
    byKey = new IntMultiMap(live);
    byTail = new IntMultiMap(live);
    byReference = new IntMultiMap(Math.max(16, live / 8));
    int[] moved = new int[oldCount];
    count = 0;
    for (int p = 0; p < oldCount; p++) {
      moved[p] = -1;
      if (oldItems[p] != null) {
        int position = count++;
        items[position] = oldItems[p];
        open[position] = oldOpen[p];
        kinds[position] = oldKinds[p];
        addKeys(items[position], ReferenceText.looseKeyHash(items[position].documentId().value()),
            position);
        moved[p] = position;
      }
    }
    for (Map.Entry<CustomerId, int[]> entry : byCustomer.entrySet()) {
      int[] positions = entry.getValue();
      for (int i = 0; i < positions.length; i++) {
        positions[i] = moved[positions[i]];
      }
    }
  }

  /**
   * The hashes of every item's lookup keys (id, tail, up to three reference keys), in list order.
   * Making the keys is the bulk of building an index (text folding, one string per key); it has
   * no shared state, so a large ledger's keys are made in chunks on the common fork-join pool
   * (both cores of a two-core machine: the pool's one worker and the caller). The index is then
   * filled on the caller's thread in list order from these hashes, exactly as from keys made one
   * item at a time: the same chains, the same order, the same lookups.
   */
  private static final class KeyHashes {
    /** Below this many items the keys are made on the caller's thread alone. */
    static final int PARALLEL_FROM = 1 << 16;
    private static final int CHUNK = 1 << 13;
    private static final int NO_TAIL = 0;
    private static final int TAIL = 1;

    final int[] id;
    final int[] tail;
    /**
     * At 2 x i and 2 x i + 1 the slip sketches of item i's id ({@link #idSketch}), made here
     * where the id is at hand: a run reading a large customer's sketches would otherwise fetch
     * each id from all over the heap.
     */
    final long[] sketches;
    final int[] references;
    /** Bit 0: has a tail key; bits 1-2: how many reference keys. */
    final byte[] shape;
    /** Due date and document date in one long that sorts as the two do ({@link #dates}). */
    final long[] dates;
    /** Whether some date's epoch day does not fit an int: then {@link #dates} is not used. */
    final java.util.concurrent.atomic.AtomicBoolean wideDates =
        new java.util.concurrent.atomic.AtomicBoolean();

    private KeyHashes(int size) {
      id = new int[size];
      tail = new int[size];
      sketches = new long[2 * Math.max(16, size)];
      references = new int[3 * size];
      shape = new byte[size];
      dates = new long[size];
    }

    /** The hashes of {@code ledger}'s items ({@code ledger} random access: it is read by index). */
    static KeyHashes of(List<OpenItem> ledger, OpenItemColumns columns, boolean parallel) {
      int size = ledger.size();
      KeyHashes hashes = new KeyHashes(size);
      if (!parallel) {
        hashes.make(ledger, columns, 0, size);
      } else {
        int chunks = (size + CHUNK - 1) / CHUNK;
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(c ->
            hashes.make(ledger, columns, c * CHUNK, Math.min(size, (c + 1) * CHUNK)));
      }
      return hashes;
    }

    /** The hashes of items {@code from} to {@code to}: read from {@code columns} when given. */
    private void make(List<OpenItem> items, OpenItemColumns columns, int from, int to) {
      for (int i = from; i < to; i++) {
        OpenItem item = columns == null ? items.get(i) : null;
        String documentId = item == null ? columns.documentId(i) : item.documentId().value();
        id[i] = ReferenceText.looseKeyHash(documentId);
        sketches[2 * i] = ReferenceText.looseKeySketch(documentId);
        sketches[2 * i + 1] = ReferenceText.tailSketch(documentId);
        long tailKey = tailHash(documentId);
        int bits = NO_TAIL;
        if (tailKey != NO_TAIL_HASH) {
          tail[i] = (int) tailKey;
          bits = TAIL;
        }
        int keys = referenceHashes(item == null ? columns.reference(i) : item.reference(),
            references, 3 * i);
        shape[i] = (byte) (bits | keys << 1);
        long due = item == null ? columns.dueDay(i) : item.dueDate().toEpochDay();
        long made = item == null ? columns.documentDay(i) : item.documentDate().toEpochDay();
        if (due != (int) due || made != (int) made) {
          wideDates.set(true);
        }
        // the due day signed in the high half, the document day offset to unsigned in the low
        dates[i] = due << 32 | ((int) made ^ Integer.MIN_VALUE) & 0xFFFFFFFFL;
      }
    }

    /** How many reference keys the items have in all. */
    int referenceCount() {
      long count = 0;
      for (byte bits : shape) {
        count += bits >> 1;
      }
      return (int) Math.min(Integer.MAX_VALUE - 16, count);
    }

    /** Adds item {@code i}'s keys to the index's maps, as {@link #addKeys} would. */
    void addTo(LedgerIndex index, int i) {
      index.byKey.put(id[i], i);
      if ((shape[i] & TAIL) != 0) {
        index.byTail.put(tail[i], i);
      }
      int count = shape[i] >> 1;
      for (int k = 0; k < count; k++) {
        index.byReference.put(references[3 * i + k], i);
      }
    }
  }

  private void addKeys(OpenItem item, int idHash, int position) {
    linkKeys(item, idHash, position, true);
  }

  /** Puts ({@code add}) or removes the lookups of {@code item} at {@code position}. */
  private void linkKeys(OpenItem item, int idHash, int position, boolean add) {
    String documentId = item.documentId().value();
    long tail = tailHash(documentId);
    int[] hashes = new int[3];
    int references = referenceHashes(item.reference(), hashes, 0);
    if (add) {
      byKey.put(idHash, position);
      if (tail != NO_TAIL_HASH) {
        byTail.put((int) tail, position);
      }
      for (int k = 0; k < references; k++) {
        byReference.put(hashes[k], position);
      }
    } else {
      byKey.remove(idHash, position);
      if (tail != NO_TAIL_HASH) {
        byTail.remove((int) tail, position);
      }
      for (int k = 0; k < references; k++) {
        byReference.remove(hashes[k], position);
      }
    }
  }

  private void unlink(int position) {
    OpenItem item = items[position];
    linkKeys(item, ReferenceText.looseKeyHash(item.documentId().value()), position, false);
    int[] old = byCustomer(item.customerId());
    int[] shorter = new int[Math.max(0, old.length - 1)];
    int k = 0;
    for (int p : old) {
      if (p != position && k < shorter.length) {
        shorter[k++] = p;
      }
    }
    if (shorter.length == 0) {
      byCustomer.remove(item.customerId());
    } else {
      byCustomer.put(item.customerId(), shorter);
    }
    live--;
  }

  private void collect(AllocationResult result, Map<Integer, Long> deltas, int sign) {
    for (Allocation line : result.lines()) {
      if (line.kind().reducesDocument()) {
        deltas.merge(located(line.documentId().get()),
            sign * line.amount().getAmountMinorLong(), Long::sum);
      }
    }
    for (CreditNetting netting : result.nettings()) {
      deltas.merge(located(netting.debitDocument()), sign * netting.amount()
          .getAmountMinorLong(), Long::sum);
      deltas.merge(located(netting.creditNote()), -sign * netting.amount()
          .getAmountMinorLong(), Long::sum);
    }
  }

  private int located(DocumentId documentId) {
    int position = position(documentId);
    if (position < 0) {
      throw new IllegalStateException("Document " + documentId.value()
          + " is not in the index");
    }
    return position;
  }

  private void change(Map<Integer, Long> deltas) {
    for (Map.Entry<Integer, Long> delta : deltas.entrySet()) {
      long before = open[delta.getKey()];
      long after = before + delta.getValue();
      long amount = items[delta.getKey()].amount().getAmountMinorLong();
      if (Long.signum(after) * Long.signum(amount) < 0 || Math.abs(after) > Math.abs(amount)) {
        throw new IllegalStateException("Cannot change the open amount of "
            + items[delta.getKey()].documentId().value() + " from " + before + " by "
            + delta.getValue() + " (minor units): the index changed since the run");
      }
    }
    for (Map.Entry<Integer, Long> delta : deltas.entrySet()) {
      open[delta.getKey()] += delta.getValue();
    }
  }

  private void addCustomer(Customer customer) {
    customers.put(customer.customerId(), customer);
    for (String account : customer.bankAccounts()) {
      addAccount(Customer.normaliseAccount(account), customer.customerId());
    }
    names.add(customer.customerId(), customer.name());
  }

  private void addAccount(String key, CustomerId id) {
    Object current = byAccount.get(key);
    if (current == null) {
      byAccount.put(key, id);
    } else if (current instanceof CustomerId single) {
      if (!single.equals(id)) {
        byAccount.put(key, new ArrayList<>(List.of(single, id)));
      }
    } else {
      @SuppressWarnings("unchecked")
      List<CustomerId> ids = (List<CustomerId>) current;
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
  }

  private void removeAccount(String key, CustomerId id) {
    Object current = byAccount.get(key);
    if (current instanceof CustomerId single && single.equals(id)) {
      byAccount.remove(key);
    } else if (current instanceof List<?> ids) {
      ids.remove(id);
      if (ids.size() == 1) {
        byAccount.put(key, ids.get(0));
      }
    }
  }

  /**
   * Sorts positions oldest due first, then oldest document, then position; compared on
   * {@code dates} (packed by {@link KeyHashes}) when given, on the items of {@code index}
   * otherwise.
   */
  private static void sortByDue(int[] positions, long[] dates, LedgerIndex index) {
    if (positions.length <= 24) {
      insertionSort(positions, 0, positions.length, dates, index);
    } else {
      mergeSort(positions, positions.clone(), 0, positions.length, dates, index);
    }
  }

  private static void insertionSort(int[] positions, int from, int to, long[] dates,
      LedgerIndex index) {
    for (int i = from + 1; i < to; i++) {
      int value = positions[i];
      int j = i - 1;
      while (j >= from && compareDue(positions[j], value, dates, index) > 0) {
        positions[j + 1] = positions[j];
        j--;
      }
      positions[j + 1] = value;
    }
  }

  /** Sorts {@code into[from, to)}; {@code from} holds the same values (scratch). */
  private static void mergeSort(int[] into, int[] scratch, int from, int to, long[] dates,
      LedgerIndex index) {
    if (to - from <= 24) {
      insertionSort(into, from, to, dates, index);
      return;
    }
    int middle = (from + to) >>> 1;
    mergeSort(scratch, into, from, middle, dates, index);
    mergeSort(scratch, into, middle, to, dates, index);
    for (int i = from, l = from, r = middle; i < to; i++) {
      if (r >= to || (l < middle && compareDue(scratch[l], scratch[r], dates, index) <= 0)) {
        into[i] = scratch[l++];
      } else {
        into[i] = scratch[r++];
      }
    }
  }

  private static int compareDue(int a, int b, long[] dates, LedgerIndex index) {
    int order;
    if (dates != null) {
      order = Long.compare(dates[a], dates[b]);
    } else {
      OpenItem x = index.item(a);
      OpenItem y = index.item(b);
      order = x.dueDate().compareTo(y.dueDate());
      if (order == 0) {
        order = x.documentDate().compareTo(y.documentDate());
      }
    }
    return order != 0 ? order : Integer.compare(a, b);
  }
}
