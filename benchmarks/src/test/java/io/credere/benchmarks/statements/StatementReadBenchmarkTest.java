package io.credere.benchmarks.statements;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.statements.StatementReaders;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** The benchmark reads correct, balanced files (its speed is JMH's job). */
class StatementReadBenchmarkTest {

  @Test
  void generated_files_read_completely_and_balance() {
    assertThat(StatementReaders.read(new ByteArrayInputStream(
        StatementReadBenchmark.camt053(1000)), "b.xml").statements().get(0).balanceCheck()
        .isBalanced()).isTrue();
    var mt = StatementReaders.read(new ByteArrayInputStream(StatementReadBenchmark.mt940(2006)),
        "b.sta");
    assertThat(mt.transactions()).hasSize(1000);
    assertThat(mt.statements().get(0).balanceCheck().isBalanced()).isTrue();
  }
}
