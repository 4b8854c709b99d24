package io.credere.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.core.error.CredereException;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import io.credere.core.item.OpenItem;
import io.credere.io.AllocationsFile;
import io.credere.io.ArHistoryFile;
import io.credere.io.ContactsFile;
import io.credere.io.CustomersFile;
import io.credere.io.DisputesFile;
import io.credere.io.FinancialsFile;
import io.credere.io.FxRatesFile;
import io.credere.io.HistoryFile;
import io.credere.io.LedgerFile;
import io.credere.io.NoticesFile;
import io.credere.io.PaymentsFile;
import io.credere.io.PolicyFile;
import io.credere.io.Progress;
import io.credere.io.RatesFile;
import io.credere.io.Rejects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

/**
 * Coverage-guided fuzzing (Jazzer) of every contract CSV reader of {@code credere-io}, strict:
 * whatever the bytes, a reader returns rows (each good row kept, each bad one in the rejects
 * file, never more rows than lines) or refuses with a {@link ValidationException} whose position
 * names the file and a line of it. Anything else is a finding: another exception (a
 * {@link CredereException} without a position included), an error without a line, an input that
 * takes more than {@value #SLOW_MILLIS} ms (a hang), or memory beyond the fuzzing run's small
 * heap (io's pom runs it with {@code -Xmx256m}).
 *
 * <p>Without {@code JAZZER_FUZZ} each method is a regression test over its inputs in
 * {@code src/test/resources/io/credere/io/fuzz/CsvReadersFuzzTestInputs/<method>/}. With
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes the one method selected with
 * {@code -Dtest=CsvReadersFuzzTest#ledger} for its {@code maxDuration}: io's pom runs
 * {@link #allReaders} that way in {@code mvn verify} (skip it with {@code -DskipFuzz=true}); the
 * per-reader targets are for longer runs (benchmarks/README.md has the figures).
 */
class CsvReadersFuzzTest {

  /** A reader's own target: the length of a long run, one target per JVM. */
  private static final String DURATION = "10m";
  /** One input slower than this is reported as a hang. */
  private static final long SLOW_MILLIS = 10_000;
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
  private static Path directory;

  /** A contract reader: the rows it returns for a file. */
  private interface Reader {
    Collection<?> read(Path file, Rejects rejects);
  }

  /** The readers, in the order the first byte of {@link #allReaders} chooses them. */
  private static final List<Reader> READERS = List.of(
      LedgerFile::read, CustomersFile::read, PaymentsFile::read, HistoryFile::read,
      FinancialsFile::read, ArHistoryFile::read, ContactsFile::read,
      (file, rejects) -> List.of(PolicyFile.readWithLines(file, rejects).policy()),
      NoticesFile::read, (file, rejects) -> List.of(RatesFile.read(file, rejects)),
      (file, rejects) -> List.of(FxRatesFile.read(file, rejects)), DisputesFile::read,
      (file, rejects) -> AllocationsFile.read(file, rejects, (row, allocation) -> { }),
      CsvReadersFuzzTest::ledgerPaths);

  /**
   * Every reader in one target, the short run of {@code mvn verify}: the first byte chooses the
   * reader (low nibble, modulo the readers) and the mode (high bit: a rejects file), the rest is
   * the file.
   */
  @FuzzTest(maxDuration = "60s")
  @DictionaryEntries({"customer_id", "document_id", "document_type", "document_date", "due_date",
      "currency", "amount", "open_amount", "payment_id", "payment_date", "name", "credit_limit",
      "paid_date", "period", "level", "days_overdue", "min_amount", "channel", "fee", "interest",
      "wait_days", "effective_date", "rate", "documents", "from_currency", "to_currency",
      "dispute_id", "reason", "owner", "status", "opened", "due", "kind", "outcome", "date",
      "promised_amount", "promised_date", "credit_sales", "total_assets", "INVOICE",
      "CREDIT_NOTE", "PAYMENT", "ALLOCATED", "PROMISE_TO_PAY", "OPEN", "PRICING", "BILLING",
      "EUR", "JPY", "BHD", "2026-01-31", "2026-13-01", "2026-02", "1000000000000000.01",
      "92233720368547758.08", "LETTER", "true", ";", "\"", "\r", "\uFEFF"})
  void allReaders(byte[] data) {
    if (data.length == 0) {
      return;
    }
    byte[] rest = Arrays.copyOfRange(data, 1, data.length);
    read(rest, (data[0] & 0x80) != 0, READERS.get((data[0] & 0x0F) % READERS.size()));
  }

  @FuzzTest(maxDuration = DURATION)
  void ledger(byte[] data) {
    read(data, READERS.get(0));
  }

  @FuzzTest(maxDuration = DURATION)
  void customers(byte[] data) {
    read(data, READERS.get(1));
  }

  @FuzzTest(maxDuration = DURATION)
  void payments(byte[] data) {
    read(data, READERS.get(2));
  }

  @FuzzTest(maxDuration = DURATION)
  void history(byte[] data) {
    read(data, READERS.get(3));
  }

  @FuzzTest(maxDuration = DURATION)
  void financials(byte[] data) {
    read(data, READERS.get(4));
  }

  @FuzzTest(maxDuration = DURATION)
  void arHistory(byte[] data) {
    read(data, READERS.get(5));
  }

  @FuzzTest(maxDuration = DURATION)
  void contacts(byte[] data) {
    read(data, READERS.get(6));
  }

  @FuzzTest(maxDuration = DURATION)
  void policy(byte[] data) {
    read(data, READERS.get(7));
  }

  @FuzzTest(maxDuration = DURATION)
  void notices(byte[] data) {
    read(data, READERS.get(8));
  }

  @FuzzTest(maxDuration = DURATION)
  void rates(byte[] data) {
    read(data, READERS.get(9));
  }

  @FuzzTest(maxDuration = DURATION)
  void fxRates(byte[] data) {
    read(data, READERS.get(10));
  }

  @FuzzTest(maxDuration = DURATION)
  void disputes(byte[] data) {
    read(data, READERS.get(11));
  }

  @FuzzTest(maxDuration = DURATION)
  void allocations(byte[] data) {
    read(data, READERS.get(12));
  }

  /** The ledger's three paths (read, validate's check, aging's stream) agree on every file. */
  @FuzzTest(maxDuration = DURATION)
  void ledgerPaths(byte[] data) {
    read(data, READERS.get(13));
  }

  /**
   * Reads the ledger as {@code read}, {@code check} and {@code age} do: all three keep the same
   * rows (the streamed aging equals the aging of the rows read) or all three refuse the file at
   * the same line with the same rule.
   */
  private static Collection<?> ledgerPaths(Path file, Rejects rejects) {
    AgingPolicy policy = AgingPolicy.of(AS_OF);
    boolean collect = rejects.keepsGoing();
    List<OpenItem> items;
    try {
      items = LedgerFile.read(file, rejects);
    } catch (ValidationException refused) {
      try (Rejects checked = same(collect, file, "check");
          Rejects aged = same(collect, file, "age")) {
        for (Runnable other : List.<Runnable>of(
            () -> LedgerFile.check(file, checked, Progress.NONE),
            () -> LedgerFile.age(file, policy, aged, Progress.NONE))) {
          try {
            other.run();
            fail("read refused the file (" + refused.getMessage() + ") but another path took it");
          } catch (ValidationException same) {
            assertThat(same.position().line()).as(same.getMessage() + " / read: "
                + refused.getMessage()).isEqualTo(refused.position().line());
            assertThat(same.rule()).isEqualTo(refused.rule());
          }
        }
      }
      throw refused;
    }
    try (Rejects checked = same(collect, file, "check");
        Rejects aged = same(collect, file, "age")) {
      assertThat(LedgerFile.check(file, checked, Progress.NONE)).isEqualTo(items.size());
      assertThat(checked.count()).isEqualTo(rejects.count());
      assertThat(LedgerFile.age(file, policy, aged, Progress.NONE))
          .isEqualTo(AgingReport.of(policy, items));
      assertThat(aged.count()).isEqualTo(rejects.count());
    }
    return items;
  }

  /** Rejects of the same kind as the read's: a file beside the input, or fail fast. */
  private static Rejects same(boolean collect, Path file, String path) {
    return collect ? Rejects.toFile(file.resolveSibling("rejects-" + path + ".csv"))
        : Rejects.failFast();
  }

  /** Reads {@code data} failing fast when its first byte is even, with a rejects file when odd. */
  private static void read(byte[] data, Reader reader) {
    read(data, data.length > 0 && (data[0] & 1) == 1, reader);
  }

  private static void read(byte[] data, boolean collect, Reader reader) {
    Path input = write(data);
    long lines = 1;
    for (int i = 0; i < data.length; i++) {
      if (data[i] == '\n' || data[i] == '\r' && (i + 1 == data.length || data[i + 1] != '\n')) {
        lines++;
      }
    }
    long started = System.nanoTime();
    try (Rejects rejects = collect ? Rejects.toFile(input.resolveSibling("rejects.csv"))
        : Rejects.failFast()) {
      Collection<?> rows = reader.read(input, rejects);
      assertThat(rows).doesNotContainNull();
      // a row is kept or rejected, never both, never invented: at most one per line
      assertThat((long) rows.size() + rejects.count()).isLessThanOrEqualTo(lines);
    } catch (ValidationException e) {
      InputPosition position = e.position();
      assertThat(position.source()).as("the file named in: " + e.getMessage())
          .contains(input.toString());
      OptionalLong line = position.line();
      assertThat(line).as("a line named in: " + e.getMessage()).isPresent();
      assertThat(line.getAsLong()).as("the line named in: " + e.getMessage())
          .isBetween(1L, lines);
      assertThat(e.getMessage()).contains(input.toString()).contains("line");
    } catch (CredereException e) {
      fail("a refusal without a position: " + e.getClass().getName() + ": " + e.getMessage(), e);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertThat(millis).as("milliseconds for " + data.length + " bytes")
        .isLessThan(SLOW_MILLIS);
  }

  private static Path write(byte[] data) {
    try {
      if (directory == null) {
        directory = Files.createTempDirectory("credere-io-fuzz");
      }
      Path file = directory.resolve("input.csv");
      Files.write(file, data);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
