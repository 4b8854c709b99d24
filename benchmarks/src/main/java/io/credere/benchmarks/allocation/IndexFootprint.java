package io.credere.benchmarks.allocation;

import io.credere.allocation.LedgerIndex;
import java.util.Locale;

/**
 * The heap a {@link LedgerIndex} holds on top of the items it indexes: used heap after a full
 * collection with the ledger alone, then with the index built over it, divided by the items
 * (default 1,000,000 items of 50,000 customers; argument: customers). Also prints the index's
 * own estimate ({@link LedgerIndex#ownBytes()}).
 */
public final class IndexFootprint {

  private IndexFootprint() {}

  /** Measures. */
  public static void main(String[] args) throws Exception {
    int customers = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    RemittanceScenarios.Set set = RemittanceScenarios.generate(2L, customers, 20, 10);
    long before = used();
    LedgerIndex index = LedgerIndex.of(set.ledger(), set.customers());
    long after = used();
    int items = set.ledger().size();
    System.out.printf(Locale.ROOT, "%d items: index heap %.1f bytes/item measured, %.1f "
        + "bytes/item estimated by ownBytes() (customers' names and accounts included in the "
        + "measured figure)%n", items, (double) (after - before) / items,
        (double) index.ownBytes() / items);
    if (index.size() != items) {
      throw new IllegalStateException("index lost items");
    }
  }

  private static long used() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      best = Math.min(best, runtime.totalMemory() - runtime.freeMemory());
    }
    return best;
  }
}
