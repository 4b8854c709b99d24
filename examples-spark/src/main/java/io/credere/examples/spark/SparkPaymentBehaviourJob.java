package io.credere.examples.spark;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.io.CsvLines;
import io.credere.io.CsvText;
import io.credere.io.HistoryFile;
import io.credere.scoring.PaymentBehaviour;
import io.credere.scoring.PaymentBehaviourAnalysis;
import io.credere.scoring.SettledInvoice;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Computes each customer's payment behaviour on Apache Spark: the {@code history} CSV (settled
 * invoices) is read in partitions, grouped by customer, and each group is analysed by scoring's
 * own {@link PaymentBehaviourAnalysis#analyse} (amount-weighted days beyond terms, the 1-100
 * payment index, the trend of the last 3 months against the 12 before, share paid late, largest
 * delay). A customer's figures depend on that customer's invoices only, so the result is exactly
 * the single-machine one.
 *
 * <p>Run: {@code spark-submit --class io.credere.examples.spark.SparkPaymentBehaviourJob
 * credere-spark-job.jar HISTORY AS_OF OUTPUT [PARTITIONS]}; writes {@link #COLUMNS}, one row per
 * customer sorted by {@code customer_id}.
 */
public final class SparkPaymentBehaviourJob {

  /** The output columns. */
  public static final String COLUMNS = "customer_id,settled_invoices,weighted_days_beyond_terms,"
      + "payment_index,recent_payment_index,prior_payment_index,trend,share_paid_late,"
      + "largest_delay_days";

  private SparkPaymentBehaviourJob() {}

  /**
   * Every customer's payment behaviour, sorted by customer id.
   *
   * @param spark the Spark context
   * @param historyPath settled invoices in the file contract's {@code history} format
   * @param asOf the date of the analysis (it splits recent from prior payments)
   * @param partitions the least number of partitions to read the file in and group into
   * @throws ValidationException naming file, line and column for the first bad row met
   */
  public static List<PaymentBehaviour> analyse(JavaSparkContext spark, String historyPath,
      LocalDate asOf, int partitions) {
    String source = SparkInput.fileName(historyPath);
    long asOfDay = asOf.toEpochDay();
    JavaRDD<String> text = spark.textFile(historyPath, partitions);
    List<BehaviourRecord> records = SparkInput.action(() -> {
      CsvLines.Mapper<SettledInvoice> mapper =
          HistoryFile.lineMapper(source, SparkInput.header(text, source));
      return SparkInput.numberedLines(text)
          .filter(line -> line._2() > 1 && !line._1().isBlank())
          .mapToPair(line -> {
            HistoryRecord record = HistoryRecord.of(mapper.map(line._1(), line._2()));
            return new Tuple2<>(record.customerId(), record);
          })
          .groupByKey(partitions)
          .map(group -> analyseCustomer(group._1(), group._2(), asOfDay))
          .collect();
    });
    List<PaymentBehaviour> result = new ArrayList<>(records.size());
    records.stream().sorted(Comparator.comparing(BehaviourRecord::customerId))
        .forEach(record -> result.add(record.toBehaviour()));
    return List.copyOf(result);
  }

  /** One customer's behaviour, on an executor, by the library's own calculation. */
  private static BehaviourRecord analyseCustomer(String customer, Iterable<HistoryRecord> group,
      long asOfDay) {
    List<SettledInvoice> invoices = new ArrayList<>();
    for (HistoryRecord record : group) {
      invoices.add(record.toInvoice());
    }
    PaymentBehaviour behaviour = PaymentBehaviourAnalysis.analyse(CustomerId.of(customer),
        invoices, List.of(), invoices.get(0).amount().getCurrencyUnit(),
        LocalDate.ofEpochDay(asOfDay));
    return BehaviourRecord.of(behaviour);
  }

  /** The behaviours as CSV ({@link #COLUMNS}), in the given order; empty cells where absent. */
  public static String toCsv(List<PaymentBehaviour> behaviours) {
    StringBuilder csv = new StringBuilder(COLUMNS).append('\n');
    for (PaymentBehaviour b : behaviours) {
      csv.append(CsvText.quote(CsvText.safe(b.customerId().value())))
          .append(',').append(b.settledInvoices())
          .append(',').append(b.weightedDaysBeyondTerms().map(BigDecimal::toPlainString).orElse(""))
          .append(',').append(b.paymentIndex().map(String::valueOf).orElse(""))
          .append(',').append(b.recentPaymentIndex().map(String::valueOf).orElse(""))
          .append(',').append(b.priorPaymentIndex().map(String::valueOf).orElse(""))
          .append(',').append(b.trend().map(String::valueOf).orElse(""))
          .append(',').append(b.shareOfAmountPaidLate().map(BigDecimal::toPlainString).orElse(""))
          .append(',').append(b.largestDelayDays().map(String::valueOf).orElse(""))
          .append('\n');
    }
    return csv.toString();
  }

  /**
   * Runs the job in a session: {@code HISTORY AS_OF OUTPUT [PARTITIONS]}.
   *
   * @return 0 on success, 1 for invalid input (message on {@code err}), 2 for wrong usage
   */
  public static int run(SparkSession session, String[] args, PrintStream err) {
    if (args.length < 3 || args.length > 4) {
      err.println("Usage: SparkPaymentBehaviourJob HISTORY AS_OF OUTPUT [PARTITIONS]");
      return 2;
    }
    Optional<LocalDate> asOf = SparkAgingJob.Cli.date(args[1], err);
    Optional<Integer> partitions = args.length == 4 ? SparkAgingJob.Cli.positive(args[3], err)
        : Optional.of(Math.max(2, session.sparkContext().defaultParallelism()));
    if (asOf.isEmpty() || partitions.isEmpty()) {
      return 2;
    }
    JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
    return SparkInput.exitCode(err, () -> {
      List<PaymentBehaviour> behaviours = analyse(spark, args[0], asOf.get(), partitions.get());
      SparkInput.write(spark, args[2], toCsv(behaviours));
      return 0;
    });
  }

  /** Entry point for {@code spark-submit} (or plain {@code java}, then on {@code local[*]}). */
  public static void main(String[] args) {
    SparkSession session = SparkInput.session("credere-payment-behaviour");
    int code;
    try {
      code = run(session, args, System.err);
    } finally {
      session.stop();
    }
    System.exit(code);
  }
}
