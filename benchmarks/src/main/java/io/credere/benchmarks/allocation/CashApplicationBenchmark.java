package io.credere.benchmarks.allocation;

import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.LedgerIndex;
import io.credere.benchmarks.allocation.hard.HardScorer;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Cash application speed, side by side in one run:
 *
 * <ul>
 *   <li>{@code batchEvidence} / {@code batchLegacy}: {@link #payments} payments (default
 *       100,000) against 1,000,000 open items, the whole {@code apply(list, ...)} call (index
 *       build included), with the evidence engine and with today's chain kept as
 *       {@link CashApplication.Builder#legacy()} (the peer: same index, same inputs). With
 *       {@code remittances=hard}, a quarter of the payments and their book are a month of the
 *       hard harness ({@link HardMix}: slips, OCR, collisions, short numbers,
 *       numbers that are not references, unknown payers, namesakes, third parties, ...) laid
 *       into the easy book and interleaved with its payments; {@code remittances=easy} is the
 *       easy harness alone ({@link RemittanceScenarios});
 *   <li>{@code intradayOnIndex}: 100 payments against the same book indexed once
 *       ({@link LedgerIndex}), the service path of issue 13.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgs = {"-Xmx6g"})
public class CashApplicationBenchmark {

  /** Payments in the batch. */
  @Param({"100000"})
  public int payments;

  /** Customers (20 open items each). */
  @Param({"50000"})
  public int customers;

  /** Which remittances: {@code hard} (a quarter from the hard harness) or {@code easy}. */
  @Param({"hard", "easy"})
  public String remittances;

  private List<OpenItem> ledger;
  private List<Customer> accounts;
  private List<IncomingPayment> batch;

  private CashApplication evidence;
  private CashApplication legacy;
  private LedgerIndex book;
  private List<IncomingPayment> intraday;

  /** Generates the book and the payments once. */
  @Setup(Level.Trial)
  public void setUp() {
    if (remittances.equals("hard")) {
      HardMix mix = HardMix.of(payments, customers);
      ledger = mix.ledger();
      accounts = mix.accounts();
      batch = mix.batch();
      evidence = HardScorer.application();
    } else {
      RemittanceScenarios.Set set = RemittanceScenarios.generate(2L, customers, 20, payments);
      ledger = set.ledger();
      accounts = set.customers();
      batch = set.payments();
      evidence = AllocationHarness.application();
    }
    legacy = CashApplication.builder().legacy().policy(evidence.policy()).build();
    book = LedgerIndex.of(ledger, accounts);
    intraday = batch.subList(0, Math.min(100, batch.size()));
  }

  /** The evidence engine on the whole batch. */
  @Benchmark
  public AllocationRun batchEvidence() {
    return evidence.apply(ledger, accounts, batch);
  }

  /** Today's chain on the whole batch. */
  @Benchmark
  public AllocationRun batchLegacy() {
    return legacy.apply(ledger, accounts, batch);
  }

  /** 100 payments against the book indexed once. */
  @Benchmark
  public AllocationRun intradayOnIndex() {
    return evidence.apply(book, intraday);
  }
}
