package io.credere.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.demo.SampleData;
import io.credere.io.DisputesFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The contract's one rule for exit codes, in every command: each command is run from a valid
 * invocation on the sample data, then once for each unreadable value of each of its options
 * (found from the command's own option model, so a new option or command is covered without
 * editing this test): a date, number, enum or list that cannot be read exits 2; an input file that
 * does not exist, is a folder, or whose header or row is invalid exits 1; nothing exits 70
 * or prints a Java exception, and no failed run leaves a file in the output folder.
 */
class ExitCodesTest {

  static final String AS_OF = "2026-11-20";

  @TempDir
  static Path dir;

  static Path in;
  static Path out;

  /** A valid run of every command, by name; every output goes under {@link #out}. */
  static final Map<String, List<String>> VALID = new LinkedHashMap<>();

  /** Valid runs with an option the first one cannot take (one of an exclusive group). */
  static final Map<String, List<String>> OTHER = new LinkedHashMap<>();

  @BeforeAll
  static void sampleFiles() throws IOException {
    in = SampleData.extractTo(dir.resolve("in"));
    out = dir.resolve("out");
    Files.createDirectories(out);
    write("fx-rates.csv", "from_currency,to_currency,rate\nUSD,EUR,0.92\nGBP,EUR,1.15\n");
    write("policy.csv", "level,days_overdue,min_amount,channel,fee,interest,wait_days\n"
        + "1,10,0,LETTER,2.50,false,0\n2,20,0,EMAIL,0,true,5\n");
    write("notices.csv", "customer_id,currency,level,date,documents\n");
    write("disputes.csv", String.join(",", DisputesFile.COLUMNS) + "\n");
    write("allocation.csv", "payment_id,customer_id,document_id,kind,amount,rule,explanation\n");
    write("rates.csv", "effective_date,rate\n2023-01-01,2.50\n2023-07-01,4.00\n"
        + "2024-01-01,4.50\n");
    VALID.put("demo", List.of("demo", "--output", o("demo")));
    VALID.put("validate", List.of("validate", "--ledger", f("ledger.csv"), "--customers",
        f("customers.csv"), "--payments", f("payments.csv"), "--history", f("history.csv"),
        "--financials", f("financials.csv"), "--ar-history", f("ar-history.csv"), "--output",
        o("out.csv")));
    VALID.put("aging", List.of("aging", "--ledger", f("ledger.csv"), "--as-of", AS_OF,
        "--buckets", "30,60,90", "--basis", "due", "--output", o("out.csv")));
    VALID.put("kpi", List.of("kpi", "--ar-history", f("ar-history.csv"), "--output",
        o("out.csv")));
    VALID.put("allocate", List.of("allocate", "--ledger", f("ledger.csv"), "--payments",
        f("payments.csv"), "--as-of", AS_OF, "--customers", f("customers.csv"),
        "--tolerance-amount", "1", "--tolerance-percent", "1", "--ledger-out", o("ledger.csv"),
        "--suggestions", o("suggestions.csv"), "--output", o("out.csv")));
    OTHER.put("allocate", List.of("allocate", "--ledger", f("ledger.csv"), "--statement",
        f("bank-statement.camt053.xml"), "--as-of", AS_OF, "--output", o("out.csv")));
    VALID.put("statement", List.of("statement", "--file", f("bank-statement.camt053.xml"),
        "--output", o("out.csv")));
    VALID.put("score", List.of("score", "--customers", f("customers.csv"), "--as-of", AS_OF,
        "--ledger", f("ledger.csv"), "--history", f("history.csv"), "--financials",
        f("financials.csv"), "--fx-rates", f("fx-rates.csv"), "--output", o("out.csv")));
    VALID.put("credit-check", List.of("credit-check", "--customers", f("customers.csv"),
        "--ledger", f("ledger.csv"), "--customer", "C-1001", "--order-amount", "100.00",
        "--as-of", AS_OF, "--financials", f("financials.csv"), "--history", f("history.csv"),
        "--components", "OPEN_RECEIVABLES,NEW_ORDER", "--fx-rates", f("fx-rates.csv"),
        "--output", o("out.csv")));
    VALID.put("interest", List.of("interest", "--amount", "1000.00", "--currency", "EUR",
        "--due-date", "2023-03-31", "--paid-date", "2024-02-29", "--regime", "eu-directive",
        "--rates", f("rates.csv"), "--output", o("out.csv")));
    VALID.put("dunning", List.of("dunning", "--ledger", f("ledger.csv"), "--customers",
        f("customers.csv"), "--as-of", AS_OF, "--policy", f("policy.csv"), "--notices",
        f("notices.csv"), "--notices-out", o("notices.csv"), "--disputes", f("disputes.csv"),
        "--contacts", f("contacts.csv"), "--payments", f("payments.csv"), "--letters",
        o("letters"), "--output", o("out.csv")));
    VALID.put("worklist", List.of("worklist", "--ledger", f("ledger.csv"), "--customers",
        f("customers.csv"), "--as-of", AS_OF, "--contacts", f("contacts.csv"), "--payments",
        f("payments.csv"), "--output", o("out.csv")));
    VALID.put("promises", List.of("promises", "--contacts", f("contacts.csv"), "--payments",
        f("payments.csv"), "--as-of", AS_OF, "--customers", f("customers.csv"), "--ledger",
        f("ledger.csv"), "--grace-days", "3", "--output", o("out.csv")));
    VALID.put("disputes", List.of("disputes", "--allocations", f("allocation.csv"), "--ledger",
        f("ledger.csv"), "--as-of", AS_OF, "--payments", f("payments.csv"), "--disputes",
        f("disputes.csv"), "--output", o("out.csv")));
    VALID.put("refunds", List.of("refunds", "--ledger", f("ledger.csv"), "--customers",
        f("customers.csv"), "--as-of", AS_OF, "--approval-above", "500", "--output",
        o("out.csv")));
  }

  private static void write(String name, String content) throws IOException {
    Files.writeString(in.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static String f(String name) {
    return in.resolve(name).toString();
  }

  private static String o(String name) {
    return out.resolve(name).toString();
  }

  /** The commands as the command line registers them, with their option models. */
  private static Map<String, CommandLine> commands() {
    return Main.commandLine(new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())).getSubcommands();
  }

  @Test
  void every_command_and_every_option_taking_a_value_has_a_valid_run_here() {
    assertThat(VALID.keySet()).containsExactlyInAnyOrderElementsOf(commands().keySet());
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      Set<String> missing = new TreeSet<>();
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        if (option.arity().max() > 0 && !option.usageHelp() && !option.versionHelp()
            && !"--format".equals(option.longestName())
            && !"--rejects".equals(option.longestName())
            && !valid(command.getKey(), option.longestName()).contains(option.longestName())) {
          missing.add(option.longestName());
        }
      }
      assertThat(missing).as("options of %s without a value in its valid run",
          command.getKey()).isEmpty();
    }
  }

  @Test
  void every_valid_run_exits_0() throws IOException {
    for (List<String> args : Stream.concat(VALID.values().stream(), OTHER.values().stream())
        .toList()) {
      CliRun run = run(args);
      assertThat(run.exitCode()).as("%s%n%s", args, run.err()).isZero();
    }
  }

  @Test
  void an_option_value_that_cannot_be_read_exits_2_in_every_command() throws IOException {
    int cases = 0;
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        for (String bad : unreadable(option)) {
          List<String> args = with(valid(command.getKey(), option.longestName()),
              option.longestName(), bad);
          CliRun run = run(args);
          assertThat(run.exitCode()).as("%s%n%s", args, run.err()).isEqualTo(2);
          assertThat(run.err()).as("%s", args).contains(option.longestName())
              .doesNotContain("Exception").doesNotContain("\tat ");
          assertNothingWritten(args);
          cases++;
        }
      }
    }
    assertThat(cases).isGreaterThan(60);
  }

  @Test
  void an_input_file_that_breaks_the_contract_exits_1_in_every_command() throws IOException {
    int cases = 0;
    for (Map.Entry<String, CommandLine> command : commands().entrySet()) {
      for (OptionSpec option : command.getValue().getCommandSpec().options()) {
        List<String> valid = valid(command.getKey(), option.longestName());
        int at = valid.indexOf(option.longestName());
        if (!isInput(option) || at < 0) {
          continue;
        }
        for (String absent : List.of(dir.resolve("missing-" + cases + ".csv").toString(),
            dir.resolve("invalid").toString())) {
          Files.createDirectories(dir.resolve("invalid"));
          List<String> args = with(valid, option.longestName(), absent);
          CliRun run = run(args);
          assertThat(run.exitCode()).as("%s%n%s", args, run.err()).isEqualTo(1);
          assertThat(run.err()).as("%s", args).contains(Path.of(absent).getFileName().toString())
              .doesNotContain("Exception").doesNotContain("\tat ");
          assertNothingWritten(args);
          cases++;
        }
        for (String content : invalid(Path.of(valid.get(at + 1)))) {
          Path file = dir.resolve("invalid").resolve(command.getKey() + option.longestName()
              + cases + ".csv");
          Files.createDirectories(file.getParent());
          Files.writeString(file, content, StandardCharsets.UTF_8);
          List<String> args = with(valid, option.longestName(), file.toString());
          CliRun run = run(args);
          assertThat(run.exitCode()).as("%s with%n%s%n%s", args, content, run.err())
              .isEqualTo(1);
          assertThat(run.err()).as("%s", args).contains(file.getFileName().toString())
              .doesNotContain("Exception").doesNotContain("\tat ");
          assertNothingWritten(args);
          cases++;
        }
      }
    }
    assertThat(cases).isGreaterThan(40);
  }

  @Test
  void a_customer_not_in_the_file_is_invalid_input_not_usage() throws IOException {
    List<String> args = with(VALID.get("credit-check"), "--customer", "C-NOBODY");
    CliRun run = run(args);
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("C-NOBODY");
    assertNothingWritten(args);
  }

  /** The valid run of {@code command} that gives {@code option}, or its first valid run. */
  private static List<String> valid(String command, String option) {
    List<String> other = OTHER.get(command);
    return other != null && other.contains(option) && !VALID.get(command).contains(option)
        ? other : VALID.get(command);
  }

  /** Values of {@code option} that cannot be read, by its type or, for text, its name. */
  private static List<String> unreadable(OptionSpec option) {
    if (option.arity().max() == 0 || option.usageHelp() || option.versionHelp()) {
      return List.of();
    }
    Class<?> type = option.type();
    Class<?> element = option.auxiliaryTypes().length > 0 ? option.auxiliaryTypes()[0] : type;
    if (type == LocalDate.class) {
      return List.of("2026-02-30", "20261120", "next week", "1899-12-31");
    }
    if (type == BigDecimal.class || type == int.class || type == Integer.class
        || type == long.class) {
      return List.of("12,50", "ten", "1e3");
    }
    if (element.isEnum() || option.longestName().equals("--basis")) {
      return List.of("NOT_A_VALUE");
    }
    return switch (option.longestName()) {
      case "--buckets" -> List.of("30,x", "60,30", "");
      case "--tolerance-amount" -> List.of("5,x", "EUR:five", "EURO:5");
      case "--approval-above" -> List.of("lots", "EUR:", "-5");
      case "--order-amount", "--amount" -> List.of("1e5", "12,50", "ten");
      case "--currency" -> List.of("EURO", "XYZ");
      case "--regime" -> List.of("french");
      default -> List.of();
    };
  }

  /** Whether {@code option} names a file the command reads. */
  private static boolean isInput(OptionSpec option) {
    return option.type() == Path.class && !"DIR".equals(option.paramLabel())
        && !Set.of("--output", "--rejects", "--ledger-out", "--suggestions", "--notices-out",
            "--letters").contains(option.longestName());
  }

  /** Contents breaking the contract of the file {@code valid}: a bad header, a bad row. */
  private static List<String> invalid(Path valid) {
    try {
      String first = Files.readAllLines(valid, StandardCharsets.UTF_8).get(0);
      if (!first.contains(",")) {
        return List.of("this is not a statement\n");
      }
      int columns = first.split(",", -1).length;
      String row = String.join(",", java.util.Collections.nCopies(columns, "x?"));
      return List.of("not,the,columns,of,this,file\n1,2,3,4,5,6\n", first + "\n" + row + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code args} with the value of {@code option} replaced, or the option added. */
  private static List<String> with(List<String> args, String option, String value) {
    List<String> result = new ArrayList<>(args);
    int at = result.indexOf(option);
    if (at < 0) {
      result.add(option);
      result.add(value);
    } else {
      result.set(at + 1, value);
    }
    return result;
  }

  private static CliRun run(List<String> args) throws IOException {
    clean(out);
    return CliRun.of(args.toArray(String[]::new));
  }

  private static void assertNothingWritten(List<String> args) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      Collection<Path> left = files.filter(Files::isRegularFile).toList();
      assertThat(left).as("files left behind by the failed run %s", args).isEmpty();
    }
  }

  private static void clean(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(folder)) {
          Files.delete(p);
        }
      }
    }
  }
}
