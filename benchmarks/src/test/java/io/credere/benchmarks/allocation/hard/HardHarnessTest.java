package io.credere.benchmarks.allocation.hard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The quality bar of issue 11 on the hard harness: zero wrong matches, zero cash under the wrong
 * customer, no broken invariant, and at least 95 % of the determinable payments applied exactly,
 * on 3,000 generated payments of a fixed seed and on every hand-written case.
 *
 * <p>Guarded by {@code -Dcredere.hardHarness=true} until the evidence engine passes it (today's
 * engine does not); the lead removes the guard then.
 */
@EnabledIfSystemProperty(named = "credere.hardHarness", matches = "true")
class HardHarnessTest {

  @Test
  void generated_month_no_wrong_match_no_wrong_customer_95_percent_exact() {
    HardScorer.Report report = HardScorer.run(BankMonthGenerator.generate(20261201L, 3_000));
    check(report);
  }

  @Test
  void hand_written_cases_no_wrong_match_no_wrong_customer_95_percent_exact() {
    check(HardScorer.run(HandWrittenCases.all()));
  }

  private static void check(HardScorer.Report report) {
    HardScorer.Score total = report.total();
    String failures = String.join("\n", report.failures().subList(0,
        Math.min(40, report.failures().size())));
    assertThat(report.violations()).as("invariants").isEmpty();
    assertThat(total.wrong).as("wrong matches\n" + failures).isZero();
    assertThat(total.wrongCustomer).as("wrong customer\n" + failures).isZero();
    assertThat(total.exactPercent()).as("exact of determinable\n" + failures)
        .isGreaterThanOrEqualTo(95.0);
  }
}
