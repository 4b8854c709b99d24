package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger read on two threads ({@link ReadAhead}) against the same file read on one: the same
 * items, report, rejects file (byte for byte), errors and progress, on hostile files and with
 * batches as small as one row, so that every error, quoted line end and duplicate falls on a
 * batch boundary somewhere.
 */
class ReadAheadTest {

  private static final String HEADER = HostileLedgers.HEADER;

  /** Batch sizes that put boundaries everywhere, and the default. */
  private static final int[] BATCHES = {1, 2, 3, 7, 64, 4096};

  private static final AgingPolicy POLICY = AgingPolicy.of(LocalDate.of(2026, 6, 30));

  @TempDir
  Path dir;

  @AfterEach
  void no_reading_thread_outlives_a_read() {
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("credere-read-ahead") && t.isAlive());
  }

  private Path hostile(long seed, int rows, String tail) throws IOException {
    return HostileLedgers.write(dir.resolve("ledger-" + seed + ".csv"), seed, rows, tail);
  }

  /** What a read gave: its value or its error, the rejects file, the progress calls. */
  private String outcome(Path file, Function<Rejects, Object> read, boolean keepRejects,
      List<String> progress) throws IOException {
    Path rejectsFile = dir.resolve("rejects.csv");
    Files.deleteIfExists(rejectsFile);
    String result;
    Rejects rejects = keepRejects ? Rejects.toFile(rejectsFile) : Rejects.failFast();
    try (rejects) {
      result = "value " + read.apply(rejects) + " rejected " + rejects.count();
    } catch (RuntimeException e) {
      result = e.getClass().getName() + ": " + e.getMessage();
    }
    String written = Files.exists(rejectsFile) ? Files.readString(rejectsFile) : "(none)";
    return result + "\n" + written + "\n" + progress;
  }

  private void assertSame(Path file) throws IOException {
    for (boolean keep : new boolean[] {false, true}) {
      List<String> oneProgress = new ArrayList<>();
      Progress one = (s, rows, bytes, total) -> oneProgress.add(rows + "@" + bytes + "/" + total);
      String readOne = outcome(file, r -> LedgerFile.read(file, r, one,
          ReadAhead.Settings.ONE_THREAD), keep, oneProgress);
      String checkOne = outcome(file, r -> LedgerFile.check(file, r, Progress.NONE,
          ReadAhead.Settings.ONE_THREAD), keep, List.of());
      String ageOne = outcome(file, r -> LedgerFile.age(file, POLICY, r, Progress.NONE,
          ReadAhead.Settings.ONE_THREAD), keep, List.of());
      for (int batch : BATCHES) {
        for (int depth = 1; depth <= 3; depth += 2) {
          ReadAhead.Settings two = ReadAhead.Settings.always(batch, depth);
          List<String> twoProgress = new ArrayList<>();
          Progress p = (s, rows, bytes, total) -> twoProgress.add(rows + "@" + bytes + "/"
              + total);
          String where = file.getFileName() + " batch " + batch + " depth " + depth
              + (keep ? " rejects" : " fail-fast");
          assertThat(outcome(file, r -> LedgerFile.read(file, r, p, two), keep, twoProgress))
              .as("read " + where).isEqualTo(readOne);
          assertThat(outcome(file, r -> LedgerFile.check(file, r, Progress.NONE, two), keep,
              List.of())).as("check " + where).isEqualTo(checkOne);
          assertThat(outcome(file, r -> LedgerFile.age(file, POLICY, r, Progress.NONE, two),
              keep, List.of())).as("age " + where).isEqualTo(ageOne);
        }
      }
    }
  }

  @Test
  void hostile_files_read_the_same_on_two_threads_as_on_one() throws IOException {
    for (long seed = 1; seed <= 12; seed++) {
      String tail = List.of("", "C-1,LAST-1,INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,",
          "C-1,LAST-2,INVOICE,2026-01-01,2026-07-01,EUR,1,1,\"no end",
          "C-1,LAST-3,INVOICE,2026-01-01,2026-07-01,EUR,1,1,\"quoted\r\nlast\",,,",
          "\r").get((int) (seed % 5));
      assertSame(hostile(seed, 150, tail));
    }
  }

  @Test
  void the_outcomes_compared_differ_where_the_files_do() throws IOException {
    // the comparison can fail: two hostile files give different outcomes
    Path a = hostile(3, 300, "");
    Path b = hostile(4, 300, "");
    String one = outcome(a, r -> LedgerFile.read(a, r, Progress.NONE,
        ReadAhead.Settings.always(2, 1)), true, List.of());
    String other = outcome(b, r -> LedgerFile.read(b, r, Progress.NONE,
        ReadAhead.Settings.always(2, 1)), true, List.of());
    assertThat(one).isNotEqualTo(other);
    assertThat(one).contains("appears twice").contains("is not a date")
        .contains("is not UTF-8 text");
  }

  @Test
  void progress_and_a_large_file_match_across_many_batches() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 140_000; i++) {
      text.append("C-").append(i % 997).append(",INV-").append(i).append(",INVOICE,2026-01-")
          .append(10 + i % 19).append(",2026-07-01,EUR,").append(i % 500 + 1).append(".25,")
          .append(i % 3 == 0 ? "0" : "1.25").append(",\"ref ").append(i).append("\",,,\n");
    }
    Path file = Files.writeString(dir.resolve("large.csv"), text);
    List<String> oneProgress = new ArrayList<>();
    List<OpenItem> one = LedgerFile.read(file, Rejects.failFast(),
        (s, rows, bytes, total) -> oneProgress.add(rows + "@" + bytes),
        ReadAhead.Settings.ONE_THREAD);
    List<String> twoProgress = new ArrayList<>();
    List<OpenItem> two = LedgerFile.read(file, Rejects.failFast(),
        (s, rows, bytes, total) -> twoProgress.add(rows + "@" + bytes),
        ReadAhead.Settings.TWO_THREADS);
    assertThat(two).hasSize(140_000).isEqualTo(one);
    assertThat(twoProgress).hasSize(3).isEqualTo(oneProgress);
    assertThat(LedgerFile.age(file, POLICY, Rejects.failFast(), Progress.NONE,
        ReadAhead.Settings.always(1000, 2))).isEqualTo(LedgerFile.age(file, POLICY,
        Rejects.failFast(), Progress.NONE, ReadAhead.Settings.ONE_THREAD));
  }

  @Test
  void a_duplicate_in_a_later_batch_names_the_first_line() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 50; i++) {
      text.append("C-1,INV-").append(i).append(",INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,\n");
    }
    text.append("C-2,INV-7,INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,");
    Path file = Files.writeString(dir.resolve("dup.csv"), text);
    for (int batch : BATCHES) {
      assertThatThrownBy(() -> LedgerFile.check(file, Rejects.failFast(), Progress.NONE,
          ReadAhead.Settings.always(batch, 2)))
          .hasMessage(file + ", line 52, column document_id: 'INV-7' appears twice in the "
              + "ledger (first on line 9)");
    }
  }

  @Test
  void a_consumer_that_throws_stops_the_reading_thread() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 5000; i++) {
      text.append("C-1,INV-").append(i).append(",INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,\n");
    }
    Path file = Files.writeString(dir.resolve("throws.csv"), text);
    for (int batch : BATCHES) {
      int[] seen = new int[1];
      assertThatThrownBy(() -> LedgerFile.scan(file, Rejects.failFast(), Progress.NONE,
          record -> {
            if (++seen[0] == 1234) {
              throw new IllegalStateException("consumer failed at " + record.documentId());
            }
          }, batch % 2 == 0, ReadAhead.Settings.always(batch, 2)))
          .isInstanceOf(IllegalStateException.class).hasMessage("consumer failed at INV-1233");
      assertThat(seen[0]).isEqualTo(1234);
      no_reading_thread_outlives_a_read();
    }
  }

  @Test
  void an_unclosed_quote_stops_the_run_after_the_rows_before_it_were_rejected()
      throws IOException {
    String text = HEADER + "\n"
        + "C-1,INV-1,INVOICE,2026-01-01,2026-07-01,EUR,1,x,,,,\n"
        + "C-1,INV-2,INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,\n"
        + "C-1,INV-3,INVOICE,2026-01-01,2026-07-01,EUR,1,1,\"open,,,\n"
        + "C-1,INV-4,INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,\n";
    Path file = Files.writeString(dir.resolve("open.csv"), text);
    String one = outcome(file, r -> LedgerFile.read(file, r, Progress.NONE,
        ReadAhead.Settings.ONE_THREAD), true, List.of());
    assertThat(one).contains("a quote opened on line 4 is never closed")
        .contains("open_amount");
    for (int batch : BATCHES) {
      assertThat(outcome(file, r -> LedgerFile.read(file, r, Progress.NONE,
          ReadAhead.Settings.always(batch, 1)), true, List.of())).isEqualTo(one);
    }
  }
}
