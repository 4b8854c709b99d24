package io.credere.benchmarks.scoring;

import io.credere.scoring.CreditAssessor;
import io.credere.scoring.CreditCheck;
import io.credere.scoring.CreditCheckRequest;
import io.credere.scoring.CreditDesk;
import io.credere.scoring.CreditLedgerIndex;
import io.credere.scoring.CustomerData;
import io.credere.scoring.ExchangeRates;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Per-call latency percentiles of the credit check paths on one thread, measured both as wall
 * time and as the thread's own CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime}): on a
 * shared, overloaded machine the wall-time tail is the scheduler's, the CPU-time tail is the
 * code's. Same book and paths as {@link CreditCheckBenchmark}:
 * {@code java -cp benchmarks/target/benchmarks.jar
 * io.credere.benchmarks.scoring.CreditCheckLatency [calls]}.
 */
public final class CreditCheckLatency {

  private CreditCheckLatency() {}

  /** Prints the percentiles. */
  public static void main(String[] args) {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int customers = 5_000;
    int perCustomer = 40;
    CreditBook book = CreditBook.generate(customers, perCustomer, 42L);
    ExchangeRates rates = ExchangeRates.of(CreditBook.rates());
    CreditCheck check = CreditCheck.standard().withExchangeRates(rates);
    CreditAssessor assessor = CreditAssessor.builder().exchangeRates(rates).build();
    long start = System.nanoTime();
    CreditDesk desk = CreditDesk.of(check, CreditLedgerIndex.of(book.items()));
    long indexBuild = System.nanoTime() - start;
    Money order = Money.of(CurrencyUnit.EUR, 2_500);
    IntConsumer assess = c -> desk.keep(assessor.assess(CustomerData.builder()
        .customer(book.customers().get(c)).asOf(CreditBook.AS_OF)
        .addAllOpenItems(book.items().subList(c * perCustomer, (c + 1) * perCustomer))
        .build()));
    for (int c = 0; c < customers; c++) {
      assess.accept(c);
    }
    System.out.printf(Locale.ROOT, "book: %d customers, %d open items; index built in %.0f ms%n",
        customers, book.items().size(), indexBuild / 1e6);
    IntConsumer indexed = c -> desk.check(book.customers().get(c), order, CreditBook.AS_OF);
    IntConsumer assessThenCheck = c -> {
      assess.accept(c);
      desk.check(book.customers().get(c), order, CreditBook.AS_OF);
    };
    IntConsumer wholeBook = c -> check.check(CreditCheckRequest.builder()
        .customer(book.customers().get(c)).addAllOpenItems(book.items()).newOrder(order)
        .asOf(CreditBook.AS_OF).build());
    measure("indexedView (kept knock-out)", indexed, calls, customers);
    if (args.length > 1 && args[1].equals("indexed")) {
      return;
    }
    measure("assessThenCheck", assessThenCheck, calls / 4, customers);
    measure("wholeBook (today's path)", wholeBook, 300, customers);
  }

  private static void measure(String name, IntConsumer call, int calls, int customers) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < Math.max(calls / 2, 50); i++) {
      call.accept(i % customers);
    }
    long[] wall = new long[calls];
    long[] cpu = new long[calls];
    for (int i = 0; i < calls; i++) {
      int c = (int) ((i * 7919L) % customers);
      long cpu0 = threads.getCurrentThreadCpuTime();
      long wall0 = System.nanoTime();
      call.accept(c);
      wall[i] = System.nanoTime() - wall0;
      cpu[i] = threads.getCurrentThreadCpuTime() - cpu0;
    }
    System.out.printf(Locale.ROOT, "%-30s %7d calls  wall p50 %9.1f p99 %9.1f p99.9 %9.1f us"
        + "   cpu p50 %9.1f p99 %9.1f p99.9 %9.1f us%n", name, calls, pct(wall, 0.50),
        pct(wall, 0.99), pct(wall, 0.999), pct(cpu, 0.50), pct(cpu, 0.99), pct(cpu, 0.999));
  }

  private static double pct(long[] values, double p) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
  }
}
