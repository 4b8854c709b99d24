package io.credere.aging;

import io.credere.core.Checks;
import io.credere.core.error.AmountRangeException;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * Open items held as primitive columns, for aging millions of items without an object per item.
 *
 * <p>Layout (fixed when the ledger is {@linkplain Builder#build() built}): the items are grouped
 * by customer and currency, the groups in report order (customer id, then currency code), so
 * aging reads the columns once, front to back, with a few running sums per group. Per item: the
 * document and due dates as epoch days ({@code int} each) and the open amount in the currency's
 * minor units ({@code long}): {@value #BYTES_PER_ITEM} bytes an item. Per group (a customer and
 * currency with at least one item): the customer and currency indexes and where the group ends
 * ({@code int}, {@code byte}, {@code int}). Customers and currencies are kept once each, in
 * dictionaries.
 *
 * <p>{@link #age(AgingPolicy)} gives exactly the {@link AgingReport} that
 * {@link AgingReport#of(AgingPolicy, Iterable)} gives for the same items. The columns hold the
 * dates items are aged by, so a host that dates items its own way ({@link ItemDating}) puts those
 * dates in the columns; {@link #age(AgingPolicy)} ignores the policy's dating.
 *
 * <p>Built with {@link #builder(int)}. Immutable and thread-safe once built.
 */
public final class ColumnarLedger {

  /** Bytes each item takes in the columns. */
  public static final int BYTES_PER_ITEM = 2 * Integer.BYTES + Long.BYTES;

  /** Bytes each customer and currency group takes (its keys and its end). */
  public static final int BYTES_PER_GROUP = Integer.BYTES + Byte.BYTES + Integer.BYTES;

  private final CustomerId[] customerIds;
  private final CurrencyUnit[] currencyUnits;
  private final int size;
  /** Per group, in report order: the customer index, the currency index, the end (exclusive). */
  private final int[] groupCustomer;
  private final byte[] groupCurrency;
  private final int[] groupEnd;
  /** Per item, grouped. */
  private final int[] documentDay;
  private final int[] dueDay;
  private final long[] open;

  private ColumnarLedger(Builder b) {
    this.size = b.size;
    this.customerIds = b.customerIds.toArray(new CustomerId[0]);
    this.currencyUnits = b.currencyUnits.toArray(new CurrencyUnit[0]);
    int[] customerRank = ranks(customerIds.length,
        Comparator.comparing(i -> customerIds[i].value()));
    int[] currencyRank = ranks(currencyUnits.length,
        Comparator.comparing(i -> currencyUnits[i].getCode()));
    // Two stable counting passes (currency, then customer): items in report order, in O(n).
    int[] byCurrency = countingOrder(identity(size), b.currency, currencyRank, currencyUnits.length);
    int[] order = countingOrder(byCurrency, b.customer, customerRank, customerIds.length);
    this.documentDay = new int[size];
    this.dueDay = new int[size];
    this.open = new long[size];
    int groups = 0;
    int lastCustomer = -1;
    int lastCurrency = -1;
    for (int i = 0; i < size; i++) {
      int from = order[i];
      documentDay[i] = b.documentDay[from];
      dueDay[i] = b.dueDay[from];
      open[i] = b.open[from];
      int c = b.customer[from];
      int u = b.currency[from] & 0xFF;
      if (c != lastCustomer || u != lastCurrency) {
        groups++;
        lastCustomer = c;
        lastCurrency = u;
      }
    }
    this.groupCustomer = new int[groups];
    this.groupCurrency = new byte[groups];
    this.groupEnd = new int[groups];
    int g = -1;
    lastCustomer = -1;
    lastCurrency = -1;
    for (int i = 0; i < size; i++) {
      int from = order[i];
      int c = b.customer[from];
      int u = b.currency[from] & 0xFF;
      if (c != lastCustomer || u != lastCurrency) {
        g++;
        groupCustomer[g] = c;
        groupCurrency[g] = (byte) u;
        lastCustomer = c;
        lastCurrency = u;
      }
      groupEnd[g] = i + 1;
    }
  }

  /** The rank of every index 0..n-1 under {@code order}. */
  private static int[] ranks(int n, Comparator<Integer> order) {
    Integer[] sorted = new Integer[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = i;
    }
    Arrays.sort(sorted, order);
    int[] rank = new int[n];
    for (int r = 0; r < n; r++) {
      rank[sorted[r]] = r;
    }
    return rank;
  }

  private static int[] identity(int n) {
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    return all;
  }

  /** {@code items} stably reordered by the rank of their key (an int or a byte column). */
  private static int[] countingOrder(int[] items, Object keys, int[] rank, int ranks) {
    int[] ints = keys instanceof int[] ? (int[]) keys : null;
    byte[] bytes = keys instanceof byte[] ? (byte[]) keys : null;
    int[] start = new int[ranks + 1];
    for (int item : items) {
      start[rank[ints != null ? ints[item] : bytes[item] & 0xFF] + 1]++;
    }
    for (int r = 0; r < ranks; r++) {
      start[r + 1] += start[r];
    }
    int[] sorted = new int[items.length];
    for (int item : items) {
      sorted[start[rank[ints != null ? ints[item] : bytes[item] & 0xFF]]++] = item;
    }
    return sorted;
  }

  /**
   * A builder for about {@code expectedItems} items (it grows past that).
   *
   * @param expectedItems not negative
   */
  public static Builder builder(int expectedItems) {
    return new Builder(Checks.notNegative(expectedItems, "expectedItems"));
  }

  /** The columnar form of the items (settled ones included; aging ignores them). */
  public static ColumnarLedger of(Iterable<OpenItem> items) {
    Builder builder = builder(16);
    for (OpenItem item : Checks.notNull(items, "items")) {
      builder.add(item);
    }
    return builder.build();
  }

  /** How many items. */
  public int size() {
    return size;
  }

  /** How many distinct customers. */
  public int customerCount() {
    return customerIds.length;
  }

  /** How many distinct currencies. */
  public int currencyCount() {
    return currencyUnits.length;
  }

  /** How many customer and currency groups (pairs with at least one item). */
  public int groupCount() {
    return groupEnd.length;
  }

  /**
   * The bytes the item and group columns take ({@link #BYTES_PER_ITEM} per item,
   * {@link #BYTES_PER_GROUP} per group), the customer and currency dictionaries aside.
   */
  public long columnBytes() {
    return (long) size * BYTES_PER_ITEM + (long) groupEnd.length * BYTES_PER_GROUP;
  }

  /**
   * Ages every item under {@code policy} (its dating aside: the columns hold the dates), in one
   * pass over the columns.
   *
   * @return the same report as the object path gives for the same items
   */
  public AgingReport age(AgingPolicy policy) {
    Checks.notNull(policy, "policy");
    int width = policy.buckets().size() + 1;
    int creditSlot = width - 1;
    // An item is in bucket k when its aging day is before threshold[k-1] .. : the number of
    // thresholds its day is below. Ages and thresholds are compared in epoch days as longs.
    int[] uppers = policy.buckets().uppers();
    long asOf = policy.asOf().toEpochDay();
    long[] threshold = new long[uppers.length];
    for (int k = 0; k < uppers.length; k++) {
      threshold[k] = asOf - uppers[k];
    }
    int[] days = policy.basis() == AgingBasis.DUE_DATE ? dueDay : documentDay;
    boolean keepCredits = !policy.isNetCredits();
    int groups = groupEnd.length;
    CustomerId[] rowCustomers = new CustomerId[groups];
    CurrencyUnit[] rowCurrencies = new CurrencyUnit[groups];
    long[] amounts = new long[groups * width];
    long[] sums = new long[width];
    int rows = 0;
    int from = 0;
    for (int g = 0; g < groups; g++) {
      int to = groupEnd[g];
      long any;
      try {
        any = threshold.length == 4
            ? sumFour(days, from, to, threshold, keepCredits, creditSlot, sums)
            : sumAny(days, from, to, threshold, keepCredits, creditSlot, sums);
      } catch (ArithmeticException overflow) {
        throw new AmountRangeException(currencyUnits[groupCurrency[g] & 0xFF], "the "
            + currencyUnits[groupCurrency[g] & 0xFF].getCode() + " items of customer "
            + customerIds[groupCustomer[g]].value() + " sum beyond the " + Long.MAX_VALUE
            + " minor units Credere can hold exactly");
      }
      if (any != 0) {
        rowCustomers[rows] = customerIds[groupCustomer[g]];
        rowCurrencies[rows] = currencyUnits[groupCurrency[g] & 0xFF];
        System.arraycopy(sums, 0, amounts, rows * width, width);
        rows++;
      }
      Arrays.fill(sums, 0L);
      from = to;
    }
    if (rows < groups) {
      rowCustomers = Arrays.copyOf(rowCustomers, rows);
      rowCurrencies = Arrays.copyOf(rowCurrencies, rows);
      amounts = Arrays.copyOf(amounts, rows * width);
    }
    return new AgingReport(policy, rowCustomers, rowCurrencies, amounts);
  }

  /**
   * Sums items {@code from..to} into {@code sums}, four thresholds (the standard due-date
   * buckets); returns the OR of their amounts (zero when every item is settled).
   */
  private long sumFour(int[] days, int from, int to, long[] threshold, boolean keepCredits,
      int creditSlot, long[] sums) {
    long t0 = threshold[0];
    long t1 = threshold[1];
    long t2 = threshold[2];
    long t3 = threshold[3];
    long[] amount = open;
    long any = 0;
    for (int i = from; i < to; i++) {
      long a = amount[i];
      long d = days[i];
      int slot = (d < t0 ? 1 : 0) + (d < t1 ? 1 : 0) + (d < t2 ? 1 : 0) + (d < t3 ? 1 : 0);
      if (keepCredits && a < 0) {
        slot = creditSlot;
      }
      sums[slot] = Math.addExact(sums[slot], a);
      any |= a;
    }
    return any;
  }

  /** As {@link #sumFour}, for any number of thresholds. */
  private long sumAny(int[] days, int from, int to, long[] threshold, boolean keepCredits,
      int creditSlot, long[] sums) {
    long[] amount = open;
    long any = 0;
    for (int i = from; i < to; i++) {
      long a = amount[i];
      long d = days[i];
      int slot = 0;
      for (long t : threshold) {
        slot += d < t ? 1 : 0;
      }
      if (keepCredits && a < 0) {
        slot = creditSlot;
      }
      sums[slot] = Math.addExact(sums[slot], a);
      any |= a;
    }
    return any;
  }

  /**
   * Collects items into columns. Not thread-safe. Customers and currencies are given an index
   * the first time they are seen ({@link #customer(CustomerId)}, {@link #currency(CurrencyUnit)});
   * at most 256 currencies. {@link #build()} groups the items by customer and currency, once.
   */
  public static final class Builder {
    private final List<CustomerId> customerIds = new ArrayList<>();
    private final Map<CustomerId, Integer> customerIndex = new HashMap<>();
    private final List<CurrencyUnit> currencyUnits = new ArrayList<>();
    private final Map<CurrencyUnit, Integer> currencyIndex = new HashMap<>();
    private int size;
    private int[] customer;
    private byte[] currency;
    private int[] documentDay;
    private int[] dueDay;
    private long[] open;

    private Builder(int capacity) {
      int initial = Math.max(capacity, 16);
      customer = new int[initial];
      currency = new byte[initial];
      documentDay = new int[initial];
      dueDay = new int[initial];
      open = new long[initial];
    }

    /** The index of a customer, assigned on first sight. */
    public int customer(CustomerId id) {
      Checks.notNull(id, "id");
      Integer index = customerIndex.get(id);
      if (index == null) {
        index = customerIds.size();
        customerIds.add(id);
        customerIndex.put(id, index);
      }
      return index;
    }

    /**
     * The index of a currency, assigned on first sight.
     *
     * @throws IllegalArgumentException past 256 currencies
     */
    public int currency(CurrencyUnit unit) {
      Checks.notNull(unit, "unit");
      Integer index = currencyIndex.get(unit);
      if (index == null) {
        Checks.argument(currencyUnits.size() < 256,
            "A columnar ledger holds at most 256 currencies");
        index = currencyUnits.size();
        currencyUnits.add(unit);
        currencyIndex.put(unit, index);
      }
      return index;
    }

    /**
     * Adds an item by indexes.
     *
     * @param customerIndex from {@link #customer(CustomerId)}
     * @param currencyIndex from {@link #currency(CurrencyUnit)}
     * @param documentEpochDay the document date as {@link LocalDate#toEpochDay()}
     * @param dueEpochDay the due date as epoch day
     * @param openMinor the open amount in the currency's minor units, signed
     */
    public Builder add(int customerIndex, int currencyIndex, int documentEpochDay, int dueEpochDay,
        long openMinor) {
      if (customerIndex < 0 || customerIndex >= customerIds.size()) {
        throw new IllegalArgumentException("Unknown customer index " + customerIndex);
      }
      if (currencyIndex < 0 || currencyIndex >= currencyUnits.size()) {
        throw new IllegalArgumentException("Unknown currency index " + currencyIndex);
      }
      if (size == customer.length) {
        int grown = Math.max(16, size + (size >> 1));
        customer = Arrays.copyOf(customer, grown);
        currency = Arrays.copyOf(currency, grown);
        documentDay = Arrays.copyOf(documentDay, grown);
        dueDay = Arrays.copyOf(dueDay, grown);
        open = Arrays.copyOf(open, grown);
      }
      customer[size] = customerIndex;
      currency[size] = (byte) currencyIndex;
      documentDay[size] = documentEpochDay;
      dueDay[size] = dueEpochDay;
      open[size] = openMinor;
      size++;
      return this;
    }

    /** Adds an item by value. */
    public Builder add(CustomerId customerId, CurrencyUnit unit, LocalDate documentDate,
        LocalDate dueDate, long openMinor) {
      return add(customer(customerId), currency(unit),
          Math.toIntExact(Checks.notNull(documentDate, "documentDate").toEpochDay()),
          Math.toIntExact(Checks.notNull(dueDate, "dueDate").toEpochDay()), openMinor);
    }

    /** Adds an open item with its own dates. */
    public Builder add(OpenItem item) {
      Checks.notNull(item, "item");
      return add(item.customerId(), item.currency(), item.documentDate(), item.dueDate(),
          item.openAmount().getAmountMinorLong());
    }

    /** How many items so far. */
    public int size() {
      return size;
    }

    /**
     * The ledger: the items grouped by customer and currency in report order, in O(items)
     * (two counting passes). The builder keeps its items and may go on.
     */
    public ColumnarLedger build() {
      return new ColumnarLedger(this);
    }
  }
}
