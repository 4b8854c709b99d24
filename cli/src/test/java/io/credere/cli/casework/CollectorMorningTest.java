package io.credere.cli.casework;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import io.credere.cli.demo.SampleData;
import io.credere.cli.io.DisputesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's collector's morning, run as written on the sample data (shipped in the jar), two
 * mornings in a row: state carried in contacts.csv, payments.csv, disputes.csv and notices.csv.
 */
class CollectorMorningTest {

  @TempDir
  Path dir;

  private String f(String name) {
    return dir.resolve(name).toString();
  }

  private static void ok(CliRun run) {
    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private void appendRows(String from, String to) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(from));
    Files.write(Path.of(to), lines.subList(1, lines.size()), StandardOpenOption.APPEND);
  }

  private void morning(String day) throws IOException {
    ok(CliRun.of("allocate", "--ledger", f("ledger.csv"), "--payments", f("payments-today.csv"),
        "--customers", f("customers.csv"), "--as-of", day, "--ledger-out", f("ledger-after.csv"),
        "--output", f("allocation.csv")));
    appendRows(f("payments-today.csv"), f("payments.csv"));
    ok(CliRun.of("disputes", "--allocations", f("allocation.csv"), "--ledger", f("ledger.csv"),
        "--payments", f("payments.csv"), "--disputes", f("disputes.csv"), "--as-of", day,
        "--output", f("disputes.csv")));
    ok(CliRun.of("promises", "--contacts", f("contacts.csv"), "--payments", f("payments.csv"),
        "--customers", f("customers.csv"), "--ledger", f("ledger.csv"), "--as-of", day,
        "--output", f("promises.csv")));
    ok(CliRun.of("worklist", "--ledger", f("ledger-after.csv"), "--customers",
        f("customers.csv"), "--contacts", f("contacts.csv"), "--payments", f("payments.csv"),
        "--as-of", day, "--output", f("worklist.csv")));
    ok(CliRun.of("dunning", "--ledger", f("ledger-after.csv"), "--customers", f("customers.csv"),
        "--contacts", f("contacts.csv"), "--payments", f("payments.csv"), "--disputes",
        f("disputes.csv"), "--notices", f("notices.csv"), "--notices-out",
        f("notices-today.csv"), "--letters", f("letters"), "--as-of", day, "--output",
        f("dunning.csv")));
    appendRows(f("notices-today.csv"), f("notices.csv"));
    ok(CliRun.of("refunds", "--ledger", f("ledger-after.csv"), "--customers",
        f("customers.csv"), "--as-of", day, "--output", f("refunds.csv")));
  }

  @Test
  void two_mornings_carry_disputes_and_notices_and_honour_promises() throws IOException {
    SampleData.extractTo(dir);
    Files.move(dir.resolve("payments.csv"), dir.resolve("payments-today.csv"));
    Files.writeString(dir.resolve("payments.csv"),
        Files.readAllLines(dir.resolve("payments-today.csv")).get(0) + "\n");
    Files.writeString(dir.resolve("disputes.csv"), String.join(",", DisputesFile.COLUMNS) + "\n");
    Files.writeString(dir.resolve("notices.csv"), "customer_id,currency,level,date,documents\n");

    morning("2026-11-20");
    List<String> disputes = Files.readAllLines(dir.resolve("disputes.csv"));
    List<String> notices = Files.readAllLines(dir.resolve("notices.csv"));
    assertThat(disputes).hasSizeGreaterThan(1);
    assertThat(notices).hasSizeGreaterThan(1);
    List<String> worklist = Files.readAllLines(dir.resolve("worklist.csv"));
    // C-1008 promised EUR 20000.00 by 2026-11-27: not on the list, not dunned.
    assertThat(worklist).noneMatch(l -> l.contains(",C-1008,"));
    assertThat(Files.readAllLines(dir.resolve("dunning.csv")))
        .anyMatch(l -> l.startsWith("C-1008,") && l.contains(",UNDER_PROMISE,"));
    // C-1012 broke its promise: called first, with the words.
    assertThat(worklist.stream().skip(1).limit(3))
        .anyMatch(l -> l.contains(",C-1012,") && l.contains("Broken promise"));

    // The next morning: no new cash, a call logged, the same allocation again.
    Files.writeString(dir.resolve("payments-today.csv"),
        Files.readAllLines(dir.resolve("payments.csv")).get(0) + "\n");
    Files.writeString(dir.resolve("contacts.csv"), "C-1008,2026-11-23,PHONE,CALL_BACK,,,,,"
        + "asks for a copy of the invoices\n", StandardOpenOption.APPEND);
    ok(CliRun.of("disputes", "--allocations", f("allocation.csv"), "--ledger", f("ledger.csv"),
        "--payments", f("payments.csv"), "--disputes", f("disputes.csv"), "--as-of",
        "2026-11-23", "--output", f("disputes.csv")));
    assertThat(Files.readAllLines(dir.resolve("disputes.csv"))).isEqualTo(disputes);
    ok(CliRun.of("dunning", "--ledger", f("ledger-after.csv"), "--customers", f("customers.csv"),
        "--contacts", f("contacts.csv"), "--payments", f("payments.csv"), "--disputes",
        f("disputes.csv"), "--notices", f("notices.csv"), "--notices-out",
        f("notices-today.csv"), "--as-of", "2026-11-23", "--output", f("dunning.csv")));
    // Yesterday's level 1 notices wait 10 days for level 2: no account noticed yesterday is
    // noticed again today (an account whose items came of age since may get its first one).
    List<String> yesterday = notices.stream().skip(1).map(l -> l.substring(0, l.indexOf(',',
        l.indexOf(',') + 1))).toList();
    assertThat(Files.readAllLines(dir.resolve("notices-today.csv")).stream().skip(1)
        .map(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1))))
        .doesNotContainAnyElementsOf(yesterday);
    assertThat(Files.readAllLines(dir.resolve("dunning.csv")))
        .anyMatch(l -> l.startsWith("C-1012,") && l.contains(",WAITING,"));
    ok(CliRun.of("worklist", "--ledger", f("ledger-after.csv"), "--customers",
        f("customers.csv"), "--contacts", f("contacts.csv"), "--payments", f("payments.csv"),
        "--as-of", "2026-11-23", "--output", f("worklist.csv")));
    assertThat(Files.readAllLines(dir.resolve("worklist.csv"))).noneMatch(
        l -> l.contains(",C-1008,"));
  }
}
