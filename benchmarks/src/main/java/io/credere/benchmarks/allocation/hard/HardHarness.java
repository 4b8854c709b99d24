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
 * </pre>
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
        for (long seed : seeds) {
          BankMonth month = BankMonthGenerator.generate(seed, payments);
          print(System.out, month.name(), HardScorer.run(month));
        }
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
      default -> {
        System.err.println("usage: HardHarness table [payments] [seed...] | failures "
            + "[payments] [seed]");
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
