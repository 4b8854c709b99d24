package io.credere.benchmarks.io;

import io.credere.core.item.OpenItem;
import io.credere.io.LedgerFile;
import io.credere.io.Progress;
import io.credere.io.Rejects;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Wall and CPU time of {@link LedgerFile#read} (the open items of a ledger, what
 * {@code allocate} reads), best of {@code runs} after one warm-up, with the process's CPU time
 * (user + system, all threads: the second half's thread, the collector, the compiler), the
 * caller's thread's CPU time (on an idle machine the wall time of two halves tends to the larger
 * of the caller's and the second thread's share, plus the collector's pauses), the
 * collector's time and the load average before and after. Run it once with
 * {@code -Dcredere.io.split=false} (one thread) and once without (two halves on a file of 4 MiB
 * and more), alternating, on the same file:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * io.credere.benchmarks.io.LedgerReadHalves FILE [runs]}.
 */
public final class LedgerReadHalves {

  private LedgerReadHalves() {}

  /** Prints one line per run and a summary line. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String mode = "false".equalsIgnoreCase(System.getProperty("credere.io.split"))
        ? "one thread" : "two halves";
    double loadBefore = os.getSystemLoadAverage();
    double bestWall = Double.MAX_VALUE;
    double bestCpu = 0;
    double bestGc = 0;
    double bestCaller = 0;
    double worstWall = 0;
    long items = -1;
    for (int run = 0; run <= runs; run++) {
      long gc0 = gcMillis();
      long wall0 = System.nanoTime();
      long cpu0 = os.getProcessCpuTime();
      long caller0 = threads.getCurrentThreadCpuTime();
      List<OpenItem> read = LedgerFile.read(file, Rejects.failFast(), Progress.NONE);
      double wall = (System.nanoTime() - wall0) / 1e9;
      double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
      double caller = (threads.getCurrentThreadCpuTime() - caller0) / 1e9;
      double gc = (gcMillis() - gc0) / 1e3;
      if (items >= 0 && read.size() != items) {
        throw new IllegalStateException("read " + read.size() + " items, before " + items);
      }
      items = read.size();
      read = null;
      System.out.printf(Locale.ROOT, "%s run %d: wall %.2f s, process CPU %.2f s, caller's "
          + "thread CPU %.2f s, GC %.2f s%n", mode, run, wall, cpu, caller, gc);
      if (run > 0) {
        worstWall = Math.max(worstWall, wall);
        if (wall < bestWall) {
          bestWall = wall;
          bestCpu = cpu;
          bestGc = gc;
          bestCaller = caller;
        }
      }
      System.gc();
    }
    System.out.printf(Locale.ROOT, "%s: %s, %d items: best wall %.2f s (worst %.2f s), its "
        + "process CPU %.2f s (caller's thread %.2f s), GC %.2f s; load average %.2f before, "
        + "%.2f after; %d processors%n",
        mode, file.getFileName(), items, bestWall, worstWall, bestCpu, bestCaller, bestGc,
        loadBefore,
        os.getSystemLoadAverage(), os.getAvailableProcessors());
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }
}
