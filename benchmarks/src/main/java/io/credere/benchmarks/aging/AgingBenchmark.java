package io.credere.benchmarks.aging;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ColumnarLedger;
import io.credere.core.id.CustomerId;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.joda.money.CurrencyUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Aging {@link #items} open items in 3 currencies over 100k customers into the default buckets
 * from the columnar form, on one thread. The data are generated deterministically (a fixed
 * linear congruential sequence), so every run ages the same ledger.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class AgingBenchmark {

  /** Items to age. */
  @Param({"10000000"})
  public int items;

  /** Distinct customers. */
  @Param({"100000"})
  public int customers;

  ColumnarLedger ledger;
  AgingPolicy policy = AgingPolicy.of(LocalDate.of(2026, 6, 30));

  /** Builds the columnar ledger (not timed). */
  @Setup(Level.Trial)
  public void setUp() {
    ledger = ledger(items, customers);
  }

  /** The deterministic ledger: ~10 % credits, dates up to 400 days back, amounts to 10,000.00. */
  static ColumnarLedger ledger(int items, int customers) {
    ColumnarLedger.Builder builder = ColumnarLedger.builder(items);
    for (int c = 0; c < customers; c++) {
      builder.customer(CustomerId.of(String.format("C-%06d", c)));
    }
    CurrencyUnit[] currencies = {CurrencyUnit.EUR, CurrencyUnit.USD, CurrencyUnit.JPY};
    for (CurrencyUnit currency : currencies) {
      builder.currency(currency);
    }
    int base = (int) LocalDate.of(2026, 6, 30).toEpochDay();
    long seed = 20261123L;
    for (int i = 0; i < items; i++) {
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      int customer = (int) ((seed >>> 33) % customers);
      int currency = (int) ((seed >>> 20) & 0xFFFF) % 3;
      int back = (int) ((seed >>> 8) & 0xFFF) % 400;
      long amount = 100 + ((seed >>> 40) % 1_000_000);
      boolean credit = (seed & 0xF) == 0;
      int document = base - back;
      builder.add(customer, currency, document, document + 30, credit ? -amount : amount);
    }
    return builder.build();
  }

  /** Ages the whole ledger into the default buckets. */
  @Benchmark
  public AgingReport ageColumnar() {
    return ledger.age(policy);
  }
}
