package io.credere.benchmarks.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.benchmarks.aging.RealisticLedger;
import io.credere.io.LedgerFile;
import io.credere.io.Progress;
import io.credere.io.Rejects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rows per second of the contract's ledger reader on {@link #ROWS} rows of a realistic ledger
 * ({@link RealisticLedger}: shape {@code erp}, columns in another order with upper-case headers,
 * extra columns, quoted references with commas and escaped quotes, 3-decimal currencies, settled
 * rows; shape {@code excel}, the same data with a BOM, CRLF and every cell quoted), side by side
 * in the same run with two peers reading the same file:
 *
 * <ul>
 *   <li>{@code credereCheck}: {@link LedgerFile#check}, every rule of the contract and the
 *       duplicate-id check (what {@code validate} does);
 *   <li>{@code credereAge}: {@link LedgerFile#age}, the same reading straight into an aging
 *       report (what {@code aging} does);
 *   <li>{@code credereRead}: {@link LedgerFile#read}, an {@code OpenItem} per row (in two halves
 *       on two threads, the default for a file this large on two processors);
 *   <li>{@code credereReadOneThread}: the same on one thread ({@code -Dcredere.io.split=false});
 *   <li>{@code fastCsvFields}: FastCSV splitting every record and taking the eight required
 *       fields by header name as strings: no number, date or currency parsed, no rule checked,
 *       so a lower bound of what a reader on FastCSV would cost;
 *   <li>{@code duckDbSum}: DuckDB JDBC (in-process, default threads) {@code read_csv} of the file
 *       summing {@code open_amount} as a decimal and counting the rows.
 * </ul>
 *
 * <p>The file is written once per trial (not timed). Run:
 * {@code java -jar benchmarks/target/benchmarks.jar LedgerReaderBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class LedgerReaderBenchmark {

  /** Rows of the file; a score is rows per second. */
  public static final int ROWS = 500_000;

  private static final List<String> REQUIRED = LedgerFile.REQUIRED;

  /** The file's shape: {@code erp} or {@code excel}. */
  @Param({"erp", "excel"})
  public String shape;

  Path file;
  Connection duckdb;
  final AgingPolicy policy = AgingPolicy.of(LocalDate.of(2026, 12, 1));

  /** Writes the ledger (not timed). */
  @Setup(Level.Trial)
  public void setUp() throws IOException, SQLException {
    file = Files.createTempFile("credere-reader-" + shape, ".csv");
    RealisticLedger.write(file, ROWS, shape.equals("excel"), 20261201L);
    duckdb = DriverManager.getConnection("jdbc:duckdb:");
  }

  /** Deletes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException, SQLException {
    duckdb.close();
    Files.deleteIfExists(file);
  }

  /** The contract reader, checking every row (validate). */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long credereCheck() {
    return expect(LedgerFile.check(file, Rejects.failFast(), Progress.NONE));
  }

  /** The contract reader, aging as it reads (aging). */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public AgingReport credereAge() {
    return LedgerFile.age(file, policy, Rejects.failFast(), Progress.NONE);
  }

  /** The contract reader, an open item per row. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long credereRead() {
    return expect(LedgerFile.read(file, Rejects.failFast()).size());
  }

  /**
   * The contract reader, an open item per row, on one thread ({@code credereRead} reads a file
   * this large in two halves on two threads when there are two processors).
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  @Fork(value = 1, jvmArgs = {"-Xmx1g", "-Dcredere.io.split=false"})
  public long credereReadOneThread() {
    return expect(LedgerFile.read(file, Rejects.failFast()).size());
  }

  /** FastCSV: the required fields of every record, as strings. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long fastCsvFields() throws IOException {
    long length = 0;
    long rows = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true)
        .ofCsvRecord(file)) {
      int[] columns = null;
      for (CsvRecord record : reader) {
        if (columns == null) {
          columns = columns(record);
          continue;
        }
        for (int column : columns) {
          length += record.getField(column).length();
        }
        rows++;
      }
    }
    expect(rows);
    return length;
  }

  /** DuckDB: read_csv of the file, the sum of open amounts and the row count. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public String duckDbSum() throws SQLException {
    try (Statement statement = duckdb.createStatement();
        ResultSet result = statement.executeQuery("SELECT count(*), "
            + "sum(CAST(open_amount AS DECIMAL(18, 3))) FROM read_csv('" + file
            + "', header = true, all_varchar = true)")) {
      result.next();
      expect(result.getLong(1));
      return result.getString(2);
    }
  }

  private static int[] columns(CsvRecord header) {
    int[] columns = new int[REQUIRED.size()];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = -1;
      for (int i = 0; i < header.getFieldCount(); i++) {
        if (header.getField(i).strip().toLowerCase(Locale.ROOT).equals(REQUIRED.get(k))) {
          columns[k] = i;
        }
      }
      if (columns[k] < 0) {
        throw new IllegalStateException("no column " + REQUIRED.get(k));
      }
    }
    return columns;
  }

  /** Every row must have been read: a benchmark that skipped rows would measure nothing. */
  private static long expect(long rows) {
    if (rows != ROWS) {
      throw new IllegalStateException("read " + rows + " rows, expected " + ROWS);
    }
    return rows;
  }
}
