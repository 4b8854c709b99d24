package io.credere.benchmarks.allocation.hard;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Command line of the hard harness.
 *
 * <pre>
 * HardHarness table [payments] [seed...]     per-situation table of the library (default
 *                                            3,000 payments, seeds 1 2 3), hand-written cases
 *                                            included as their own block
 * HardHarness failures [payments] [seed]     the payments that were not exact, with their truth
 * HardHarness hand                           the hand-written cases, table and failures
 * HardHarness explain payments seed ID...     the engine's lines, explanations and suggestions
 *                                            for the payments named (a failure looked into)
 * HardHarness calibrate payments seed...     suggestions right per confidence band
 * HardHarness write-csv DIR [payments] [seed] ledger.csv, customers.csv, payments.csv, truth.csv
 *                                            of a generated month (default 3,000, seed 1); with
 *                                            payments "hand", one sub-directory per hand case
 * HardHarness score-csv DIR ALLOCATE.csv [LEDGER_OUT.csv]
 *                                            scores a ./credere allocate output of DIR's files
 * </pre>
 *
 * <p>From files: {@code ./credere allocate --ledger DIR/ledger.csv --payments DIR/payments.csv
 * --customers DIR/customers.csv --as-of 2026-11-30 --tolerance-amount 5.00 --tolerance-percent 1
 * --output out.csv --ledger-out after.csv}, then {@code score-csv DIR out.csv after.csv}.
 */
public final class HardHarness {

  private HardHarness() {}

  /** Runs the harness; see the class comment for the modes. */
  public static void main(String[] args) throws Exception {
    String mode = args.length > 0 ? args[0] : "table";
    switch (mode) {
      case "table" -> {
        int payments = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        List<Long> seeds = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
          seeds.add(Long.parseLong(args[i]));
        }
        if (seeds.isEmpty()) {
          seeds.addAll(List.of(1L, 2L, 3L));
        }
        print(System.out, "hand-written cases", HardScorer.run(HandWrittenCases.all()));
        List<HardScorer.Report> reports = new ArrayList<>();
        for (long seed : seeds) {
          BankMonth month = BankMonthGenerator.generate(seed, payments);
          HardScorer.Report report = HardScorer.run(month);
          reports.add(report);
          print(System.out, month.name(), report);
        }
        if (reports.size() > 1) {
          print(System.out, "all " + seeds.size() + " seeds together", HardScorer.sum(reports));
        }
      }
      case "calibrate" -> {
        int payments = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        List<BankMonth> months = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
          months.add(BankMonthGenerator.generate(Long.parseLong(args[i]), payments));
        }
        SuggestionCalibration.Calibration c = SuggestionCalibration.of(months);
        System.out.printf("confidence >= 90: %d suggestions (%d with documents), %d right%n",
            c.high().suggestions(), c.high().documentCandidates(), c.high().right());
        System.out.printf("confidence 70-89: %d suggestions (%d with documents), %d right%n",
            c.middle().suggestions(), c.middle().documentCandidates(), c.middle().right());
        System.out.printf("confidence < 70: %d suggestions (%d with documents), %d right%n",
            c.low().suggestions(), c.low().documentCandidates(), c.low().right());
      }
      case "hand" -> {
        HardScorer.Report report = HardScorer.run(HandWrittenCases.all());
        print(System.out, "hand-written cases", report);
        report.failures().forEach(System.out::println);
      }
      case "failures" -> {
        int payments = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        HardScorer.Report report = HardScorer.run(BankMonthGenerator.generate(seed, payments));
        report.failures().forEach(System.out::println);
        report.violations().forEach(v -> System.out.println("VIOLATION " + v));
      }
      case "explain" -> {
        BankMonth month = BankMonthGenerator.generate(Long.parseLong(args[2]),
            Integer.parseInt(args[1]));
        java.util.Set<String> wanted = java.util.Arrays.stream(args).skip(3)
            .collect(java.util.stream.Collectors.toSet());
        for (io.credere.allocation.AllocationResult result : HardScorer.application()
            .apply(month.ledger(), month.customers(), month.payments()).results()) {
          if (!wanted.contains(result.payment().paymentId().value())) {
            continue;
          }
          System.out.println(result.payment().paymentId().value() + " " + result.ruleId());
          for (io.credere.core.item.OpenItem item : month.ledger()) {
            if (item.openAmount().equals(result.payment().amount())) {
              System.out.println("  open before the run, same amount: " + item.documentId()
                  + " of " + item.customerId());
            }
          }
          result.lines().forEach(line -> System.out.println("  " + line.kind() + " "
              + line.documentId().map(Object::toString).orElse("") + " " + line.amount() + ": "
              + line.explanation().sentence()));
          result.suggestions().forEach(s -> System.out.println("  suggestion " + s.rank() + " "
              + s.customerId().value() + " " + s.documentIds() + " " + s.confidence() + ": "
              + s.evidence()));
        }
      }
      case "write-csv" -> {
        java.nio.file.Path dir = java.nio.file.Path.of(args[1]);
        if (args.length > 2 && args[2].equals("hand")) {
          List<BankMonth> cases = HandWrittenCases.all();
          for (int i = 0; i < cases.size(); i++) {
            ContractFiles.write(cases.get(i), dir.resolve(String.format(Locale.ROOT,
                "case-%02d", i + 1)));
          }
          System.out.println(cases.size() + " hand-written cases written under " + dir);
        } else {
          int payments = args.length > 2 ? Integer.parseInt(args[2]) : 3_000;
          long seed = args.length > 3 ? Long.parseLong(args[3]) : 1L;
          ContractFiles.write(BankMonthGenerator.generate(seed, payments), dir);
          System.out.println("seed " + seed + ", " + payments + " payments written to " + dir);
        }
      }
      case "score-csv" -> {
        java.nio.file.Path dir = java.nio.file.Path.of(args[1]);
        BankMonth month = ContractFiles.read(dir);
        java.util.Optional<Map<String, org.joda.money.Money>> after = args.length > 3
            ? java.util.Optional.of(ContractFiles.readLedgerAfter(java.nio.file.Path.of(args[3])))
            : java.util.Optional.empty();
        HardScorer.Report report = HardScorer.score(month,
            ContractFiles.readAllocate(java.nio.file.Path.of(args[2]), month), after);
        print(System.out, dir + " scored from " + args[2], report);
      }
      default -> {
        System.err.println("usage: HardHarness table [payments] [seed...] | failures "
            + "[payments] [seed] | hand | write-csv DIR [payments|hand] [seed] | score-csv DIR "
            + "ALLOCATE.csv [LEDGER_OUT.csv]");
        System.exit(2);
      }
    }
  }

  /** Prints a report as a per-situation table. */
  public static void print(PrintStream out, String title, HardScorer.Report report) {
    out.println("== " + title);
    out.printf(Locale.ROOT, "%-24s %6s %6s %6s %6s %6s %6s %6s %6s %7s%n", "situation",
        "paymts", "determ", "exact", "wrong", "wrcust", "abstn", "rabst", "other", "exact%");
    for (Map.Entry<Situation, HardScorer.Score> entry : report.bySituation().entrySet()) {
      row(out, entry.getKey().name(), entry.getValue());
    }
    row(out, "ALL", report.total());
    out.println("invariant violations: " + report.violations().size());
    report.violations().stream().limit(10).forEach(v -> out.println("  " + v));
  }

  private static void row(PrintStream out, String name, HardScorer.Score s) {
    out.printf(Locale.ROOT, "%-24s %6d %6d %6d %6d %6d %6d %6d %6d %6.1f%%%n", name, s.payments,
        s.determinable, s.exact, s.wrong, s.wrongCustomer, s.abstained, s.rightAbstentions,
        s.other, s.exactPercent());
  }
}
