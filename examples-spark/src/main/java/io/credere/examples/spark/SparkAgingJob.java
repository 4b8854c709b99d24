package io.credere.examples.spark;

import io.credere.aging.AgingBalance;
import io.credere.aging.AgingBasis;
import io.credere.aging.AgingBuckets;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.AgingRow;
import io.credere.core.error.ValidationException;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.io.CsvLines;
import io.credere.io.CsvText;
import io.credere.io.LedgerFile;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.joda.money.Money;
import scala.Tuple2;

/**
 * Ages a ledger on Apache Spark: the ledger CSV is read in partitions, each partition is aged
 * into a partial {@link AgingReport} ({@code mapPartitions} with
 * {@link AgingReport#builder(AgingPolicy)}), and the partials are merged by a tree reduce with
 * {@link AgingReport#merge(AgingReport)}. Since merge is associative and commutative over
 * disjoint items, the result is exactly {@code AgingReport.of(policy, items)} on one machine,
 * however the file is split.
 *
 * <p>Run: {@code spark-submit --class io.credere.examples.spark.SparkAgingJob
 * credere-spark-job.jar LEDGER AS_OF OUTPUT [PARTITIONS]}; writes the contract's {@code aging}
 * CSV (default buckets {@code 30,60,90} on the due date).
 */
public final class SparkAgingJob {

  private SparkAgingJob() {}

  /**
   * The aging report of a ledger CSV.
   *
   * @param spark the Spark context
   * @param ledgerPath the ledger in the file contract's {@code ledger} format (a local path or
   *     any URI Spark reads: {@code hdfs://}, {@code s3a://}, ...)
   * @param policy the aging policy ({@link io.credere.aging.ItemDating#standard()} dating)
   * @param partitions the least number of partitions to split the ledger into
   * @throws ValidationException naming file, line and column for the first bad row met
   */
  public static AgingReport age(JavaSparkContext spark, String ledgerPath, AgingPolicy policy,
      int partitions) {
    PolicySpec spec = PolicySpec.of(policy);
    String source = SparkInput.fileName(ledgerPath);
    JavaRDD<String> text = spark.textFile(ledgerPath, partitions);
    return SparkInput.action(() -> {
      CsvLines.Mapper<OpenItem> mapper =
          LedgerFile.lineMapper(source, SparkInput.header(text, source));
      JavaRDD<PartialAging> partials = SparkInput.numberedLines(text)
          .filter(line -> line._2() > 1 && !line._1().isBlank())
          .mapPartitions(lines -> List.of(agePartition(spec, mapper, lines)).iterator());
      return partials.treeReduce(PartialAging::merge).report();
    });
  }

  /** One partition's partial report. */
  private static PartialAging agePartition(PolicySpec spec, CsvLines.Mapper<OpenItem> mapper,
      Iterator<Tuple2<String, Long>> lines) {
    AgingReport.Builder builder = AgingReport.builder(spec.toPolicy());
    while (lines.hasNext()) {
      Tuple2<String, Long> line = lines.next();
      builder.add(mapper.map(line._1(), line._2()));
    }
    return PartialAging.of(spec, builder.build());
  }

  /**
   * The report in the contract's {@code aging} CSV: one row per customer and currency, then one
   * {@code *} row per currency with the column sums; {@code \n} line ends.
   */
  public static String toCsv(AgingReport report) {
    StringBuilder csv = new StringBuilder("customer_id,currency");
    for (String name : report.bucketNames()) {
      csv.append(',').append(CsvText.quote(name));
    }
    csv.append(",unapplied_credits,total\n");
    for (AgingRow row : report.rows()) {
      appendRow(csv, CsvText.quote(CsvText.safe(row.customerId().value())), row.balance());
    }
    for (AgingBalance total : report.currencyTotals()) {
      appendRow(csv, "*", total);
    }
    return csv.toString();
  }

  private static void appendRow(StringBuilder csv, String customer, AgingBalance balance) {
    csv.append(customer).append(',').append(balance.currency().getCode());
    for (Money amount : balance.buckets()) {
      csv.append(',').append(Monies.format(amount));
    }
    csv.append(',').append(Monies.format(balance.unappliedCredits()))
        .append(',').append(Monies.format(balance.total())).append('\n');
  }

  /**
   * Runs the job in a session: {@code LEDGER AS_OF OUTPUT [PARTITIONS]}.
   *
   * @return 0 on success, 1 for invalid input (message on {@code err}), 2 for wrong usage
   */
  public static int run(SparkSession session, String[] args, PrintStream err) {
    if (args.length < 3 || args.length > 4) {
      err.println("Usage: SparkAgingJob LEDGER AS_OF OUTPUT [PARTITIONS]");
      return 2;
    }
    Optional<LocalDate> asOf = Cli.date(args[1], err);
    Optional<Integer> partitions = args.length == 4 ? Cli.positive(args[3], err)
        : Optional.of(Math.max(2, session.sparkContext().defaultParallelism()));
    if (asOf.isEmpty() || partitions.isEmpty()) {
      return 2;
    }
    JavaSparkContext spark = JavaSparkContext.fromSparkContext(session.sparkContext());
    return SparkInput.exitCode(err, () -> {
      AgingPolicy policy = AgingPolicy.builder().asOf(asOf.get())
          .buckets(AgingBuckets.standard(AgingBasis.DUE_DATE)).build();
      AgingReport report = age(spark, args[0], policy, partitions.get());
      SparkInput.write(spark, args[2], toCsv(report));
      return 0;
    });
  }

  /** Entry point for {@code spark-submit} (or plain {@code java}, then on {@code local[*]}). */
  public static void main(String[] args) {
    SparkSession session = SparkInput.session("credere-aging");
    int code;
    try {
      code = run(session, args, System.err);
    } finally {
      session.stop();
    }
    System.exit(code);
  }

  /** Argument reading shared by the jobs' {@code main}. */
  static final class Cli {
    private Cli() {}

    static Optional<LocalDate> date(String text, PrintStream err) {
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException e) {
        err.println("credere: as-of date '" + text + "' is not a date (expected yyyy-MM-dd)");
        return Optional.empty();
      }
    }

    static Optional<Integer> positive(String text, PrintStream err) {
      try {
        int value = Integer.parseInt(text);
        if (value > 0) {
          return Optional.of(value);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      err.println("credere: partitions '" + text + "' is not a positive whole number");
      return Optional.empty();
    }
  }
}
