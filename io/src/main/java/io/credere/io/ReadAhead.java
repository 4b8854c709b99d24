package io.credere.io;

import io.credere.core.error.CredereException;
import io.credere.core.error.ValidationException;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a file on a second thread: the reading thread parses records, copies them into
 * {@link RecordBatch}es and (unless the decoder asks otherwise) {@link RowDecoder#decode decodes}
 * them; the caller's thread takes the batches in file order and
 * {@link RowDecoder#accept accepts} the rows, rejects the bad ones
 * and reports progress, exactly as the one-thread loop of {@link CsvInput} does. A failure of
 * the reading (a quote never closed, an I/O error) is raised on the caller's thread after the
 * rows before it; when the caller stops (a bad row in fail-fast mode, an exception of its own)
 * the reading thread is stopped and joined before the call returns: it never outlives the read.
 */
final class ReadAhead {

  /** When and how a file is read on two threads. */
  static final class Settings {
    /** Never a second thread. */
    static final Settings ONE_THREAD = new Settings(1, Long.MAX_VALUE, 1, Integer.MAX_VALUE);
    /**
     * Two threads for files of 4 MiB and more when there are two processors, batches of 16k rows
     * (about 2 MB of text, 5 MB with their decoded rows; 3 in flight).
     */
    static final Settings TWO_THREADS = new Settings(1 << 14, 4L << 20, 3, 2);
    /**
     * The readers' setting: one thread unless the system property {@code credere.io.readAhead}
     * is {@code true}. On the shared 2-core machine where it was measured (load 6-13), two
     * threads were slower end to end than one in every comparison (benchmarks/README.md), so
     * they are not the default until a measurement with a free core says otherwise.
     */
    static final Settings DEFAULT = Boolean.getBoolean("credere.io.readAhead") ? TWO_THREADS
        : ONE_THREAD;

    final int batchRows;
    final long minBytes;
    /** Batches in flight (decoded, waiting for the caller). */
    final int depth;
    final int minProcessors;

    Settings(int batchRows, long minBytes, int depth, int minProcessors) {
      this.batchRows = batchRows;
      this.minBytes = minBytes;
      this.depth = depth;
      this.minProcessors = minProcessors;
    }

    /** Always two threads, with batches of {@code batchRows} (for tests). */
    static Settings always(int batchRows, int depth) {
      return new Settings(batchRows, 0, depth, 1);
    }

    /** Whether a file of {@code size} bytes is read on two threads. */
    boolean twoThreads(long size) {
      return size >= minBytes && Runtime.getRuntime().availableProcessors() >= minProcessors;
    }
  }

  private ReadAhead() {}

  /**
   * Reads the data rows of an open parser (its header already read) on a second thread.
   *
   * @return the number of data rows read (good and bad)
   */
  static <D> long rows(CsvParser parser, CsvHeader header, RowDecoder<D> decoder,
      Rejects rejects, Progress progress, long size, Settings settings) throws IOException {
    Reader<D> reader = new Reader<>(parser, header, decoder, settings);
    Thread thread = new Thread(reader, "credere-read-ahead");
    thread.setDaemon(true);
    thread.start();
    try {
      CsvRecord view = new CsvRecord(parser.source(), 32);
      CsvRow row = new CsvRow(view, header);
      long rows = 0;
      boolean ahead = decoder.decodesAhead();
      while (true) {
        RecordBatch<D> batch = take(reader.full);
        for (int i = 0; i < batch.size; i++) {
          batch.load(i, view);
          rows++;
          try {
            ValidationException error = batch.error(i);
            if (error != null) {
              throw error;
            }
            if (!ahead) {
              row.checkRecord();
              decoder.decode(row, batch.decoded, i);
            }
            decoder.accept(row, batch.decoded, i);
          } catch (ValidationException e) {
            rejects.reject(row, e.position().isUnknown() ? e.at(row.position()) : e);
          }
          if ((rows & (CsvInput.PROGRESS_EVERY - 1)) == 0) {
            progress.update(parser.source(), rows, view.offset, size);
          }
        }
        if (batch.failure != null) {
          throw rethrow(batch.failure);
        }
        if (batch.last) {
          break;
        }
        reader.free.add(batch);
      }
      progress.update(parser.source(), rows, size, size);
      return rows;
    } finally {
      reader.stopped = true;
      thread.interrupt();
      join(thread);
    }
  }

  /**
   * Waits for {@code thread} to end, even when interrupted (the interrupt is kept for the
   * caller): a reading thread never outlives the read.
   */
  static void join(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static <T> T take(BlockingQueue<T> queue) {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CredereException("interrupted while reading", e);
    }
  }

  /** The reading thread's failure as the caller's exception (as the one-thread loop raises it). */
  private static IOException rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException) {
      throw (IOException) failure;
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    throw new CredereException("the reading failed: " + failure, failure);
  }

  /** The reading thread: parses, copies and decodes batches of rows until the file ends. */
  private static final class Reader<D> implements Runnable {
    private final CsvParser parser;
    private final RowDecoder<D> decoder;
    private final Settings settings;
    private final CsvRecord view;
    private final CsvRow row;
    private final CsvRow parsed;
    private final boolean ahead;
    /** Batches decoded, for the caller; room for all, so a put never waits. */
    final BlockingQueue<RecordBatch<D>> full;
    /** Batches the caller is done with. */
    final BlockingQueue<RecordBatch<D>> free;
    /** Made in advance, so that a failure can always be handed over. */
    private final RecordBatch<D> failed = new RecordBatch<>(1, 0, null);
    private int made;
    volatile boolean stopped;

    Reader(CsvParser parser, CsvHeader header, RowDecoder<D> decoder, Settings settings) {
      this.parser = parser;
      this.decoder = decoder;
      this.settings = settings;
      this.view = new CsvRecord(parser.source(), 32);
      this.row = new CsvRow(view, header);
      this.parsed = new CsvRow(parser, header);
      this.ahead = decoder.decodesAhead();
      this.full = new ArrayBlockingQueue<>(settings.depth + 1);
      this.free = new ArrayBlockingQueue<>(settings.depth + 1);
    }

    @Override
    public void run() {
      RecordBatch<D> batch = null;
      try {
        while (!stopped) {
          batch = next();
          if (batch == null) {
            return;
          }
          fill(batch);
          RecordBatch<D> done = batch;
          batch = null;
          full.add(done);
          if (done.last) {
            return;
          }
        }
      } catch (InterruptedException e) {
        // the caller stopped the read
      } catch (Throwable t) {
        if (batch == null) {
          batch = failed;
        }
        batch.failure = t;
        batch.last = true;
        full.add(batch);
      }
    }

    /** A batch to fill: a new one while fewer than {@code depth} exist, else a returned one. */
    private RecordBatch<D> next() throws InterruptedException {
      RecordBatch<D> batch = free.poll();
      if (batch == null && made < settings.depth) {
        made++;
        int rows = settings.batchRows;
        return new RecordBatch<>(rows, rows * 128, decoder.columns(rows));
      }
      if (batch == null) {
        batch = free.take();
      }
      batch.clear();
      return stopped ? null : batch;
    }

    private void fill(RecordBatch<D> batch) throws IOException {
      int capacity = batch.capacity();
      while (batch.size < capacity && !batch.bytesFull()) {
        if (!parser.next()) {
          batch.last = true;
          return;
        }
        if (parsed.allBlank()) {
          continue;
        }
        int i = batch.add(parser.record());
        if (!ahead) {
          continue;
        }
        batch.load(i, view);
        try {
          row.checkRecord();
          decoder.decode(row, batch.decoded, i);
        } catch (ValidationException e) {
          batch.error(i, e.position().isUnknown() ? e.at(row.position()) : e);
        } catch (RuntimeException | Error e) {
          // a failure that is not the row's error stops the read at the row, as on one thread
          batch.size = i;
          batch.failure = e;
          batch.last = true;
          return;
        }
      }
    }
  }
}
