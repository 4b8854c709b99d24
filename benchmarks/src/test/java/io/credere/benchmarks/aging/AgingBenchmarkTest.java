package io.credere.benchmarks.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.aging.AgingBalance;
import io.credere.aging.AgingReport;
import io.credere.aging.AgingRow;
import java.sql.SQLException;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The benchmark ages a correct workload, the same way in every engine (speed is JMH's job). */
class AgingBenchmarkTest {

  private static AgingBenchmark small(String method) throws SQLException {
    AgingBenchmark benchmark = new AgingBenchmark();
    benchmark.items = 20_000;
    benchmark.customers = 500;
    benchmark.load(method);
    return benchmark;
  }

  @Test
  void workload_has_three_currencies_and_conserves_the_open_amounts() throws SQLException {
    AgingBenchmark benchmark = small("ageColumnar");
    AgingReport report = benchmark.ageColumnar();
    assertThat(report.currencies()).hasSize(3);
    assertThat(benchmark.ledger.columnBytes())
        .isEqualTo(20_000L * 16 + benchmark.ledger.groupCount() * 9L);
    long rowsTotal = report.rows().stream().mapToLong(r -> r.total().getAmountMinorLong()).sum();
    long totals = report.currencyTotals().stream().map(AgingBalance::total)
        .mapToLong(m -> m.getAmountMinorLong()).sum();
    assertThat(rowsTotal).isEqualTo(totals).isNotZero();
  }

  @Test
  void duckdb_and_h2_give_the_same_bucket_sums_as_credere() throws SQLException {
    AgingReport credere = small("ageColumnar").ageColumnar();
    AgingBenchmark duckdb = small("duckdbOneThread");
    AgingBenchmark h2 = small("h2");
    try {
      assertSameAsCredere(credere, duckdb.duckdbOneThread());
      assertSameAsCredere(credere, h2.h2());
      SqlAging summed = duckdb.duckdbOneThreadEngineOnly();
      assertThat(summed.rows).isEqualTo(1);
      assertThat(summed.customer[0]).isEqualTo(credere.size());
      assertThat(summed.amounts[SqlAging.WIDTH - 1]).isEqualTo(
          credere.rows().stream().mapToLong(r -> r.balance().unappliedCredits()
              .getAmountMinorLong()).sum());
    } finally {
      duckdb.tearDown();
      h2.tearDown();
    }
  }

  private static void assertSameAsCredere(AgingReport credere, SqlAging sql) {
    assertThat(sql.rows).isEqualTo(credere.size()).isGreaterThan(1000);
    List<AgingRow> rows = credere.rows();
    for (int r = 0; r < sql.rows; r++) {
      AgingRow row = rows.get(r);
      assertThat(AgingData.customerId(sql.customer[r])).isEqualTo(row.customerId().value());
      assertThat(sql.currency[r]).isEqualTo(row.balance().currency().getCode());
      long[] expected = new long[SqlAging.WIDTH];
      List<Money> buckets = row.balance().buckets();
      for (int k = 0; k < buckets.size(); k++) {
        expected[k] = buckets.get(k).getAmountMinorLong();
      }
      expected[SqlAging.WIDTH - 1] = row.balance().unappliedCredits().getAmountMinorLong();
      long[] actual = new long[SqlAging.WIDTH];
      System.arraycopy(sql.amounts, r * SqlAging.WIDTH, actual, 0, SqlAging.WIDTH);
      assertThat(actual).as("row %d", r).containsExactly(expected);
    }
  }
}
