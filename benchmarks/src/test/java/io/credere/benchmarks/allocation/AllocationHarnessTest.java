package io.credere.benchmarks.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationHarnessTest {

  @Test
  void small_harness_run_has_no_wrong_match_and_at_least_95_percent_exact() {
    Map<RemittanceScenarios.Situation, AllocationHarness.Score> scores =
        AllocationHarness.score(RemittanceScenarios.generate(7L, 300, 12, 1_000));
    int payments = scores.values().stream().mapToInt(s -> s.payments).sum();
    int exact = scores.values().stream().mapToInt(s -> s.exact).sum();
    assertThat(scores.values()).allSatisfy(s -> assertThat(s.wrong).isZero());
    assertThat(payments).isEqualTo(1_000);
    assertThat(exact).isGreaterThanOrEqualTo(950);
  }
}
