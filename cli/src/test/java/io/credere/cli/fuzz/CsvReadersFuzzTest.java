package io.credere.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.credere.io.NoticesFile;
import io.credere.io.PolicyFile;
import io.credere.io.RatesFile;
import io.credere.io.ArHistoryFile;
import io.credere.io.CustomersFile;
import io.credere.io.FinancialsFile;
import io.credere.io.HistoryFile;
import io.credere.io.LedgerFile;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import io.credere.core.error.CredereException;
import io.credere.core.error.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Coverage-guided fuzzing (Jazzer) of every contract CSV reader: whatever the bytes, a reader
 * returns rows or refuses the file with a clean {@link CredereException} naming the file (a
 * {@link ValidationException} with its position when a field or row is wrong); never another
 * exception, a hang or unbounded memory (Jazzer reports those as findings).
 *
 * <p>Without {@code JAZZER_FUZZ} each method runs as a regression test on the inputs in
 * {@code src/test/resources/io/credere/cli/fuzz/CsvReadersFuzzTestInputs/<method>/} (and an empty
 * input). With {@code JAZZER_FUZZ=1} Jazzer fuzzes the one method selected with
 * {@code -Dtest=CsvReadersFuzzTest#ledger} for its {@code maxDuration}: cli's pom runs
 * {@link #allReaders} that way for 45 s in {@code mvn verify}; the per-reader methods are for
 * longer local runs (5 minutes each).
 */
class CsvReadersFuzzTest {

  /** A reader's own target: for long local runs, one reader per JVM. */
  private static final String DURATION = "5m";
  private static Path file;

  /** The readers in the order the first byte of {@link #allReaders} chooses them. */
  private static final List<BiFunction<Path, Rejects, Collection<?>>> READERS = List.of(
      LedgerFile::read, CustomersFile::read, PaymentsFile::read, HistoryFile::read,
      FinancialsFile::read, ArHistoryFile::read, NoticesFile::read,
      (path, rejects) -> List.of(PolicyFile.read(path)),
      (path, rejects) -> List.of(RatesFile.read(path)));

  /**
   * Every reader in one target (the short run of {@code mvn verify}: one JVM, 45 s): the first
   * byte chooses the reader (low nibble, modulo 9) and the mode (high bit: rejects file), the
   * rest is the file.
   */
  @FuzzTest(maxDuration = "45s")
  @DictionaryEntries({"customer_id", "document_id", "document_type", "document_date", "due_date",
      "currency", "amount", "open_amount", "payment_id", "payment_date", "name", "credit_limit",
      "paid_date", "period", "level", "days_overdue", "min_amount", "channel", "fee", "interest",
      "wait_days", "effective_date", "rate", "documents", "INVOICE", "CREDIT_NOTE", "PAYMENT",
      "EUR", "JPY", "BHD", "2026-01-31", "2026-13-01", "1000000000000000.01",
      "92233720368547758.08", "LETTER", "true", ";"})
  void allReaders(byte[] data) {
    if (data.length == 0) {
      return;
    }
    byte[] rest = java.util.Arrays.copyOfRange(data, 1, data.length);
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
  void notices(byte[] data) {
    read(data, READERS.get(6));
  }

  @FuzzTest(maxDuration = DURATION)
  void policy(byte[] data) {
    read(data, READERS.get(7));
  }

  @FuzzTest(maxDuration = DURATION)
  void rates(byte[] data) {
    read(data, READERS.get(8));
  }

  /**
   * Reads {@code data} as a file, failing fast when its first byte is even and with a rejects
   * file when odd (the reader then goes through every row).
   */
  private static void read(byte[] data, BiFunction<Path, Rejects, Collection<?>> reader) {
    read(data, data.length > 0 && (data[0] & 1) == 1, reader);
  }

  private static void read(byte[] data, boolean collect,
      BiFunction<Path, Rejects, Collection<?>> reader) {
    Path input = write(data);
    Path rejectsFile = input.resolveSibling("rejects.csv");
    try (Rejects rejects = collect ? Rejects.toFile(rejectsFile) : Rejects.failFast()) {
      Collection<?> rows = reader.apply(input, rejects);
      assertThat(rows).doesNotContainNull();
      // a file of n line ends has at most n + 1 rows, header included
      long lineEnds = 1;
      for (byte b : data) {
        if (b == '\n' || b == '\r') {
          lineEnds++;
        }
      }
      assertThat((long) rows.size() + rejects.count()).isLessThanOrEqualTo(lineEnds);
    } catch (ValidationException e) {
      assertThat(e.position().source()).as("the file named in " + e.getMessage())
          .contains(input.toString());
      assertThat(e.getMessage()).isNotBlank();
    } catch (CredereException e) {
      assertThat(e.getMessage()).as("a refusal names the file").startsWith(input.toString());
    }
  }

  private static Path write(byte[] data) {
    try {
      if (file == null) {
        file = Files.createTempDirectory("credere-fuzz").resolve("input.csv");
      }
      Files.write(file, data);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
