package io.credere.benchmarks.allocation;

import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.LedgerIndex;
import io.credere.core.item.OpenItem;
import io.credere.io.LedgerFile;
import io.credere.io.PaymentRow;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a batch cash application's time goes, phase by phase in one JVM, as {@code credere
 * allocate} does them (without the report): reading the ledger, reading the payments, the index
 * build, the run. Run it with the launcher's options to see the command's phases, e.g.
 * {@code java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmn256m -XX:MaxTenuringThreshold=0
 * -cp benchmarks/target/benchmarks.jar io.credere.benchmarks.allocation.AllocatePhases LEDGER
 * PAYMENTS [INDEX_BUILDS]}; with {@code INDEX_BUILDS} above 1 the index is also built that many
 * times more and the best build printed (to compare two builds of the library side by side).
 */
public final class AllocatePhases {

  private AllocatePhases() {}

  /** Times the phases on the files given. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: AllocatePhases LEDGER PAYMENTS [INDEX_BUILDS]");
      System.exit(2);
    }
    long start = System.nanoTime();
    // as the command reads it: columns, no item made until a payment comes to it
    List<OpenItem> items = LedgerFile.readColumns(Path.of(args[0]), Rejects.failFast(),
        io.credere.io.Progress.NONE);
    long read = System.nanoTime();
    List<IncomingPayment> payments = PaymentsFile.read(Path.of(args[1]), Rejects.failFast())
        .stream().map(PaymentRow::toIncomingPayment).toList();
    long paid = System.nanoTime();
    LedgerIndex index = LedgerIndex.of(items, List.of());
    long indexed = System.nanoTime();
    AllocationRun run = CashApplication.standard().apply(index, payments);
    long ran = System.nanoTime();
    double jvm = ManagementFactory.getRuntimeMXBean().getUptime() / 1e3 - (ran - start) / 1e9;
    System.out.printf(Locale.ROOT, "jvm and start %.2f s, ledger %.2f s (%d items), payments "
        + "%.2f s (%d), index %.2f s, run %.2f s (%d matched)%n", jvm, (read - start) / 1e9,
        items.size(), (paid - read) / 1e9, payments.size(), (indexed - paid) / 1e9,
        (ran - indexed) / 1e9, run.matchedCount());
    int builds = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    long best = Long.MAX_VALUE;
    for (int i = 0; i < builds; i++) {
      long from = System.nanoTime();
      LedgerIndex again = LedgerIndex.of(items, List.of());
      best = Math.min(best, System.nanoTime() - from);
      if (again.size() != items.size()) {
        throw new IllegalStateException("the index lost items");
      }
    }
    if (builds > 0) {
      System.out.printf(Locale.ROOT, "index, best of %d more builds: %.3f s%n", builds,
          best / 1e9);
    }
  }
}
