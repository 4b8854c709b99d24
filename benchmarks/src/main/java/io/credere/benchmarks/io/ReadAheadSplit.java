package io.credere.benchmarks.io;

import io.credere.aging.AgingPolicy;
import io.credere.io.LedgerFile;
import io.credere.io.Progress;
import io.credere.io.Rejects;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * How the ledger reader's work splits between the caller's thread and the read-ahead thread:
 * for each of {@code check}, {@code age} and {@code read}, the wall time, the CPU time of the
 * caller's thread and the CPU time of the whole process (the rest is the reading thread, the
 * collector and the compiler), best of {@code runs} after one warm-up. On an idle machine with
 * two cores the wall time of a read on two threads tends to the larger of the two shares; on a
 * loaded one it says little. Run once as is and once with {@code -Dcredere.io.readAhead=true}:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar io.credere.benchmarks.io.ReadAheadSplit
 * FILE [runs]}.
 */
public final class ReadAheadSplit {

  private ReadAheadSplit() {}

  /** Prints one line per task. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    AgingPolicy policy = AgingPolicy.of(LocalDate.of(2026, 12, 1));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (String task : new String[] {"check", "age", "read"}) {
      double bestWall = Double.MAX_VALUE;
      double caller = 0;
      double process = 0;
      for (int run = 0; run <= runs; run++) {
        long wall0 = System.nanoTime();
        long caller0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        Object result;
        switch (task) {
          case "check":
            result = LedgerFile.check(file, Rejects.failFast(), Progress.NONE);
            break;
          case "age":
            result = LedgerFile.age(file, policy, Rejects.failFast(), Progress.NONE);
            break;
          default:
            result = LedgerFile.read(file, Rejects.failFast()).size();
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        if (run > 0 && wall < bestWall) {
          bestWall = wall;
          caller = (threads.getCurrentThreadCpuTime() - caller0) / 1e9;
          process = (os.getProcessCpuTime() - process0) / 1e9;
        }
        if (result == null) {
          throw new IllegalStateException();
        }
      }
      System.out.printf(Locale.ROOT, "%-5s wall %.2f s, caller's thread CPU %.2f s, process CPU "
          + "%.2f s (readAhead=%s)%n", task, bestWall, caller, process,
          Boolean.getBoolean("credere.io.readAhead"));
    }
    System.out.printf(Locale.ROOT, "load average %.2f, %d processors%n",
        os.getSystemLoadAverage(), os.getAvailableProcessors());
  }
}
