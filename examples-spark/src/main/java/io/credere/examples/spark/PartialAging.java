package io.credere.examples.spark;

import io.credere.aging.AgingBuckets;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.AgingRow;
import io.credere.aging.ColumnarLedger;
import io.credere.core.id.CustomerId;
import java.io.Serializable;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An {@link AgingReport} as it crosses the wire between Spark tasks and the driver.
 *
 * <p>{@code AgingReport} is not {@link Serializable} (the library's values are plain immutable
 * objects), so this envelope keeps the report's rows in primitive form: customer ids, currency
 * codes and {@code long} minor units, row by row (the buckets, then the unapplied credits).
 * {@link #report()} rebuilds an equal report on the other side through the library's own bulk
 * path, {@link ColumnarLedger}: one synthetic entry per non-zero cell, dated so that it falls in
 * that cell's bucket. Merging stays the library's: {@link #merge(PartialAging)} is
 * {@link AgingReport#merge(AgingReport)}.
 */
public final class PartialAging implements Serializable {

  private static final long serialVersionUID = 1L;

  private final PolicySpec policy;
  private final String[] customers;
  private final String[] currencies;
  private final long[] amounts;
  private transient AgingReport report;

  private PartialAging(PolicySpec policy, AgingReport report) {
    this.policy = policy;
    this.report = report;
    int rows = report.size();
    int width = report.bucketNames().size() + 1;
    this.customers = new String[rows];
    this.currencies = new String[rows];
    this.amounts = new long[rows * width];
    List<AgingRow> list = report.rows();
    for (int r = 0; r < rows; r++) {
      AgingRow row = list.get(r);
      customers[r] = row.customerId().value();
      currencies[r] = row.currency().getCode();
      List<Money> buckets = row.buckets();
      for (int k = 0; k < buckets.size(); k++) {
        amounts[r * width + k] = buckets.get(k).getAmountMinorLong();
      }
      amounts[r * width + width - 1] = row.unappliedCredits().getAmountMinorLong();
    }
  }

  /** The envelope of a report aged under {@code policy}. */
  static PartialAging of(PolicySpec policy, AgingReport report) {
    return new PartialAging(policy, report);
  }

  /** The report, rebuilt after a trip over the wire. */
  public AgingReport report() {
    if (report == null) {
      report = rebuild();
    }
    return report;
  }

  /** The envelope of the merged report ({@link AgingReport#merge(AgingReport)}). */
  public PartialAging merge(PartialAging other) {
    return new PartialAging(policy, report().merge(other.report()));
  }

  private AgingReport rebuild() {
    AgingPolicy aging = policy.toPolicy();
    AgingBuckets buckets = aging.buckets();
    int width = buckets.size() + 1;
    int asOf = Math.toIntExact(policy.asOfDay());
    int[] dayOfBucket = new int[buckets.size()];
    for (int k = 0; k < dayOfBucket.length; k++) {
      dayOfBucket[k] = asOf - ageIn(buckets, k);
    }
    ColumnarLedger.Builder cells = ColumnarLedger.builder(customers.length * 2);
    for (int r = 0; r < customers.length; r++) {
      int customer = cells.customer(CustomerId.of(customers[r]));
      int currency = cells.currency(CurrencyUnit.of(currencies[r]));
      boolean any = false;
      for (int k = 0; k < width; k++) {
        long amount = amounts[r * width + k];
        if (amount != 0) {
          // the last cell (unapplied credits) holds negative amounts, which go there whatever
          // their date when credits are not netted
          int day = k < width - 1 ? dayOfBucket[k] : asOf;
          cells.add(customer, currency, day, day, amount);
          any = true;
        }
      }
      if (!any) {
        // a row whose items net to zero (credits netted): two items that cancel out
        cells.add(customer, currency, dayOfBucket[0], dayOfBucket[0], 1);
        cells.add(customer, currency, dayOfBucket[0], dayOfBucket[0], -1);
      }
    }
    return cells.build().age(aging);
  }

  /** An age of at least 0 in bucket {@code k}. */
  private static int ageIn(AgingBuckets buckets, int k) {
    int largest = buckets.boundaries().get(buckets.boundaries().size() - 1);
    for (int age = 0; age <= largest + 1; age++) {
      if (buckets.bucketOf(age) == k) {
        return age;
      }
    }
    throw new IllegalStateException("No age falls in bucket " + k + " of " + buckets);
  }
}
