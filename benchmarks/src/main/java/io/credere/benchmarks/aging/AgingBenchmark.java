package io.credere.benchmarks.aging;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ColumnarLedger;
import java.sql.Connection;
import java.sql.SQLException;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Aging {@link #items} open items in 3 currencies over {@link #customers} customers into the
 * default buckets, side by side: Credere from its columnar form on one thread, and the same
 * {@code GROUP BY customer, currency} with {@code CASE} buckets in DuckDB (in-process JDBC, one
 * thread and its default threads) and in H2 (in-memory). The data ({@link AgingData}) are loaded
 * once per trial, outside the measurement; only the aging or the query (with reading its result
 * in full) is measured. Each method loads only its own engine.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class AgingBenchmark {

  /** Items to age (H2 is slow to load 10M rows: compare all three with {@code -p items=1000000}). */
  @Param({"10000000"})
  public int items;

  /** Distinct customers. */
  @Param({"100000"})
  public int customers;

  ColumnarLedger ledger;
  Connection duckdb;
  Connection h2;
  final AgingPolicy policy = AgingPolicy.of(AgingData.AS_OF);
  final String query = SqlAging.query(AgingData.AS_OF.toEpochDay());
  final String summed = SqlAging.summed(query);

  /** Loads the data for the engine the benchmark method measures (not timed). */
  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws SQLException {
    String name = params.getBenchmark();
    load(name.substring(name.lastIndexOf('.') + 1));
  }

  void load(String benchmark) throws SQLException {
    AgingData data = AgingData.generate(items, customers);
    if (benchmark.startsWith("ageColumnar")) {
      ledger = data.ledger();
    } else if (benchmark.startsWith("duckdb")) {
      duckdb = data.duckdb(benchmark.contains("OneThread") ? 1 : 0);
    } else if (benchmark.startsWith("h2")) {
      h2 = data.h2();
    }
  }

  /** Closes the databases. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    if (duckdb != null) {
      duckdb.close();
    }
    if (h2 != null) {
      h2.close();
    }
  }

  /** Credere: ages the whole ledger into the default buckets, one thread. */
  @Benchmark
  public AgingReport ageColumnar() {
    return ledger.age(policy);
  }

  /** DuckDB with {@code SET threads = 1}: the fair single-thread comparison. */
  @Benchmark
  public SqlAging duckdbOneThread() throws SQLException {
    return SqlAging.run(duckdb, query);
  }

  /**
   * DuckDB with {@code SET threads = 1}, the engine alone: the same aggregation, its rows summed
   * in SQL so that one row crosses JDBC (what reading 300k rows through JDBC costs aside).
   */
  @Benchmark
  public SqlAging duckdbOneThreadEngineOnly() throws SQLException {
    return SqlAging.run(duckdb, summed);
  }

  /** DuckDB with its default threads (one per core). */
  @Benchmark
  public SqlAging duckdbDefaultThreads() throws SQLException {
    return SqlAging.run(duckdb, query);
  }

  /** H2, in-memory. */
  @Benchmark
  public SqlAging h2() throws SQLException {
    return SqlAging.run(h2, query);
  }
}
