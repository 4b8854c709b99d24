package io.credere.cli.options;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProgressOptionTest {

  private static final long SECOND = 1_000_000_000L;

  /** A clock the test moves by hand. */
  private static final class Clock {
    long now = 5 * SECOND;
  }

  @Test
  void a_read_shorter_than_the_first_interval_prints_nothing() {
    StringWriter text = new StringWriter();
    Clock clock = new Clock();
    ProgressOption.Reporter reporter = new ProgressOption.Reporter(new PrintWriter(text), false,
        5 * SECOND, () -> clock.now);
    clock.now += 4 * SECOND;
    reporter.update("ledger.csv", 1_000, 500, 1_000);
    reporter.update("ledger.csv", 2_000, 1_000, 1_000);
    assertThat(text.toString()).isEmpty();
  }

  @Test
  void without_a_terminal_a_line_every_interval_and_a_last_one_at_the_end() {
    StringWriter text = new StringWriter();
    Clock clock = new Clock();
    ProgressOption.Reporter reporter = new ProgressOption.Reporter(new PrintWriter(text), false,
        5 * SECOND, () -> clock.now);
    clock.now += 5 * SECOND;
    reporter.update("ledger.csv", 250_000, 250, 1_000);
    clock.now += 2 * SECOND;
    reporter.update("ledger.csv", 350_000, 350, 1_000);
    clock.now += 3 * SECOND;
    reporter.update("ledger.csv", 500_000, 500, 1_000);
    clock.now += 10 * SECOND;
    reporter.update("ledger.csv", 1_000_000, 1_000, 1_000);
    List<String> lines = List.of(text.toString().split("\n", -1));
    assertThat(lines).containsExactly(
        "credere: ledger.csv: 250,000 rows (25%), 50,000 rows/s, about 0:15 left",
        "credere: ledger.csv: 500,000 rows (50%), 50,000 rows/s, about 0:10 left",
        "credere: ledger.csv: 1,000,000 rows (100%), 50,000 rows/s",
        "");
  }

  @Test
  void on_a_terminal_a_bar_redrawn_in_place_then_left_on_its_own_line() {
    StringWriter text = new StringWriter();
    Clock clock = new Clock();
    ProgressOption.Reporter reporter = new ProgressOption.Reporter(new PrintWriter(text), true,
        SECOND / 4, () -> clock.now);
    clock.now += SECOND;
    reporter.update("big.csv", 100, 50, 100);
    clock.now += SECOND;
    reporter.update("big.csv", 200, 100, 100);
    assertThat(text.toString()).isEqualTo(
        "credere: big.csv: [############            ] 100 rows (50%), 100 rows/s, about 0:01 left\r"
            + "credere: big.csv: [########################] 200 rows (100%), 100 rows/s\n");
  }

  @Test
  void every_command_that_reads_a_ledger_can_be_quietened() {
    CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
    List<String> readers = new ArrayList<>();
    root.getSubcommands().forEach((name, command) -> {
      if (command.getCommandSpec().findOption("--ledger") != null) {
        readers.add(name);
        assertThat(command.getCommandSpec().findOption("--quiet"))
            .as("%s reads a ledger but has no --quiet (so no progress)", name).isNotNull();
      }
    });
    assertThat(readers).contains("aging", "validate", "allocate", "dunning", "worklist",
        "score", "credit-check");
  }
}
