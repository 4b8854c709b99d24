package io.credere.io;

import io.credere.core.error.ValidationException;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a large ledger into open items on two threads, with the result of one thread: the file
 * is cut at a guessed row start after its middle; a second thread parses and converts the rows
 * from there to the end while the caller's thread reads the first half, then the caller takes
 * the second half's items in file order, making the duplicate-id check across the whole file.
 *
 * <p>The guess (the byte after the first line end past the middle, and after any blank lines
 * there) is only right when the caller's parser, reading on, starts a record exactly there: not
 * when the guess fell inside a quoted field with line ends. Then the second half's work is thrown
 * away and the caller's parser reads on alone, as on one thread. A record that starts where the
 * caller's parser starts one is parsed the same whoever parses it (a parser at a record start
 * has no state but its line number), so the halves' rows are the file's rows.
 *
 * <p>The second thread knows its rows' lines only relative to the cut; it keeps its good rows'
 * items, id hashes, offsets and lines. Its bad rows, and good rows whose id hash was seen before
 * (a duplicate or a collision of hashes), are read again at their offset by the caller's thread
 * with their true line, through the one-thread path: so every error, reject and duplicate is
 * found and worded exactly as on one thread, in file order. A failure of the second thread that
 * is not a row's error (an unclosed quote, a record too long, an I/O error) throws its work away:
 * the caller's parser reads on alone and meets the same failure at the same row as one thread.
 *
 * <p>Progress counts the rows of both halves while they are read (on the caller's thread); when
 * the second half is thrown away the count falls back to the caller's own rows.
 */
final class LedgerSplit {

  /** How long the caller waits for the second half between progress reports, in ms. */
  private static final long WAIT_MS = 250;
  /** How far past the guess a line end is looked for. */
  private static final int SEARCH_BYTES = 1 << 20;

  /** When, and where, a ledger is read in two halves. */
  static final class Settings {
    /** Never two halves. */
    static final Settings ONE_THREAD = new Settings(Long.MAX_VALUE, Integer.MAX_VALUE, -1,
        what -> { });
    /** Two halves for files of 4 MiB and more when the JVM has two processors. */
    static final Settings TWO_HALVES = new Settings(4L << 20, 2, -1, what -> { });
    /**
     * The readers' setting: {@link #TWO_HALVES} unless the system property
     * {@code credere.io.split} is {@code false} (a host that wants one thread).
     */
    static final Settings DEFAULT = "false".equalsIgnoreCase(
        System.getProperty("credere.io.split")) ? ONE_THREAD : TWO_HALVES;

    final long minBytes;
    final int minProcessors;
    /** The offset after which the cut is looked for; -1 for the middle. */
    final long guess;
    /** Told how each read went: {@code halves}, or {@code one thread:} and why. */
    final Consumer<String> told;

    private Settings(long minBytes, int minProcessors, long guess, Consumer<String> told) {
      this.minBytes = minBytes;
      this.minProcessors = minProcessors;
      this.guess = guess;
      this.told = told;
    }

    /**
     * Always two halves, cut at the first row start found after {@code guess} ({@code told} how
     * each read went; for tests).
     */
    static Settings at(long guess, Consumer<String> told) {
      return new Settings(0, 1, guess, told);
    }

    /** Whether a file of {@code size} bytes is read in two halves. */
    boolean applies(long size) {
      return size >= minBytes && size > 0
          && Runtime.getRuntime().availableProcessors() >= minProcessors;
    }
  }

  private LedgerSplit() {}

  /**
   * Reads the data rows of {@code parser} (its header read) into {@code items}, in two halves
   * when a cut is found.
   *
   * @param rows the one-thread work on a row (decode, duplicate check, the sink adding to
   *     {@code items})
   * @param shared the caller's shared values, over the {@link SharedValues.Common} the second
   *     thread uses too
   * @return the number of data rows read (good and bad)
   */
  static long rows(Path file, CsvParser parser, CsvHeader header, long size, Settings settings,
      LedgerFile.Rows rows, List<OpenItem> items, SharedValues shared, Rejects rejects,
      Progress progress) throws IOException {
    long cut = cut(file, settings.guess >= 0 ? settings.guess : size / 2, size);
    if (cut < 0) {
      settings.told.accept("one thread: no line end after the guess");
      return CsvInput.rows(parser, header, rows, rejects, progress, size);
    }
    Half half = new Half(file, cut, size, header, shared);
    Thread thread = new Thread(half, "credere-ledger-half");
    thread.setDaemon(true);
    thread.start();
    try {
      String source = parser.source();
      CsvRow row = new CsvRow(parser, header);
      LedgerRecord[] columns = rows.columns(1);
      long count = 0;
      while (parser.next()) {
        if (half != null && parser.recordOffset() >= cut) {
          if (parser.recordOffset() == cut && finished(thread, half, count, cut, parser, progress,
              size)) {
            settings.told.accept("halves");
            count = merge(file, half, parser.recordLine() - 1, count, header, rows, columns,
                items, rejects);
            progress.update(source, count, size, size);
            return count;
          }
          settings.told.accept(parser.recordOffset() == cut
              ? "one thread: the second half failed: " + half.failure
              : "one thread: the cut is inside a row");
          stop(thread, half);
          half = null;
        }
        if (row.allBlank()) {
          continue;
        }
        count++;
        CsvInput.row(row, rows, columns, rejects);
        if ((count & (CsvInput.PROGRESS_EVERY - 1)) == 0) {
          progress.update(source, count + (half == null ? 0 : half.rowsDone),
              parser.recordOffset() + (half == null ? 0 : half.bytesDone), size);
        }
      }
      if (half != null) {
        settings.told.accept("one thread: no row starts at or after the cut");
      }
      progress.update(source, count, size, size);
      return count;
    } finally {
      stop(thread, half);
    }
  }

  /**
   * The guessed start of the second half: the byte after the first line end at or after
   * {@code guess}, past any further line ends (blank lines, which both parsers skip); -1 when
   * none is found within {@link #SEARCH_BYTES} or only line ends follow.
   */
  static long cut(Path file, long guess, long size) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      ByteBuffer buffer = ByteBuffer.allocate(64 << 10);
      long at = guess;
      boolean afterLineEnd = false;
      while (at < size && at < guess + SEARCH_BYTES) {
        buffer.clear();
        int n = channel.read(buffer, at);
        if (n <= 0) {
          return -1;
        }
        for (int k = 0; k < n; k++) {
          byte c = buffer.get(k);
          boolean lineEnd = c == '\n' || c == '\r';
          if (afterLineEnd && !lineEnd) {
            return at + k;
          }
          afterLineEnd |= c == '\n';
        }
        at += n;
      }
      return -1;
    }
  }

  /**
   * Waits for the second half, telling {@code progress} how far both got; whether it read to the
   * end of the file without a failure.
   */
  private static boolean finished(Thread thread, Half half, long count, long cut,
      CsvParser parser, Progress progress, long size) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          thread.join(WAIT_MS);
        } catch (InterruptedException e) {
          interrupted = true;
          continue;
        }
        if (!thread.isAlive()) {
          return half.failure == null;
        }
        progress.update(parser.source(), count + half.rowsDone, cut + half.bytesDone, size);
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Takes the second half's rows in file order, as the one-thread loop would have. */
  private static long merge(Path file, Half half, long lineShift, long count, CsvHeader header,
      LedgerFile.Rows rows, LedgerRecord[] columns, List<OpenItem> items, Rejects rejects)
      throws IOException {
    for (int j = 0; j < half.count; j++) {
      count++;
      long line = half.lines[j] + lineShift;
      OpenItem item = half.items[j];
      if (item != null && rows.recordUnseen(half.hashes[j], half.offsets[j], line)) {
        items.add(item);
      } else {
        again(file, half.offsets[j], line, header, rows, columns, rejects);
      }
      half.items[j] = null;
    }
    // no progress here: the rows were counted while the halves were read (the merge is short)
    return count;
  }

  /** Reads the row at {@code offset} (on {@code line}) again, through the one-thread path. */
  private static void again(Path file, long offset, long line, CsvHeader header,
      LedgerFile.Rows rows, LedgerRecord[] columns, Rejects rejects) throws IOException {
    try (FileChannel channel = FileChannel.open(file);
        CsvParser parser = new CsvParser(Channels.newInputStream(channel.position(offset)),
            file.toString(), line, 1 << 16).fromInside()) {
      if (!parser.next()) {
        throw new IllegalStateException("no row at offset " + offset + " of " + file);
      }
      CsvInput.row(new CsvRow(parser, header), rows, columns, rejects);
    }
  }

  private static void stop(Thread thread, Half half) {
    if (half == null) {
      return;
    }
    half.stopped = true;
    ReadAhead.join(thread);
  }

  /** The second thread: the rows from the cut to the end, decoded and made into items. */
  private static final class Half implements Runnable {
    private final Path file;
    private final long cut;
    private final long size;
    private final CsvHeader header;
    private final SharedValues shared;
    /** The good rows' items; null for a bad row. */
    OpenItem[] items = new OpenItem[1 << 12];
    long[] hashes = new long[1 << 12];
    long[] offsets = new long[1 << 12];
    /** The rows' lines, counted from 1 at the cut. */
    long[] lines = new long[1 << 12];
    int count;
    Throwable failure;
    volatile boolean stopped;
    volatile long rowsDone;
    volatile long bytesDone;

    Half(Path file, long cut, long size, CsvHeader header, SharedValues callers) {
      this.file = file;
      this.cut = cut;
      this.size = size;
      this.header = header;
      this.shared = callers.sibling();
    }

    @Override
    public void run() {
      try (FileChannel channel = FileChannel.open(file);
          CsvParser parser = new CsvParser(Channels.newInputStream(channel.position(cut)),
              file.toString(), 1, size - cut).fromInside()) {
        CsvRow row = new CsvRow(parser, header);
        LedgerRecord record = new LedgerRecord();
        while (!stopped && parser.next()) {
          if (row.allBlank()) {
            continue;
          }
          if (count == items.length) {
            grow();
          }
          OpenItem item;
          try {
            row.checkRecord();
            record.decode(row);
            item = record.toItem(shared);
          } catch (ValidationException e) {
            item = null; // read again by the caller, who words the error with the true line
          }
          items[count] = item;
          hashes[count] = record.documentHash;
          offsets[count] = cut + parser.recordOffset();
          lines[count] = parser.recordLine();
          count++;
          if ((count & (CsvInput.PROGRESS_EVERY - 1)) == 0) {
            rowsDone = count;
            bytesDone = parser.recordOffset();
          }
        }
      } catch (Throwable t) {
        failure = t;
      }
    }

    private void grow() {
      int n = items.length * 2;
      items = Arrays.copyOf(items, n);
      hashes = Arrays.copyOf(hashes, n);
      offsets = Arrays.copyOf(offsets, n);
      lines = Arrays.copyOf(lines, n);
    }
  }
}
