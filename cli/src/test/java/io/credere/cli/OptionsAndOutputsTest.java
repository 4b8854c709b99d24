package io.credere.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16 defects 10, 12 and the output items of 13: one exit code for an option value that
 * cannot be read, no output left behind after a failure, output targets checked first.
 */
class OptionsAndOutputsTest {

  static final String LEDGER = "customer_id,document_id,document_type,document_date,due_date,"
      + "currency,amount,open_amount\nC-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,100.00,100.00\n";
  static final String CUSTOMERS = "customer_id,name,currency\nC-1,Acme,EUR\n";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void defect_12_a_bad_as_of_is_wrong_usage_in_every_command_without_class_names()
      throws IOException {
    String ledger = write("ledger.csv", LEDGER).toString();
    String customers = write("customers.csv", CUSTOMERS).toString();
    for (String[] args : new String[][] {
        {"aging", "--ledger", ledger, "--as-of", "2026-13-01"},
        {"dunning", "--ledger", ledger, "--customers", customers, "--as-of", "2026-13-01"},
        {"worklist", "--ledger", ledger, "--customers", customers, "--as-of", "2026-13-01"},
        {"aging", "--ledger", ledger, "--as-of", "+10000-01-01"},
        {"dunning", "--ledger", ledger, "--customers", customers, "--as-of", "yesterday"}}) {
      CliRun run = CliRun.of(args);
      assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).contains("--as-of").contains("is not a date")
          .doesNotContain("Exception").doesNotContain("java.");
    }
  }

  @Test
  void a_number_option_beyond_the_limit_is_wrong_usage() throws IOException {
    String ledger = write("ledger.csv", LEDGER).toString();
    String payments = write("payments.csv", "payment_id,payment_date,currency,amount\n"
        + "P-1,2026-01-02,EUR,100.00\n").toString();
    CliRun run = CliRun.of("allocate", "--ledger", ledger, "--payments", payments, "--as-of",
        "2026-03-01", "--tolerance-amount", "123456789012345678901234");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--tolerance-amount").contains("10^15")
        .doesNotContain("Exception");
  }

  @Test
  void defect_10_dunning_letters_into_a_file_leaves_no_output() throws IOException {
    String ledger = write("ledger.csv", LEDGER).toString();
    String customers = write("customers.csv", CUSTOMERS).toString();
    Path notADir = write("letters", "I am a file");
    Path out = dir.resolve("d.csv");
    CliRun run = CliRun.of("dunning", "--ledger", ledger, "--customers", customers, "--as-of",
        "2026-06-01", "--letters", notADir.toString(), "--output", out.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--letters").contains("is a file");
    assertThat(out).doesNotExist();
  }

  @Test
  void defect_10_allocate_ledger_out_under_a_file_leaves_no_output() throws IOException {
    String ledger = write("ledger.csv", LEDGER).toString();
    String payments = write("payments.csv", "payment_id,payment_date,currency,amount\n"
        + "P-1,2026-01-02,EUR,100.00\n").toString();
    Path file = write("plain", "x");
    Path out = dir.resolve("a.csv");
    CliRun run = CliRun.of("allocate", "--ledger", ledger, "--payments", payments, "--as-of",
        "2026-03-01", "--output", out.toString(), "--ledger-out",
        file.resolve("ledger-out.csv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--ledger-out").contains("is a file, not a directory");
    assertThat(out).doesNotExist();
  }

  @Test
  void defect_13_output_targets_refused_before_anything_is_written() throws IOException {
    String ledger = write("ledger.csv", LEDGER).toString();
    Path same = dir.resolve("same.csv");
    CliRun both = CliRun.of("aging", "--ledger", ledger, "--as-of", "2026-03-01", "--output",
        same.toString(), "--rejects", same.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("one would overwrite the other");
    assertThat(same).doesNotExist();

    CliRun empty = CliRun.of("aging", "--ledger", ledger, "--as-of", "2026-03-01", "--output",
        "");
    assertThat(empty.exitCode()).isEqualTo(2);
    assertThat(empty.err()).contains("the file name is empty");

    CliRun xls = CliRun.of("aging", "--ledger", ledger, "--as-of", "2026-03-01", "--output",
        dir.resolve("x.xls").toString());
    assertThat(xls.exitCode()).isEqualTo(2);
    assertThat(xls.err()).contains(".xls, which is not written");
    assertThat(dir.resolve("x.xls")).doesNotExist();

    CliRun onInput = CliRun.of("aging", "--ledger", ledger, "--as-of", "2026-03-01",
        "--output", ledger);
    assertThat(onInput.exitCode()).isEqualTo(2);
    assertThat(Files.readString(Path.of(ledger))).isEqualTo(LEDGER);
  }

  @Test
  void defect_13_outputs_get_the_mode_of_a_new_file_not_0600() throws IOException {
    String ledger = write("ledger.csv", LEDGER).toString();
    Path out = dir.resolve("aging.csv");
    Path rejects = dir.resolve("rejects.csv");
    Path probe = Files.createFile(dir.resolve("probe"));
    CliRun run = CliRun.of("aging", "--ledger", ledger, "--as-of", "2026-03-01", "--output",
        out.toString(), "--rejects", rejects.toString());
    assertThat(run.exitCode()).isEqualTo(0);
    Set<PosixFilePermission> normal = Files.getPosixFilePermissions(probe);
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(normal);
    assertThat(Files.getPosixFilePermissions(rejects)).isEqualTo(normal);
  }
}
