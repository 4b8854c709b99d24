package io.credere.benchmarks.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.aging.AgingBalance;
import io.credere.aging.AgingReport;
import org.junit.jupiter.api.Test;

/** The benchmark ages a correct workload (its speed is JMH's job). */
class AgingBenchmarkTest {

  @Test
  void workload_has_three_currencies_and_conserves_the_open_amounts() {
    AgingBenchmark benchmark = new AgingBenchmark();
    benchmark.items = 20_000;
    benchmark.customers = 500;
    benchmark.setUp();
    AgingReport report = benchmark.ageColumnar();
    assertThat(report.currencies()).hasSize(3);
    assertThat(benchmark.ledger.columnBytes()).isEqualTo(20_000L * 21);
    long rowsTotal = report.rows().stream().mapToLong(r -> r.total().getAmountMinorLong()).sum();
    long totals = report.currencyTotals().stream().map(AgingBalance::total)
        .mapToLong(m -> m.getAmountMinorLong()).sum();
    assertThat(rowsTotal).isEqualTo(totals).isNotZero();
  }
}
