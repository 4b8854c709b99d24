package io.credere.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  static final String HEADER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount";

  @TempDir
  Path dir;

  /** A ledger whose line 7 (the header being line 1) has a broken due date. */
  static String ledgerWithBrokenDateOnLine7() {
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (int i = 1; i <= 7; i++) {
      String due = i == 6 ? "2026-02-30" : "2026-02-15";
      csv.append("C-1,INV-").append(i).append(",INVOICE,2026-01-15,").append(due)
          .append(",EUR,100.00,100.00\n");
    }
    return csv.toString();
  }

  @Test
  void broken_date_on_line_7_exits_1_naming_line_and_column_and_writes_nothing() throws IOException {
    Path ledger = Files.writeString(dir.resolve("ledger.csv"), ledgerWithBrokenDateOnLine7());
    Path output = dir.resolve("out.csv");
    CliRun run = CliRun.of("validate", "--ledger", ledger.toString(), "--output", output.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(ledger + ", line 7, column due_date: '2026-02-30' is not a date "
        + "(expected yyyy-MM-dd)");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(output).doesNotExist();
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
        .containsExactly("ledger.csv");
  }

  @Test
  void with_rejects_goes_on_and_writes_each_bad_row_with_its_line() throws IOException {
    Path ledger = Files.writeString(dir.resolve("ledger.csv"), ledgerWithBrokenDateOnLine7());
    Path rejects = dir.resolve("rejects.csv");
    CliRun run = CliRun.of("validate", "--ledger", ledger.toString(), "--rejects",
        rejects.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("file,kind,rows,rejected\n" + ledger + ",ledger,6,1\n");
    List<String> lines = Files.readAllLines(rejects, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).isEqualTo("source,line,reason," + HEADER);
    assertThat(lines.get(1)).startsWith(ledger + ",7,").contains("column due_date")
        .endsWith("C-1,INV-6,INVOICE,2026-01-15,2026-02-30,EUR,100.00,100.00");
  }

  @Test
  void missing_file_is_invalid_input() {
    CliRun run = CliRun.of("validate", "--ledger", dir.resolve("nope.csv").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("nope.csv").contains("does not exist");
  }

  @Test
  void no_file_at_all_is_wrong_usage() {
    assertThat(CliRun.of("validate").exitCode()).isEqualTo(2);
  }
}
