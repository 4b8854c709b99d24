package io.credere.benchmarks;

import io.credere.core.money.MoneySplit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.joda.money.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** How long an exact split of a payment plan takes, by number of instalments. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MoneySplitBenchmark {

  @Param({"3", "12", "60"})
  int parts;

  Money debt = Money.parse("EUR 123456.78");

  /** Splits the debt evenly into {@link #parts} instalments. */
  @Benchmark
  public List<Money> splitEvenly() {
    return MoneySplit.evenly(debt, parts);
  }
}
