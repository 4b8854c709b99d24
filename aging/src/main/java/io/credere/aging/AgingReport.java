package io.credere.aging;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collector;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An aged receivables report: per customer and currency, the open amounts by bucket, the
 * unapplied credits and the net total; and per currency, the column sums.
 *
 * <p>Built from a stream or an iterator of {@link OpenItem}s without holding them
 * ({@link #of(AgingPolicy, Iterator)}, {@link #collector(AgingPolicy)}, {@link Builder}), or
 * from a {@link ColumnarLedger}. Settled items (open amount zero) are ignored; every other item
 * is aged whatever its dates (a date after the as-of date gives an age &lt;= 0: the first
 * bucket). A customer and currency appear in the report when they have at least one non-zero
 * open item, even if the amounts net to zero.
 *
 * <p>Reports are <em>mergeable</em>: the {@linkplain #merge(AgingReport) merge} of reports over
 * disjoint sets of items is the report of their union, so a host can age in parallel, per
 * partition or on a cluster. Merge is associative and commutative, with {@link #empty} as
 * identity.
 *
 * <p>Conservation: for every row, the buckets plus the unapplied credits equal the sum of the
 * row's open amounts, to the minor unit; sums never round. Rows are ordered by customer id then
 * currency code ({@link String#compareTo}), currency totals by currency code.
 *
 * <p>Immutable and thread-safe.
 */
public final class AgingReport {

  private final AgingPolicy policy;
  /** Row keys, sorted by customer id then currency code. */
  private final CustomerId[] customers;
  private final CurrencyUnit[] currencies;
  /** {@code rows x width} minor units: the buckets, then the unapplied credits. */
  private final long[] amounts;
  private final int width;
  private final TreeMap<CurrencyUnit, long[]> totals;

  AgingReport(AgingPolicy policy, CustomerId[] customers, CurrencyUnit[] currencies,
      long[] amounts) {
    this.policy = policy;
    this.customers = customers;
    this.currencies = currencies;
    this.amounts = amounts;
    this.width = policy.buckets().size() + 1;
    this.totals = new TreeMap<>(Comparator.comparing(CurrencyUnit::getCode));
    for (int r = 0; r < customers.length; r++) {
      long[] sum = totals.computeIfAbsent(currencies[r], c -> new long[width]);
      for (int k = 0; k < width; k++) {
        sum[k] = Monies.addExact(currencies[r], sum[k], amounts[r * width + k]);
      }
    }
  }

  /** The report of no items. */
  public static AgingReport empty(AgingPolicy policy) {
    return new AgingReport(Checks.notNull(policy, "policy"), new CustomerId[0],
        new CurrencyUnit[0], new long[0]);
  }

  /** The report of the items, read once and not kept. */
  public static AgingReport of(AgingPolicy policy, Iterator<OpenItem> items) {
    Checks.notNull(items, "items");
    Builder builder = builder(policy);
    while (items.hasNext()) {
      builder.add(items.next());
    }
    return builder.build();
  }

  /** The report of the items, read once and not kept. */
  public static AgingReport of(AgingPolicy policy, Iterable<OpenItem> items) {
    return of(policy, Checks.notNull(items, "items").iterator());
  }

  /** The report of the items of a stream (consumes it). */
  public static AgingReport of(AgingPolicy policy, Stream<OpenItem> items) {
    return of(policy, Checks.notNull(items, "items").iterator());
  }

  /**
   * A collector into a report; works on parallel streams (partial reports are merged).
   */
  public static Collector<OpenItem, Builder, AgingReport> collector(AgingPolicy policy) {
    Checks.notNull(policy, "policy");
    return Collector.of(() -> builder(policy), Builder::add, Builder::merge, Builder::build,
        Collector.Characteristics.UNORDERED);
  }

  /** A builder that ages items one at a time. */
  public static Builder builder(AgingPolicy policy) {
    return new Builder(Checks.notNull(policy, "policy"));
  }

  /**
   * Where one item goes under {@code policy}, with an explanation a person can read: its age, its
   * column, and why.
   */
  public static AgedItem explain(OpenItem item, AgingPolicy policy) {
    Checks.notNull(item, "item");
    Checks.notNull(policy, "policy");
    LocalDate date = policy.dating().agingDate(item, policy.basis());
    long age = policy.asOf().toEpochDay() - date.toEpochDay();
    String doc = item.documentId().value();
    String open = item.openAmount().toString();
    AgedItem.Builder aged = AgedItem.builder().documentId(item.documentId())
        .openAmount(item.openAmount()).ageDays(age);
    Explanation.Builder why = Explanation.builder()
        .putFacts("document", doc)
        .putFacts("open_amount", open)
        .putFacts("as_of", policy.asOf().toString());
    if (item.isSettled()) {
      return aged.bucket(OptionalInt.empty()).column("")
          .explanation(why.ruleId("SETTLED")
              .sentence(doc + " is settled (nothing open), so it is not aged.").build())
          .build();
    }
    if (item.openAmount().isNegative() && !policy.isNetCredits()) {
      return aged.bucket(OptionalInt.empty()).column("unapplied_credits")
          .explanation(why.ruleId("UNAPPLIED_CREDIT").addReasonCodes("NEGATIVE_OPEN_AMOUNT")
              .sentence(doc + " (" + open + " open) is a credit, so it is shown as an "
                  + "unapplied credit rather than aged.").build())
          .build();
    }
    int bucket = policy.buckets().bucketOf(age);
    String column = policy.buckets().name(bucket);
    String sentence;
    if (policy.basis() == AgingBasis.DUE_DATE) {
      why.ruleId("AGED_BY_DUE_DATE").putFacts("aging_date", date.toString());
      sentence = age > 0
          ? doc + " (" + open + " open) is " + days(age) + " past its due date " + date
              + " on " + policy.asOf() + ", so it is aged in " + column + "."
          : doc + " (" + open + " open) is not yet overdue on " + policy.asOf() + " (due "
              + date + "), so it is aged in " + column + ".";
    } else {
      why.ruleId("AGED_BY_DOCUMENT_DATE").putFacts("aging_date", date.toString());
      sentence = doc + " (" + open + " open) is " + days(Math.max(0, age)) + " old on "
          + policy.asOf() + " (dated " + date + "), so it is aged in " + column + ".";
    }
    why.putFacts("age_days", Long.toString(age)).putFacts("column", column);
    return aged.bucket(OptionalInt.of(bucket)).column(column)
        .explanation(why.sentence(sentence).build()).build();
  }

  private static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  /** The policy the report was aged under. */
  public AgingPolicy policy() {
    return policy;
  }

  /** The bucket column names, youngest first. */
  public List<String> bucketNames() {
    return policy.buckets().names();
  }

  /** How many rows (customer and currency pairs). */
  public int size() {
    return customers.length;
  }

  /** Whether the report has no row. */
  public boolean isEmpty() {
    return customers.length == 0;
  }

  /** The rows, by customer id then currency code; built on access. */
  public List<AgingRow> rows() {
    return new AbstractList<>() {
      @Override
      public AgingRow get(int index) {
        return row(index);
      }

      @Override
      public int size() {
        return customers.length;
      }
    };
  }

  /** The row of a customer and currency, when it has one. */
  public Optional<AgingRow> findRow(CustomerId customer, CurrencyUnit currency) {
    int at = find(Checks.notNull(customer, "customer"), Checks.notNull(currency, "currency"));
    return at < 0 ? Optional.empty() : Optional.of(row(at));
  }

  /** The currencies with at least one row, in code order. */
  public List<CurrencyUnit> currencies() {
    return List.copyOf(totals.keySet());
  }

  /** The column sums of each currency, in code order. */
  public List<AgingBalance> currencyTotals() {
    List<AgingBalance> result = new ArrayList<>(totals.size());
    for (Map.Entry<CurrencyUnit, long[]> entry : totals.entrySet()) {
      result.add(balance(entry.getKey(), entry.getValue(), 0));
    }
    return Collections.unmodifiableList(result);
  }

  /** The column sums of a currency, when it has a row. */
  public Optional<AgingBalance> findTotal(CurrencyUnit currency) {
    long[] sum = totals.get(Checks.notNull(currency, "currency"));
    return sum == null ? Optional.empty() : Optional.of(balance(currency, sum, 0));
  }

  /**
   * The report of the union of this report's items and {@code other}'s, the two item sets being
   * disjoint.
   *
   * @throws IllegalArgumentException when the reports were aged under different as-of dates,
   *     buckets or netting
   */
  public AgingReport merge(AgingReport other) {
    Checks.notNull(other, "other");
    Checks.argument(policy.isCompatibleWith(other.policy),
        "Cannot merge aging reports of different policies: " + describe(policy) + " and "
            + describe(other.policy));
    int n = customers.length + other.customers.length;
    CustomerId[] mergedCustomers = new CustomerId[n];
    CurrencyUnit[] mergedCurrencies = new CurrencyUnit[n];
    long[] merged = new long[n * width];
    int i = 0;
    int j = 0;
    int r = 0;
    while (i < customers.length || j < other.customers.length) {
      int order = i == customers.length ? 1 : j == other.customers.length ? -1
          : compare(customers[i], currencies[i], other.customers[j], other.currencies[j]);
      if (order <= 0) {
        mergedCustomers[r] = customers[i];
        mergedCurrencies[r] = currencies[i];
        System.arraycopy(amounts, i * width, merged, r * width, width);
        i++;
      }
      if (order >= 0) {
        if (order > 0) {
          mergedCustomers[r] = other.customers[j];
          mergedCurrencies[r] = other.currencies[j];
        }
        for (int k = 0; k < width; k++) {
          merged[r * width + k] = Monies.addExact(mergedCurrencies[r], merged[r * width + k],
              other.amounts[j * width + k]);
        }
        j++;
      }
      r++;
    }
    return new AgingReport(policy, Arrays.copyOf(mergedCustomers, r),
        Arrays.copyOf(mergedCurrencies, r), Arrays.copyOf(merged, r * width));
  }

  private static String describe(AgingPolicy policy) {
    return "as of " + policy.asOf() + ", " + policy.buckets()
        + (policy.isNetCredits() ? ", credits netted" : "");
  }

  private AgingRow row(int index) {
    Objects.checkIndex(index, customers.length);
    return AgingRow.of(customers[index], balance(currencies[index], amounts, index * width));
  }

  private AgingBalance balance(CurrencyUnit currency, long[] source, int offset) {
    List<Money> buckets = new ArrayList<>(width - 1);
    for (int k = 0; k < width - 1; k++) {
      buckets.add(Monies.ofMinor(currency, source[offset + k]));
    }
    return AgingBalance.builder().currency(currency).addAllBuckets(buckets)
        .unappliedCredits(Monies.ofMinor(currency, source[offset + width - 1])).build();
  }

  private int find(CustomerId customer, CurrencyUnit currency) {
    int low = 0;
    int high = customers.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int order = compare(customers[mid], currencies[mid], customer, currency);
      if (order < 0) {
        low = mid + 1;
      } else if (order > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  static int compare(CustomerId c1, CurrencyUnit u1, CustomerId c2, CurrencyUnit u2) {
    int order = c1.value().compareTo(c2.value());
    return order != 0 ? order : u1.getCode().compareTo(u2.getCode());
  }

  /** Equal when aged under compatible policies with the same rows and amounts. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof AgingReport)) {
      return false;
    }
    AgingReport that = (AgingReport) other;
    return policy.isCompatibleWith(that.policy) && Arrays.equals(customers, that.customers)
        && Arrays.equals(currencies, that.currencies) && Arrays.equals(amounts, that.amounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy.asOf(), policy.buckets(), policy.isNetCredits(),
        Arrays.hashCode(customers), Arrays.hashCode(amounts));
  }

  /** A short form for diagnostics: policy and row count. */
  @Override
  public String toString() {
    return "AgingReport[" + describe(policy) + ", " + size() + " rows, totals "
        + currencyTotals() + "]";
  }

  /**
   * Ages items one at a time into per customer and currency sums, keeping no item. Not
   * thread-safe: use one per thread and {@link #merge(Builder)} them (as
   * {@link AgingReport#collector(AgingPolicy)} does).
   */
  public static final class Builder {
    private final AgingPolicy policy;
    private final long asOfDay;
    private final int width;
    private final int creditSlot;
    private final boolean netCredits;
    private final ItemDating dating;
    private final AgingBasis basis;
    private final AgingBuckets buckets;
    private final Map<Key, long[]> sums = new HashMap<>();

    private Builder(AgingPolicy policy) {
      this.policy = policy;
      this.asOfDay = policy.asOf().toEpochDay();
      this.buckets = policy.buckets();
      this.width = buckets.size() + 1;
      this.creditSlot = width - 1;
      this.netCredits = policy.isNetCredits();
      this.dating = policy.dating();
      this.basis = policy.basis();
    }

    /** Ages one item (a settled one is ignored). */
    public Builder add(OpenItem item) {
      Checks.notNull(item, "item");
      long open = item.openAmount().getAmountMinorLong();
      if (open == 0) {
        return this;
      }
      int slot;
      if (open < 0 && !netCredits) {
        slot = creditSlot;
      } else {
        LocalDate date = Checks.notNull(dating.agingDate(item, basis), "aging date");
        slot = buckets.bucketOf(asOfDay - date.toEpochDay());
      }
      long[] row = sums.computeIfAbsent(new Key(item.customerId(), item.currency()),
          k -> new long[width]);
      row[slot] = Monies.addExact(item.currency(), row[slot], open);
      return this;
    }

    /** Ages every item. */
    public Builder addAll(Iterable<OpenItem> items) {
      for (OpenItem item : Checks.notNull(items, "items")) {
        add(item);
      }
      return this;
    }

    /** Adds the sums of another builder of a compatible policy; returns this. */
    public Builder merge(Builder other) {
      Checks.argument(policy.isCompatibleWith(other.policy),
          "Cannot merge aging of different policies");
      other.sums.forEach((key, row) -> {
        long[] mine = sums.computeIfAbsent(key, k -> new long[width]);
        for (int k = 0; k < width; k++) {
          mine[k] = Monies.addExact(key.currency, mine[k], row[k]);
        }
      });
      return this;
    }

    /** The report of what was added so far. */
    public AgingReport build() {
      List<Map.Entry<Key, long[]>> entries = new ArrayList<>(sums.entrySet());
      entries.sort((a, b) -> compare(a.getKey().customer, a.getKey().currency,
          b.getKey().customer, b.getKey().currency));
      int n = entries.size();
      CustomerId[] customers = new CustomerId[n];
      CurrencyUnit[] currencies = new CurrencyUnit[n];
      long[] amounts = new long[n * width];
      for (int r = 0; r < n; r++) {
        Map.Entry<Key, long[]> entry = entries.get(r);
        customers[r] = entry.getKey().customer;
        currencies[r] = entry.getKey().currency;
        System.arraycopy(entry.getValue(), 0, amounts, r * width, width);
      }
      return new AgingReport(policy, customers, currencies, amounts);
    }
  }

  private static final class Key {
    final CustomerId customer;
    final CurrencyUnit currency;
    private final int hash;

    Key(CustomerId customer, CurrencyUnit currency) {
      this.customer = customer;
      this.currency = currency;
      this.hash = customer.hashCode() * 31 + currency.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key && ((Key) other).customer.equals(customer)
          && ((Key) other).currency.equals(currency);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
