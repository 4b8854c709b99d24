package io.credere.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import io.credere.cli.statements.StatementCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementStepTest {

  @TempDir
  Path dir;

  @Test
  void demo_reads_the_sample_statement_and_every_statement_balances() throws IOException {
    CliRun run = CliRun.of("demo", "--output", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("BANK  camt.053: 3 statements, 58 transactions");
    assertThat(run.out().lines().filter(l -> l.contains("BALANCED")).count()).isEqualTo(3);
    List<String> csv = Files.readAllLines(dir.resolve("bank-statement.csv"));
    assertThat(csv.get(0)).isEqualTo(String.join(",", StatementCommand.COLUMNS));
    // 53 payments (all credits) + 5 bank charges
    assertThat(csv).hasSize(1 + 58);
    assertThat(csv.stream().filter(l -> l.contains(",CREDIT,")).count()).isEqualTo(53);
  }
}
