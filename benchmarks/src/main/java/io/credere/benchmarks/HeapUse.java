package io.credere.benchmarks;

/** The heap a footprint measurement reads: what is in use once collecting frees no more. */
public final class HeapUse {

  private HeapUse() {}

  /** Bytes in use after up to ten collections, stopping when one frees nothing more. */
  public static long settled() {
    Runtime runtime = Runtime.getRuntime();
    long before = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = runtime.totalMemory() - runtime.freeMemory();
      if (now >= before) {
        return Math.min(now, before);
      }
      before = now;
    }
    return before;
  }
}
