package io.credere.benchmarks.allocation;

import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.LedgerIndex;
import io.credere.benchmarks.allocation.hard.HardScorer;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import io.credere.io.LedgerFile;
import io.credere.io.PaymentRow;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A deterministic run written out in full, to prove a speed-up changed no decision, and timed in
 * its two parts (the index build, the run on the index):
 *
 * <ul>
 *   <li>{@code hard <payments> <out>}: the benchmark's hard mix ({@link HardMix}: a quarter of
 *       the payments from the hard harness laid into a generated 1M-item book), the harness's
 *       application;
 *   <li>{@code e2e <ledger.csv> <payments.csv> <out>}: contract files read with credere-io,
 *       the default application (as {@code ./credere allocate} without options).
 * </ul>
 *
 * <p>Every result of the run is written to {@code out}, one per line (its full
 * {@code toString}: lines, nettings, evidence, reasons), then the ledger after the run. Times go
 * to standard error: best of {@code repeats} (a system property, default 3), wall and the main
 * thread's CPU time (the figure to compare on a loaded machine; GC threads not included).
 */
public final class AllocationFingerprint {

  private AllocationFingerprint() {}

  /** Runs one mode; see the class comment. */
  public static void main(String[] args) throws IOException {
    List<OpenItem> ledger;
    List<Customer> accounts;
    List<IncomingPayment> batch;
    CashApplication application;
    Path out;
    if (args[0].equals("hard")) {
      HardMix mix = HardMix.of(Integer.parseInt(args[1]), 50_000);
      ledger = mix.ledger();
      accounts = mix.accounts();
      batch = mix.batch();
      application = HardScorer.application();
      out = Path.of(args[2]);
    } else {
      ledger = LedgerFile.read(Path.of(args[1]), Rejects.failFast());
      accounts = List.of();
      batch = new ArrayList<>();
      for (PaymentRow row : PaymentsFile.read(Path.of(args[2]), Rejects.failFast())) {
        batch.add(row.toIncomingPayment());
      }
      application = CashApplication.builder().build();
      out = Path.of(args[3]);
    }
    int repeats = Integer.getInteger("repeats", 3);
    double bestIndex = Double.MAX_VALUE;
    double bestRun = Double.MAX_VALUE;
    double bestApply = Double.MAX_VALUE;
    double cpuIndex = Double.MAX_VALUE;
    double cpuRun = Double.MAX_VALUE;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    AllocationRun run = null;
    for (int r = 0; r < repeats; r++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      LedgerIndex index = LedgerIndex.of(ledger, accounts);
      long built = System.nanoTime();
      long cpuBuilt = threads.getCurrentThreadCpuTime();
      application.apply(index, batch);
      long ran = System.nanoTime();
      long cpuRan = threads.getCurrentThreadCpuTime();
      run = application.apply(ledger, accounts, batch);
      long applied = System.nanoTime();
      bestIndex = Math.min(bestIndex, (built - start) / 1e9);
      bestRun = Math.min(bestRun, (ran - built) / 1e9);
      bestApply = Math.min(bestApply, (applied - ran) / 1e9);
      cpuIndex = Math.min(cpuIndex, (cpuBuilt - cpuStart) / 1e9);
      cpuRun = Math.min(cpuRun, (cpuRan - cpuBuilt) / 1e9);
    }
    System.err.printf(Locale.ROOT, "%s: %d items, %d payments; best of %d: index %.3f s"
        + " (main thread CPU %.3f s), run on index %.3f s (CPU %.3f s, %.1f us a payment),"
        + " apply(lists) %.3f s; load average %.2f%n", args[0], ledger.size(), batch.size(),
        repeats, bestIndex, cpuIndex, bestRun, cpuRun, cpuRun * 1e6 / batch.size(), bestApply,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (AllocationResult result : run.results()) {
        writer.write(result.toString());
        writer.newLine();
      }
      for (OpenItem item : run.ledgerAfter()) {
        writer.write(item.toString());
        writer.newLine();
      }
    }
  }
}
