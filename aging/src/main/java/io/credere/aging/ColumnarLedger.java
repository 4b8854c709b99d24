package io.credere.aging;

import io.credere.core.Checks;
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
 * Open items held as primitive columns, for aging millions of items without an object per item:
 * per item a customer index ({@code int}), a currency index ({@code byte}), the document and due
 * dates as epoch days ({@code int}) and the open amount in the currency's minor units
 * ({@code long}): 21 bytes an item.
 *
 * <p>Customers and currencies are kept once each, in dictionaries. {@link #age(AgingPolicy)}
 * gives exactly the {@link AgingReport} that {@link AgingReport#of(AgingPolicy, Iterable)} gives
 * for the same items. The columns hold the dates items are aged by, so a host that dates items
 * its own way ({@link ItemDating}) puts those dates in the columns; {@link #age(AgingPolicy)}
 * ignores the policy's dating.
 *
 * <p>Built with {@link #builder(int)}. Immutable and thread-safe once built.
 */
public final class ColumnarLedger {

  /** Bytes each item takes in the columns. */
  public static final int BYTES_PER_ITEM = Integer.BYTES + Byte.BYTES + 2 * Integer.BYTES
      + Long.BYTES;

  /** Dense sums up to this many longs; a sparser key space is summed in a hash map. */
  private static final long DENSE_LIMIT = 1L << 25;

  private final CustomerId[] customerIds;
  private final CurrencyUnit[] currencyUnits;
  /** Customer indexes in customer id order. */
  private final int[] customerOrder;
  /** Currency indexes in code order. */
  private final int[] currencyOrder;
  private final int size;
  private final int[] customer;
  private final byte[] currency;
  private final int[] documentDay;
  private final int[] dueDay;
  private final long[] open;

  private ColumnarLedger(Builder b) {
    this.size = b.size;
    this.customerIds = b.customerIds.toArray(new CustomerId[0]);
    this.currencyUnits = b.currencyUnits.toArray(new CurrencyUnit[0]);
    this.customer = Arrays.copyOf(b.customer, size);
    this.currency = Arrays.copyOf(b.currency, size);
    this.documentDay = Arrays.copyOf(b.documentDay, size);
    this.dueDay = Arrays.copyOf(b.dueDay, size);
    this.open = Arrays.copyOf(b.open, size);
    Integer[] byId = new Integer[customerIds.length];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparing(i -> customerIds[i].value()));
    this.customerOrder = Arrays.stream(byId).mapToInt(Integer::intValue).toArray();
    Integer[] byCode = new Integer[currencyUnits.length];
    for (int i = 0; i < byCode.length; i++) {
      byCode[i] = i;
    }
    Arrays.sort(byCode, Comparator.comparing(i -> currencyUnits[i].getCode()));
    this.currencyOrder = Arrays.stream(byCode).mapToInt(Integer::intValue).toArray();
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

  /** The bytes the item columns take ({@link #BYTES_PER_ITEM} per item), dictionaries aside. */
  public long columnBytes() {
    return (long) size * BYTES_PER_ITEM;
  }

  /**
   * Ages every item under {@code policy} (its dating aside: the columns hold the dates).
   *
   * @return the same report as the object path gives for the same items
   */
  public AgingReport age(AgingPolicy policy) {
    Checks.notNull(policy, "policy");
    AgingBuckets buckets = policy.buckets();
    int width = buckets.size() + 1;
    long keys = (long) customerIds.length * currencyUnits.length;
    if (keys * (width + 1) > DENSE_LIMIT) {
      return ageSparse(policy);
    }
    int stride = width + 1;
    int creditSlot = width - 1;
    int countSlot = width;
    int currencies = currencyUnits.length;
    long[] sums = new long[(int) (keys * stride)];
    int[] table = buckets.lookupTable();
    int last = table.length - 1;
    long asOf = policy.asOf().toEpochDay();
    int[] days = policy.basis() == AgingBasis.DUE_DATE ? dueDay : documentDay;
    boolean keepCredits = !policy.isNetCredits();
    int[] customerColumn = customer;
    byte[] currencyColumn = currency;
    long[] openColumn = open;
    for (int i = 0; i < size; i++) {
      long amount = openColumn[i];
      int age = (int) Math.min(Math.max(asOf - days[i], 0), last);
      int slot = keepCredits && amount < 0 ? creditSlot : table[age];
      int base = (customerColumn[i] * currencies + (currencyColumn[i] & 0xFF)) * stride;
      sums[base + slot] = Math.addExact(sums[base + slot], amount);
      sums[base + countSlot] += amount != 0 ? 1 : 0;
    }
    int rows = 0;
    for (int k = 0; k < keys; k++) {
      if (sums[k * stride + countSlot] != 0) {
        rows++;
      }
    }
    CustomerId[] rowCustomers = new CustomerId[rows];
    CurrencyUnit[] rowCurrencies = new CurrencyUnit[rows];
    long[] amounts = new long[rows * width];
    int r = 0;
    for (int c : customerOrder) {
      for (int u : currencyOrder) {
        int base = (c * currencies + u) * stride;
        if (sums[base + countSlot] != 0) {
          rowCustomers[r] = customerIds[c];
          rowCurrencies[r] = currencyUnits[u];
          System.arraycopy(sums, base, amounts, r * width, width);
          r++;
        }
      }
    }
    return new AgingReport(policy, rowCustomers, rowCurrencies, amounts);
  }

  private AgingReport ageSparse(AgingPolicy policy) {
    AgingBuckets buckets = policy.buckets();
    int width = buckets.size() + 1;
    long asOf = policy.asOf().toEpochDay();
    int[] days = policy.basis() == AgingBasis.DUE_DATE ? dueDay : documentDay;
    Map<Long, long[]> sums = new HashMap<>();
    for (int i = 0; i < size; i++) {
      long amount = open[i];
      if (amount == 0) {
        continue;
      }
      int slot = !policy.isNetCredits() && amount < 0 ? width - 1
          : buckets.bucketOf(asOf - days[i]);
      long key = (long) customer[i] * currencyUnits.length + (currency[i] & 0xFF);
      long[] row = sums.computeIfAbsent(key, k -> new long[width]);
      row[slot] = Math.addExact(row[slot], amount);
    }
    List<CustomerId> rowCustomers = new ArrayList<>();
    List<CurrencyUnit> rowCurrencies = new ArrayList<>();
    List<long[]> rowAmounts = new ArrayList<>();
    for (int c : customerOrder) {
      for (int u : currencyOrder) {
        long[] row = sums.get((long) c * currencyUnits.length + u);
        if (row != null) {
          rowCustomers.add(customerIds[c]);
          rowCurrencies.add(currencyUnits[u]);
          rowAmounts.add(row);
        }
      }
    }
    long[] amounts = new long[rowAmounts.size() * width];
    for (int r = 0; r < rowAmounts.size(); r++) {
      System.arraycopy(rowAmounts.get(r), 0, amounts, r * width, width);
    }
    return new AgingReport(policy, rowCustomers.toArray(new CustomerId[0]),
        rowCurrencies.toArray(new CurrencyUnit[0]), amounts);
  }

  /**
   * Collects items into columns. Not thread-safe. Customers and currencies are given an index
   * the first time they are seen ({@link #customer(CustomerId)}, {@link #currency(CurrencyUnit)});
   * at most 256 currencies.
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
      Checks.argument(customerIndex >= 0 && customerIndex < customerIds.size(),
          "Unknown customer index " + customerIndex);
      Checks.argument(currencyIndex >= 0 && currencyIndex < currencyUnits.size(),
          "Unknown currency index " + currencyIndex);
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

    /** The ledger (the arrays are trimmed and copied; the builder may go on). */
    public ColumnarLedger build() {
      return new ColumnarLedger(this);
    }
  }
}
