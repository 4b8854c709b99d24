package io.credere.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.scoring.PaymentBehaviour;
import io.credere.scoring.PaymentBehaviourAnalysis;
import io.credere.scoring.SettledInvoice;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkPaymentBehaviourJobTest {

  @TempDir
  Path dir;

  private final JavaSparkContext spark = LocalSpark.context();

  /** The single-machine result: scoring's analysis of each customer, sorted by customer id. */
  private static List<PaymentBehaviour> onOneMachine(List<SettledInvoice> history) {
    Map<String, List<SettledInvoice>> byCustomer = new TreeMap<>(history.stream()
        .collect(Collectors.groupingBy(s -> s.customerId().value())));
    List<PaymentBehaviour> result = new ArrayList<>();
    byCustomer.forEach((customer, invoices) -> result.add(PaymentBehaviourAnalysis.analyse(
        CustomerId.of(customer), history, List.of(), invoices.get(0).amount().getCurrencyUnit(),
        TestLedgers.AS_OF)));
    return result;
  }

  @Test
  void computes_the_sample_payment_behaviour_exactly_as_one_machine() {
    Path history = TestLedgers.resource("history.csv");
    List<PaymentBehaviour> single = onOneMachine(TestLedgers.readHistory(history));

    List<PaymentBehaviour> distributed = SparkPaymentBehaviourJob.analyse(spark,
        history.toString(), TestLedgers.AS_OF, 4);

    assertThat(distributed).hasSize(40).containsExactlyElementsOf(single);
    assertThat(distributed).allSatisfy(b -> assertThat(b.paymentIndex()).isPresent());
  }

  @Test
  void gives_the_payment_index_and_weighted_days_of_the_cli_score_command() throws IOException {
    // score-payment-expected.csv: customer_id, payment_index and weighted_days_beyond_terms of
    // ./credere score --customers customers.csv --history history.csv --as-of 2026-11-20
    List<String> expected = Files.readAllLines(TestLedgers.resource("score-payment-expected.csv"));

    List<PaymentBehaviour> distributed = SparkPaymentBehaviourJob.analyse(spark,
        TestLedgers.resource("history.csv").toString(), TestLedgers.AS_OF, 4);

    List<String> actual = new ArrayList<>();
    actual.add("customer_id,payment_index,weighted_days_beyond_terms");
    for (PaymentBehaviour b : distributed) {
      actual.add(b.customerId() + "," + b.paymentIndex().orElseThrow() + ","
          + b.weightedDaysBeyondTerms().orElseThrow().toPlainString());
    }
    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Test
  void computes_a_generated_history_exactly_as_one_machine() {
    Path file = dir.resolve("generated-history.csv");
    List<SettledInvoice> history = TestLedgers.writeHistory(file, 30_000, 300, 42L);
    List<PaymentBehaviour> single = onOneMachine(history);

    List<PaymentBehaviour> distributed = SparkPaymentBehaviourJob.analyse(spark,
        file.toString(), TestLedgers.AS_OF, 6);

    assertThat(distributed).hasSize(300).containsExactlyElementsOf(single);
    assertThat(distributed.stream().map(b -> b.paymentIndex().orElseThrow()).distinct().count())
        .isGreaterThan(5);
    assertThat(distributed.stream().mapToInt(PaymentBehaviour::settledInvoices).sum())
        .isEqualTo(30_000);
  }

  @Test
  void run_writes_one_row_per_customer_and_exits_0() throws IOException {
    Path out = dir.resolve("behaviour.csv");

    int code = SparkPaymentBehaviourJob.run(LocalSpark.session(), new String[] {
        TestLedgers.resource("history.csv").toString(), "2026-11-20", out.toString()},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    assertThat(code).isZero();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(41);
    assertThat(lines.get(0)).isEqualTo(SparkPaymentBehaviourJob.COLUMNS);
    assertThat(lines.get(1)).startsWith("C-1001,").contains(",56.8,41,");
  }

  @Test
  void run_exits_1_naming_the_line_of_a_bad_row() throws IOException {
    Path bad = dir.resolve("bad-history.csv");
    Files.writeString(bad, "customer_id,document_id,amount,currency,due_date,paid_date\n"
        + "C-1,INV-1,10.00,EUR,2026-01-31,2026-02-10\n"
        + "C-1,INV-2,10.00,XXQ,2026-01-31,2026-02-10\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int code = SparkPaymentBehaviourJob.run(LocalSpark.session(),
        new String[] {bad.toString(), "2026-11-20", dir.resolve("out.csv").toString()},
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("bad-history.csv, line 3, column currency: 'XXQ' is not a known ISO 4217");
  }
}
