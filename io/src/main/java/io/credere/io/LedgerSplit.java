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
import java.util.function.LongFunction;

/**
 * Reads a large ledger on two threads, with the result of one thread: the file is cut at a
 * guessed row start after its middle; a second thread reads the rows from there to the end while
 * the caller's thread reads the first half, then the caller merges the second half's work in file
 * order, making the duplicate-id check across the whole file. For {@link LedgerFile#read} the
 * second half makes items ({@link Items}); for {@link LedgerFile#check} and {@link LedgerFile#age}
 * it feeds a sink of its own whose result is merged with the caller's ({@link Sinking}).
 *
 * <p>The guess (the byte after the first line end past the middle, and after any blank lines
 * there) is only right when the caller's parser, reading on, starts a record exactly there: not
 * when the guess fell inside a quoted field with line ends. Then the second half's work is thrown
 * away and the caller's parser reads on alone, as on one thread. A record that starts where the
 * caller's parser starts one is parsed the same whoever parses it (a parser at a record start
 * has no state but its line number), so the halves' rows are the file's rows.
 *
 * <p>The second thread knows its rows' lines only relative to the cut; it keeps its good rows'
 * id hashes, offsets and lines (and their items, or their sink's result). Its bad rows, and good
 * rows whose id hash was seen before (a duplicate or a collision of hashes), are read again at
 * their offset by the caller's thread with their true line, through the one-thread path: so every
 * error, reject and duplicate is found and worded exactly as on one thread, in file order. A
 * failure of the second thread that is not a row's error (an unclosed quote, a record too long,
 * an I/O error) throws its work away: the caller's parser reads on alone and meets the same
 * failure at the same row as one thread.
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
    /**
     * The streaming readers' setting ({@link LedgerFile#check}, {@link LedgerFile#age}): two
     * halves for files of 4 MiB and more when the JVM has three processors; with
     * {@code credere.io.split} {@code true} two suffice, with {@code false} never. On a 2-core
     * machine the second half's thread competes with the JIT compiler, which takes the second
     * core for most of a 1M-row run: end to end (best of 3-5, load 1.6-4.5) the two halves
     * cost 0.1-1.0 s more CPU than one thread and were not faster in wall time, while in a
     * warmed JVM (the code compiled) they take 45 % off the read of a 1M-row ledger.
     */
    static final Settings STREAMING = "false".equalsIgnoreCase(
        System.getProperty("credere.io.split")) ? ONE_THREAD
        : "true".equalsIgnoreCase(System.getProperty("credere.io.split")) ? TWO_HALVES
        : new Settings(4L << 20, 3, -1, what -> { });

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
   * Reads the data rows of {@code parser} (its header read), in two halves when a cut is found:
   * the caller's thread reads up to the cut through {@code rows}, the half {@code halfAt} makes
   * for the cut reads on from there on a second thread, then {@link Half#merge merges} its rows.
   *
   * @param rows the one-thread work on a row (decode, duplicate check, the caller's sink)
   * @return the number of data rows read (good and bad)
   */
  static long rows(Path file, CsvParser parser, CsvHeader header, long size, Settings settings,
      LedgerFile.Rows rows, Rejects rejects, Progress progress, LongFunction<Half> halfAt)
      throws IOException {
    long cut = cut(file, settings.guess >= 0 ? settings.guess : size / 2, size);
    if (cut < 0) {
      settings.told.accept("one thread: no line end after the guess");
      return CsvInput.rows(parser, header, rows, rejects, progress, size);
    }
    Half half = halfAt.apply(cut);
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
          String why = "the cut is inside a row";
          if (parser.recordOffset() == cut) {
            why = "the second half failed: " + half.failure;
            if (finished(thread, half, count, cut, parser, progress, size)) {
              long lineShift = parser.recordLine() - 1;
              why = half.unmergeable(lineShift, rows);
              if (why == null) {
                settings.told.accept("halves");
                count = half.merge(lineShift, count, rows, columns, rejects);
                progress.update(source, count, size, size);
                return count;
              }
            }
          }
          settings.told.accept("one thread: " + why);
          stop(thread, half);
          half.release();
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
        stop(thread, half);
        half.release();
        half = null;
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

  /**
   * The second thread's work: the rows from the cut to the end, each handed to {@link #take}
   * with its offset in the file and its line counted from 1 at the cut; then, on the caller's
   * thread, {@link #merge}.
   */
  abstract static class Half implements Runnable {
    final Path file;
    final long cut;
    private final long size;
    final CsvHeader header;
    /** The data rows read (good and bad). */
    long count;
    Throwable failure;
    volatile boolean stopped;
    volatile long rowsDone;
    volatile long bytesDone;

    Half(Path file, long cut, long size, CsvHeader header) {
      this.file = file;
      this.cut = cut;
      this.size = size;
      this.header = header;
    }

    @Override
    public final void run() {
      try (FileChannel channel = FileChannel.open(file);
          CsvParser parser = new CsvParser(Channels.newInputStream(channel.position(cut)),
              file.toString(), 1, size - cut).fromInside()) {
        CsvRow row = new CsvRow(parser, header);
        LedgerRecord record = new LedgerRecord();
        while (!stopped && parser.next()) {
          if (row.allBlank()) {
            continue;
          }
          take(row, record, cut + parser.recordOffset(), parser.recordLine());
          count++;
          if ((count & (CsvInput.PROGRESS_EVERY - 1)) == 0) {
            rowsDone = count;
            bytesDone = parser.recordOffset();
          }
        }
        if (!stopped) {
          done();
        }
      } catch (Throwable t) {
        failure = t;
      }
    }

    /**
     * One non-blank row of the second half (on the second thread). A row's error is not
     * raised here: the row is kept for the caller to read again, who words it with its true
     * line.
     */
    abstract void take(CsvRow row, LedgerRecord record, long offset, long line);

    /** After the last row, on the second thread. */
    void done() {}

    /**
     * Why the halves cannot be {@link #merge merged} (the caller then reads on alone), or null
     * when they can. Changes nothing.
     *
     * @param lineShift the line before the cut
     */
    String unmergeable(long lineShift, LedgerFile.Rows rows) {
      return null;
    }

    /**
     * Takes the second half's rows on the caller's thread, as the one-thread loop would have
     * after the first half's {@code count} rows.
     *
     * @param lineShift the line before the cut
     * @return the number of data rows of the file
     */
    abstract long merge(long lineShift, long count, LedgerFile.Rows rows,
        LedgerRecord[] columns, Rejects rejects) throws IOException;

    /** Drops what the half kept (it will not be merged). */
    void release() {}

    /** Reads the row at {@code offset} (on the cut's {@code line}) again, on this thread. */
    final void again(long offset, long line, long lineShift, LedgerFile.Rows rows,
        LedgerRecord[] columns, Rejects rejects) throws IOException {
      LedgerSplit.again(file, offset, line + lineShift, header, rows, columns, rejects);
    }
  }

  /**
   * The second half of {@link LedgerFile#read} and {@link LedgerFile#readColumns}: its rows
   * decoded into a store of their own, moved into the caller's store at the merge.
   */
  static final class Items extends Half {
    private final SharedValues shared;
    private final ItemStore out;
    private final ItemStore store;
    /** Each row's index in {@link #store}; -1 for a bad row. */
    private int[] indexes = new int[1 << 12];
    private long[] hashes = new long[1 << 12];
    private long[] offsets = new long[1 << 12];
    private long[] lines = new long[1 << 12];

    /**
     * @param callers the caller's shared values, over the {@link SharedValues.Common} the second
     *     thread uses too
     * @param out where the caller's rows go, in file order
     * @param rows about how many rows the half has
     */
    Items(Path file, long cut, long size, CsvHeader header, SharedValues callers,
        ItemStore out, long rows) {
      super(file, cut, size, header);
      this.shared = callers.sibling();
      this.out = out;
      this.store = out.another(rows);
    }

    @Override
    void take(CsvRow row, LedgerRecord record, long offset, long line) {
      int j = (int) count;
      if (j == indexes.length) {
        grow();
      }
      int index;
      try {
        row.checkRecord();
        record.decode(row);
        index = store.add(record, shared);
      } catch (ValidationException e) {
        index = -1; // read again by the caller, who words the error with the true line
      }
      indexes[j] = index;
      hashes[j] = record.documentHash;
      offsets[j] = offset;
      lines[j] = line;
    }

    @Override
    long merge(long lineShift, long count, LedgerFile.Rows rows, LedgerRecord[] columns,
        Rejects rejects) throws IOException {
      for (int j = 0; j < this.count; j++) {
        count++;
        long line = lines[j] + lineShift;
        int index = indexes[j];
        if (index >= 0 && rows.recordUnseen(hashes[j], offsets[j], line)) {
          out.addFrom(store, index);
        } else {
          again(offsets[j], lines[j], lineShift, rows, columns, rejects);
        }
      }
      // no progress here: the rows were counted while the halves were read (the merge is short)
      return count;
    }

    private void grow() {
      int n = indexes.length * 2;
      indexes = Arrays.copyOf(indexes, n);
      hashes = Arrays.copyOf(hashes, n);
      offsets = Arrays.copyOf(offsets, n);
      lines = Arrays.copyOf(lines, n);
    }
  }

  /**
   * The second half of a streaming read ({@link LedgerFile#check}, {@link LedgerFile#age}): its
   * good rows with an id not seen before in the half go to a sink of its own, their ids to a
   * duplicate check of its own; its bad rows and its rows with an id hash seen before in the half
   * (a duplicate, or a collision of hashes) are kept, by offset and line, for the caller to read
   * again. The merge gives up when an id hash of the second half was seen in the first: that row
   * is in the half's sink but may be a duplicate; the caller then reads on alone, as on one
   * thread (a file with duplicates across the halves is read at the speed of one thread).
   */
  static final class Sinking<R> extends Half {
    private final LedgerFile.Sink<R> sink;
    private DocumentIds ids;
    private long[] again = new long[64];
    private int agains;
    private R result;

    Sinking(Path file, long cut, long size, CsvHeader header, LedgerFile.Sink<R> sink,
        long expectedRows) {
      super(file, cut, size, header);
      this.sink = sink;
      this.ids = new DocumentIds(expectedRows);
    }

    @Override
    void take(CsvRow row, LedgerRecord record, long offset, long line) {
      int slot;
      try {
        row.checkRecord();
        record.decode(row);
        slot = ids.find(record.documentHash);
      } catch (ValidationException e) {
        slot = 0; // read again by the caller, who words the error with the true line
      }
      if (slot >= 0) {
        if (agains + 2 > again.length) {
          again = Arrays.copyOf(again, again.length * 2);
        }
        again[agains++] = offset;
        again[agains++] = line;
        return;
      }
      ids.add(slot, record.documentHash, offset, line);
      record.row = row;
      sink.accept(record);
    }

    @Override
    void done() {
      result = sink.result();
    }

    /** What the half's sink made of its rows (once merged). */
    R result() {
      return result;
    }

    @Override
    String unmergeable(long lineShift, LedgerFile.Rows rows) {
      int slots = ids.slots();
      for (int slot = 0; slot < slots; slot++) {
        long hash = ids.hash(slot);
        if (hash != 0 && rows.seen(hash)) {
          return "an id hash of the second half is in the first (line "
              + (ids.line(slot) + lineShift) + ")";
        }
      }
      return null;
    }

    @Override
    long merge(long lineShift, long count, LedgerFile.Rows rows, LedgerRecord[] columns,
        Rejects rejects) throws IOException {
      int slots = ids.slots();
      for (int slot = 0; slot < slots; slot++) {
        long hash = ids.hash(slot);
        if (hash != 0 && !rows.recordUnseen(hash, ids.offset(slot), ids.line(slot) + lineShift)) {
          throw new IllegalStateException("an id hash of the second half was seen twice");
        }
      }
      ids = null;
      // the rows kept are in file order; their errors (and the collisions' sink) as on one thread
      for (int k = 0; k < agains; k += 2) {
        again(again[k], again[k + 1], lineShift, rows, columns, rejects);
      }
      again = null;
      return count + this.count;
    }

    @Override
    void release() {
      ids = null;
      again = null;
      result = null;
    }
  }
}
