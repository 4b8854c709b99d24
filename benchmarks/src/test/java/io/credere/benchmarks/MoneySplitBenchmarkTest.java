package io.credere.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.money.Monies;
import org.junit.jupiter.api.Test;

/** The benchmark measures a correct workload (never its speed: that is JMH's job). */
class MoneySplitBenchmarkTest {

  @Test
  void benchmark_workload_splits_exactly() {
    MoneySplitBenchmark benchmark = new MoneySplitBenchmark();
    benchmark.parts = 60;
    assertThat(benchmark.splitEvenly()).hasSize(60);
    assertThat(Monies.sum(benchmark.splitEvenly())).isEqualTo(benchmark.debt);
  }
}
