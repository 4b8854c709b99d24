package io.credere.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.aging.AgingBalance;
import io.credere.aging.AgingBasis;
import io.credere.aging.AgingBuckets;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.core.error.ValidationException;
import io.credere.core.item.OpenItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkAgingJobTest {

  private static final AgingPolicy POLICY = AgingPolicy.of(TestLedgers.AS_OF);

  @TempDir
  static Path dir;
  private static Path generated;
  private static List<OpenItem> generatedItems;

  private final JavaSparkContext spark = LocalSpark.context();

  @BeforeAll
  static void generate() {
    generated = dir.resolve("generated-ledger.csv");
    generatedItems = TestLedgers.writeLedger(generated, 200_000, 2_000, 20261120L);
  }

  @Test
  void splits_the_ledger_into_at_least_four_partitions() {
    assertThat(spark.textFile(TestLedgers.resource("ledger.csv").toString(), 4)
        .getNumPartitions()).isGreaterThanOrEqualTo(4);
    assertThat(spark.textFile(generated.toString(), 6).getNumPartitions())
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void ages_the_sample_ledger_exactly_as_one_machine() {
    Path ledger = TestLedgers.resource("ledger.csv");
    AgingReport single = AgingReport.of(POLICY, TestLedgers.readLedger(ledger));

    AgingReport distributed = SparkAgingJob.age(spark, ledger.toString(), POLICY, 4);

    assertThat(distributed.rows()).isEqualTo(single.rows());
    assertThat(distributed.currencyTotals()).isEqualTo(single.currencyTotals());
    assertThat(distributed).isEqualTo(single);
    assertThat(distributed.size()).isGreaterThan(30);
  }

  @Test
  void writes_the_sample_aging_byte_for_byte_as_the_cli_does() throws IOException {
    // aging-expected.csv is ./credere aging --ledger ledger.csv --as-of 2026-11-20
    String expected = Files.readString(TestLedgers.resource("aging-expected.csv"));

    AgingReport distributed = SparkAgingJob.age(spark,
        TestLedgers.resource("ledger.csv").toString(), POLICY, 5);

    assertThat(SparkAgingJob.toCsv(distributed)).isEqualTo(expected);
  }

  @Test
  void ages_a_generated_ledger_of_200k_items_exactly_as_one_machine() {
    AgingReport single = AgingReport.of(POLICY, generatedItems);

    AgingReport distributed = SparkAgingJob.age(spark, generated.toString(), POLICY, 6);

    assertThat(distributed.size()).isEqualTo(single.size()).isGreaterThan(9_000);
    assertThat(distributed.rows()).containsExactlyElementsOf(single.rows());
    assertThat(distributed.currencyTotals()).containsExactlyElementsOf(single.currencyTotals());
    assertThat(SparkAgingJob.toCsv(distributed)).isEqualTo(SparkAgingJob.toCsv(single));
  }

  @Test
  void totals_of_the_generated_ledger_are_the_sums_of_its_open_amounts() {
    Map<CurrencyUnit, Long> open = new HashMap<>();
    for (OpenItem item : generatedItems) {
      open.merge(item.currency(), item.openAmount().getAmountMinorLong(), Long::sum);
    }

    AgingReport distributed = SparkAgingJob.age(spark, generated.toString(), POLICY, 4);

    assertThat(distributed.currencyTotals()).hasSize(5);
    for (AgingBalance total : distributed.currencyTotals()) {
      assertThat(total.total().getAmountMinorLong()).isEqualTo(open.get(total.currency()));
    }
  }

  @Test
  void ages_the_generated_ledger_on_document_dates_with_credits_netted_as_one_machine() {
    AgingPolicy policy = AgingPolicy.builder().asOf(TestLedgers.AS_OF)
        .buckets(AgingBuckets.of(AgingBasis.DOCUMENT_DATE, 15, 45, 120, 365))
        .netCredits(true).build();

    AgingReport distributed = SparkAgingJob.age(spark, generated.toString(), policy, 4);

    assertThat(distributed).isEqualTo(AgingReport.of(policy, generatedItems));
    assertThat(distributed.bucketNames()).containsExactly("0-15", "16-45", "46-120", "121-365",
        "366+");
  }

  @Test
  void reports_a_bad_row_naming_file_line_and_column() throws IOException {
    Path bad = dir.resolve("bad-ledger.csv");
    Files.writeString(bad, String.join("\n",
        "customer_id,document_id,document_type,document_date,due_date,currency,amount,open_amount",
        "C-1,INV-1,INVOICE,2026-10-01,2026-10-31,EUR,100.00,100.00",
        "C-1,INV-2,INVOICE,2026-10-01,2026-02-30,EUR,100.00,100.00",
        ""));

    assertThatThrownBy(() -> SparkAgingJob.age(spark, bad.toString(), POLICY, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessage("bad-ledger.csv, line 3, column due_date: '2026-02-30' is not a date "
            + "(expected yyyy-MM-dd)");
  }

  @Test
  void ages_a_ledger_with_nothing_open_into_the_header_alone() throws IOException {
    Path settled = dir.resolve("settled.csv");
    Files.writeString(settled, "customer_id,document_id,document_type,document_date,due_date,"
        + "currency,amount,open_amount\nC-1,INV-1,INVOICE,2026-10-01,2026-10-31,EUR,100.00,0\n\n");

    AgingReport distributed = SparkAgingJob.age(spark, settled.toString(), POLICY, 4);

    assertThat(distributed.isEmpty()).isTrue();
    assertThat(SparkAgingJob.toCsv(distributed))
        .isEqualTo("customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total\n");
  }

  @Test
  void reports_a_missing_required_column() throws IOException {
    Path bad = dir.resolve("no-due-date.csv");
    Files.writeString(bad, "customer_id,document_id,document_type,document_date,currency,"
        + "amount,open_amount\nC-1,INV-1,INVOICE,2026-10-01,EUR,100.00,100.00\n");

    assertThatThrownBy(() -> SparkAgingJob.age(spark, bad.toString(), POLICY, 2))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("no-due-date.csv, line 1, field due_date: required column is "
            + "missing from the header");
  }

  @Test
  void run_writes_the_aging_csv_and_exits_0() throws IOException {
    Path out = dir.resolve("out/aging.csv");

    int code = SparkAgingJob.run(LocalSpark.session(), new String[] {
        TestLedgers.resource("ledger.csv").toString(), "2026-11-20", out.toString(), "4"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    assertThat(Files.readString(out))
        .isEqualTo(Files.readString(TestLedgers.resource("aging-expected.csv")));
  }

  @Test
  void run_exits_1_on_bad_input_and_2_on_wrong_usage() throws IOException {
    Path bad = dir.resolve("bad-amount.csv");
    Files.writeString(bad, "customer_id,document_id,document_type,document_date,due_date,"
        + "currency,amount,open_amount\nC-1,INV-1,INVOICE,2026-10-01,2026-10-31,EUR,1.001,1\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

    int badInput = SparkAgingJob.run(LocalSpark.session(),
        new String[] {bad.toString(), "2026-11-20", dir.resolve("x.csv").toString()}, errors);
    int badDate = SparkAgingJob.run(LocalSpark.session(),
        new String[] {bad.toString(), "20-11-2026", dir.resolve("x.csv").toString()}, errors);
    int missing = SparkAgingJob.run(LocalSpark.session(), new String[] {bad.toString()}, errors);

    assertThat(badInput).isEqualTo(1);
    assertThat(badDate).isEqualTo(2);
    assertThat(missing).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("credere: bad-amount.csv, line 2, column amount: '1.001' has more decimals "
            + "than EUR allows (2)")
        .contains("as-of date '20-11-2026' is not a date")
        .contains("Usage: SparkAgingJob LEDGER AS_OF OUTPUT [PARTITIONS]");
    assertThat(dir.resolve("x.csv")).doesNotExist();
  }
}
