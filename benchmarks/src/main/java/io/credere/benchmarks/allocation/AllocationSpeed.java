package io.credere.benchmarks.allocation;

import io.credere.allocation.AllocationRun;
import java.util.Locale;

/**
 * Timed run: 100,000 payments against 1,000,000 open items of 50,000 customers (defaults;
 * override with arguments payments customers itemsPerCustomer). Prints the wall time of the
 * apply call (index build included) after one warm-up run on a smaller set.
 */
public final class AllocationSpeed {

  private AllocationSpeed() {}

  /** Runs the timing. */
  public static void main(String[] args) {
    int payments = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int customers = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int items = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    RemittanceScenarios.Set warm = RemittanceScenarios.generate(1L, 5_000, items, 10_000);
    AllocationHarness.application().apply(warm.ledger(), warm.customers(), warm.payments());
    RemittanceScenarios.Set set = RemittanceScenarios.generate(2L, customers, items, payments);
    long start = System.nanoTime();
    AllocationRun run = AllocationHarness.application().apply(set.ledger(), set.customers(),
        set.payments());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "%d payments against %d open items of %d customers: %.2f s,"
        + " %d matched%n", payments, set.ledger().size(), customers, seconds, run.matchedCount());
  }
}
