package io.credere.io;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ColumnarLedger;
import io.credere.core.error.CredereException;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.item.OpenItemColumns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code ledger} file (open items). Required columns
 * {@code customer_id,document_id,document_type,document_date,due_date,currency,amount,open_amount};
 * optional {@code reference}, {@code discount_date} with {@code discount_percent} (one without
 * the other is an error), {@code disputed}. A document id that appears twice is an error naming
 * both lines.
 *
 * <p>Three ways to read it, with the same rules and the same messages: {@link #read} (the items
 * in a list), {@link #check} (streaming, for validation: memory does not grow with the rows but
 * for 20 bytes per document id) and {@link #age} (streaming straight into an aging report,
 * without an object per row). With {@code -Dcredere.io.readAhead=true}, a file of 4 MiB and more
 * is parsed on a second thread while the caller's thread takes its rows in file order, when the
 * JVM has two processors; the rows, their errors and their order are the same as on one thread.
 * The items {@link #read} makes share their customer ids and dates. All three read a file of
 * 4 MiB and more in two halves on two threads ({@link LedgerSplit}), with the same items, count
 * or report, errors, rejects and duplicate check as one thread: {@link #read} when the JVM has
 * two processors, {@link #check} and {@link #age} when it has three (or two with
 * {@code -Dcredere.io.split=true}); {@code -Dcredere.io.split=false} keeps all three on one
 * thread.
 */
public final class LedgerFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "document_id",
      "document_type", "document_date", "due_date", "currency", "amount", "open_amount");

  /** The contract's column order for writing a ledger (required, then optional). */
  public static final List<String> COLUMNS = List.of("customer_id", "document_id",
      "document_type", "document_date", "due_date", "currency", "amount", "open_amount",
      "reference", "discount_date", "discount_percent", "disputed");

  /** Rows of a ledger aged at a time (the columns of one chunk: 21 bytes a row). */
  private static final int CHUNK = 1 << 20;

  private LedgerFile() {}

  /** Reads every open item of {@code file}. */
  public static List<OpenItem> read(Path file, Rejects rejects) {
    return read(file, rejects, Progress.NONE);
  }

  /** Reads every open item of {@code file}, telling {@code progress} how far it got. */
  public static List<OpenItem> read(Path file, Rejects rejects, Progress progress) {
    return read(file, rejects, progress, ReadAhead.Settings.DEFAULT,
        LedgerSplit.Settings.DEFAULT);
  }

  /** Reads the items as {@code settings} say, never in two halves. */
  static List<OpenItem> read(Path file, Rejects rejects, Progress progress,
      ReadAhead.Settings settings) {
    return read(file, rejects, progress, settings, LedgerSplit.Settings.ONE_THREAD);
  }

  /**
   * Reads the items in two halves on two threads when {@code split} says so for the file's size
   * ({@link LedgerSplit}), else as {@code settings} say.
   */
  static List<OpenItem> read(Path file, Rejects rejects, Progress progress,
      ReadAhead.Settings settings, LedgerSplit.Settings split) {
    ItemStore.Items store = new ItemStore.Items(expectedRows(file));
    read(file, rejects, progress, settings, split, store);
    return store.items;
  }

  /**
   * Reads every open item of {@code file} into columns ({@link OpenItemColumns}: no object per
   * item until one is asked for), with the same rows, errors and rejects as {@link #read}: for
   * a large ledger a host indexes or scans without keeping a million items (a cash
   * application's {@code LedgerIndex} takes the columns as they are).
   */
  public static OpenItemColumns readColumns(Path file, Rejects rejects, Progress progress) {
    return readColumns(file, rejects, progress, ReadAhead.Settings.DEFAULT,
        LedgerSplit.Settings.DEFAULT);
  }

  /** {@link #readColumns(Path, Rejects, Progress)} as {@code settings} and {@code split} say. */
  static OpenItemColumns readColumns(Path file, Rejects rejects, Progress progress,
      ReadAhead.Settings settings, LedgerSplit.Settings split) {
    ItemStore.Columns store = new ItemStore.Columns(expectedRows(file));
    read(file, rejects, progress, settings, split, store);
    return store.columns();
  }

  /** Reads the good rows into {@code store}, in file order. */
  private static void read(Path file, Rejects rejects, Progress progress,
      ReadAhead.Settings settings, LedgerSplit.Settings split, ItemStore store) {
    SharedValues shared = new SharedValues(split.applies(sizeOf(file))
        ? new SharedValues.Common() : null);
    Rows rows = new Rows(file, record -> store.add(record, shared), true);
    CsvInput.forEach(file, "ledger", REQUIRED, rejects, (parser, header, size) -> {
      if (shared.shared() && split.applies(size)) {
        return LedgerSplit.rows(file, parser, header, size, split, rows, rejects, progress,
            cut -> new LedgerSplit.Items(file, cut, size, header, shared, store,
                expectedRows(file) / 2 + 1));
      }
      return settings.twoThreads(size)
          ? ReadAhead.rows(parser, header, rows, rejects, progress, size, settings)
          : CsvInput.rows(parser, header, rows, rejects, progress, size);
    });
  }

  /**
   * Checks every row of {@code file} as {@link #read} would, keeping nothing but the duplicate
   * check's hashes.
   *
   * @return the number of good rows
   */
  public static long check(Path file, Rejects rejects, Progress progress) {
    return check(file, rejects, progress, ReadAhead.Settings.DEFAULT,
        LedgerSplit.Settings.STREAMING);
  }

  /** Checks the rows as {@code settings} say, never in two halves. */
  static long check(Path file, Rejects rejects, Progress progress,
      ReadAhead.Settings settings) {
    return check(file, rejects, progress, settings, LedgerSplit.Settings.ONE_THREAD);
  }

  /**
   * Checks the rows in two halves on two threads when {@code split} says so for the file's size,
   * else as {@code settings} say.
   */
  static long check(Path file, Rejects rejects, Progress progress, ReadAhead.Settings settings,
      LedgerSplit.Settings split) {
    return scan(file, rejects, progress, expected -> new Count(), Long::sum, false, settings,
        split);
  }

  /**
   * The aging report of {@code file}'s items, streaming: equal to
   * {@code AgingReport.of(policy, read(file, rejects))}, with memory bounded by the customers,
   * a chunk of rows and the duplicate check.
   */
  public static AgingReport age(Path file, AgingPolicy policy, Rejects rejects,
      Progress progress) {
    return age(file, policy, rejects, progress, ReadAhead.Settings.DEFAULT,
        LedgerSplit.Settings.STREAMING);
  }

  /** Ages the rows as {@code settings} say, never in two halves. */
  static AgingReport age(Path file, AgingPolicy policy, Rejects rejects, Progress progress,
      ReadAhead.Settings settings) {
    return age(file, policy, rejects, progress, settings, LedgerSplit.Settings.ONE_THREAD);
  }

  /**
   * Ages the rows in two halves on two threads when {@code split} says so for the file's size
   * (each half aged on its own, the reports merged), else as {@code settings} say.
   */
  static AgingReport age(Path file, AgingPolicy policy, Rejects rejects, Progress progress,
      ReadAhead.Settings settings, LedgerSplit.Settings split) {
    return scan(file, rejects, progress, expected -> new Aggregator(policy, expected),
        AgingReport::merge, true, settings, split);
  }

  /**
   * One row as an open item, with the contract's rules (for hosts that split files themselves;
   * the duplicate check across rows is theirs).
   */
  public static OpenItem item(CsvRow row) {
    LedgerRecord record = new LedgerRecord();
    record.decode(row);
    return record.toItem();
  }

  /** A mapper of single CSV lines of a ledger whose header line is {@code headerLine}. */
  public static CsvLines.Mapper<OpenItem> lineMapper(String source, String headerLine) {
    return CsvLines.mapper(source, headerLine, "ledger", REQUIRED, LedgerFile::item);
  }

  /** Bytes read from the start of a file to guess the length of its rows. */
  private static final int SAMPLE_BYTES = 1 << 16;

  /**
   * A guess of the rows of a file, a little above the true count for most files: its size over
   * the mean length of the lines in its first 64 KiB (after the header), plus a tenth; over 80
   * bytes a row (ERP ledger rows run 60-200) when the sample has fewer than 16 lines. Tables are
   * sized by it: a guess far above the count costs memory the read touches and never uses.
   */
  static long expectedRows(Path file) {
    long size = sizeOf(file);
    if (size <= SAMPLE_BYTES) {
      return size / 80;
    }
    byte[] sample = new byte[SAMPLE_BYTES];
    int read = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; read < sample.length && (n = in.read(sample, read, sample.length - read)) > 0;) {
        read += n;
      }
    } catch (IOException e) {
      return size / 80;
    }
    int header = -1;
    int lines = 0;
    int last = -1;
    for (int i = 0; i < read; i++) {
      if (sample[i] == '\n') {
        if (header < 0) {
          header = i;
        } else {
          lines++;
          last = i;
        }
      }
    }
    if (lines < 16) {
      return size / 80;
    }
    double perRow = (double) (last - header) / lines;
    return (long) ((size - header) / perRow * 1.1) + 16;
  }

  /** The file's size, 0 when it is not a readable file (the reader then says why). */
  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * What a streaming read makes of the good, unique rows: fed on one thread in file order, then
   * asked its result. A read in two halves feeds one per half and merges their results, so a
   * result must not depend on the order of the rows (sums, counts, a sorted report).
   */
  interface Sink<R> extends Consumer<LedgerRecord> {
    /** What the rows made (called once, after the last row). */
    R result();
  }

  /** Counts the rows. */
  private static final class Count implements Sink<Long> {
    private long rows;

    @Override
    public void accept(LedgerRecord record) {
      rows++;
    }

    @Override
    public Long result() {
      return rows;
    }
  }

  /**
   * Reads the file into sinks {@code sinks} makes (for about as many rows as they are given):
   * in two halves on two threads, a sink each, their results merged by {@code merge}, when
   * {@code split} says so for the file's size; else into one sink as {@link #scan(Path, Rejects,
   * Progress, Consumer, boolean, ReadAhead.Settings)} does.
   */
  static <R> R scan(Path file, Rejects rejects, Progress progress, LongFunction<Sink<R>> sinks,
      BinaryOperator<R> merge, boolean decodeAhead, ReadAhead.Settings settings,
      LedgerSplit.Settings split) {
    long fileSize = sizeOf(file);
    if (!split.applies(fileSize)) {
      Sink<R> sink = sinks.apply(expectedRows(file));
      scan(file, rejects, progress, sink, decodeAhead, settings);
      return sink.result();
    }
    long halfRows = expectedRows(file) / 2 + 1;
    Sink<R> first = sinks.apply(halfRows);
    List<LedgerSplit.Sinking<R>> second = new ArrayList<>(1);
    Rows rows = new Rows(file, first, decodeAhead);
    CsvInput.forEach(file, "ledger", REQUIRED, rejects, (parser, header, size) -> {
      if (!split.applies(size)) {
        return CsvInput.rows(parser, header, rows, rejects, progress, size);
      }
      return LedgerSplit.rows(file, parser, header, size, split, rows, rejects, progress, cut -> {
        LedgerSplit.Sinking<R> half = new LedgerSplit.Sinking<>(file, cut, size, header,
            sinks.apply(halfRows), halfRows);
        second.add(half);
        return half;
      });
    });
    R result = first.result();
    return second.isEmpty() || second.get(0).result() == null ? result
        : merge.apply(result, second.get(0).result());
  }

  /**
   * Reads the file, handing each good, unique row to {@code sink} on the caller's thread, in file
   * order; the rows are parsed (and decoded, when {@code decodeAhead}) on a second thread when
   * {@code settings} say so. The duplicate check and a sink as cheap as a count cost less than
   * decoding, so then only the parsing goes to the second thread.
   */
  static void scan(Path file, Rejects rejects, Progress progress, Consumer<LedgerRecord> sink,
      boolean decodeAhead, ReadAhead.Settings settings) {
    CsvInput.forEach(file, "ledger", REQUIRED, new Rows(file, sink, decodeAhead), rejects,
        progress, settings);
  }

  /**
   * The ledger's work on each row: {@link #decode} checks the row's cells, {@link #accept} makes
   * the duplicate-id check across the file (in file order) and hands the good, unique row to the
   * sink.
   */
  static final class Rows implements RowDecoder<LedgerRecord[]> {
    private final Path file;
    private final DocumentIds ids;
    private final Consumer<LedgerRecord> sink;
    private final boolean decodeAhead;

    Rows(Path file, Consumer<LedgerRecord> sink, boolean decodeAhead) {
      this.file = file;
      this.ids = new DocumentIds(expectedRows(file));
      this.sink = sink;
      this.decodeAhead = decodeAhead;
    }

    @Override
    public LedgerRecord[] columns(int capacity) {
      LedgerRecord[] records = new LedgerRecord[capacity];
      for (int k = 0; k < capacity; k++) {
        records[k] = new LedgerRecord();
      }
      return records;
    }

    @Override
    public void decode(CsvRow row, LedgerRecord[] records, int i) {
      records[i].decode(row);
    }

    @Override
    public void accept(CsvRow row, LedgerRecord[] records, int i) {
      LedgerRecord record = records[i];
      record.row = row;
      long hash = record.documentHash;
      int slot = ids.find(hash);
      if (slot >= 0) {
        String id = record.documentId();
        if (id.equals(documentAt(file, row.header(), ids.offset(slot)))) {
          throw row.error("document_id", id, "appears twice in the ledger (first on line "
              + ids.line(slot) + ")");
        }
        // a collision of hashes, not of ids: the id is unique; it is not recorded (a later
        // repeat of it meets the same hash and is compared the same way)
        sink.accept(record);
        return;
      }
      sink.accept(record);
      ids.add(slot, hash, row.offset(), row.line());
    }

    @Override
    public boolean decodesAhead() {
      return decodeAhead;
    }

    /** Whether an id with {@code hash} was recorded. */
    boolean seen(long hash) {
      return ids.find(hash) >= 0;
    }

    /**
     * Records the document id of a good row made elsewhere (its hash, the offset and line of the
     * row), as {@link #accept} would; false, recording nothing, when the hash was seen before:
     * then the row must go through {@link #accept}, which compares the ids themselves.
     */
    boolean recordUnseen(long hash, long offset, long line) {
      int slot = ids.find(hash);
      if (slot >= 0) {
        return false;
      }
      ids.add(slot, hash, offset, line);
      return true;
    }
  }

  /** The document id of the row at {@code offset} of {@code file}. */
  private static String documentAt(Path file, CsvHeader header, long offset) {
    try (FileChannel channel = FileChannel.open(file)) {
      channel.position(offset);
      InputStream in = Channels.newInputStream(channel);
      try (CsvParser parser = new CsvParser(in, file.toString(), 1, 1 << 16).fromInside()) {
        if (!parser.next()) {
          return null;
        }
        return new CsvRow(parser, header).optional("document_id").orElse(null);
      }
    } catch (IOException e) {
      throw new CredereException(file + ": cannot read the ledger file again: " + e.getMessage(),
          e);
    }
  }

  /** Ages rows a chunk at a time through the aging module's columns, merging the reports. */
  private static final class Aggregator implements Sink<AgingReport> {
    private final AgingPolicy policy;
    private final ByteKeys customers = new ByteKeys();
    private final List<CustomerId> customerIds = new ArrayList<>();
    private CurrencyUnit[] currencies = new CurrencyUnit[0];
    private int[] chunkCustomer = new int[1024];
    private int[] chunkCurrency = new int[8];
    private final int capacity;
    private ColumnarLedger.Builder chunk;
    private AgingReport report;

    Aggregator(AgingPolicy policy, long expectedRows) {
      this.policy = policy;
      this.capacity = (int) Math.max(16, Math.min(CHUNK, expectedRows * 5 / 4));
    }

    @Override
    public void accept(LedgerRecord r) {
      if (r.open == 0) {
        return;
      }
      if (chunk == null) {
        chunk = ColumnarLedger.builder(capacity);
        Arrays.fill(chunkCustomer, -1);
        Arrays.fill(chunkCurrency, -1);
      }
      long hash = r.customerHash;
      int customer = customers.find(r.customerBytes, r.customerStart, r.customerEnd, hash);
      if (customer < 0) {
        customer = customerIds.size();
        customerIds.add(CustomerId.of(r.customerId()));
        customers.put(r.customerBytes, r.customerStart, r.customerEnd, hash, customer);
      }
      if (customer >= chunkCustomer.length) {
        int old = chunkCustomer.length;
        chunkCustomer = Arrays.copyOf(chunkCustomer, Math.max(customer + 1, old * 2));
        Arrays.fill(chunkCustomer, old, chunkCustomer.length, -1);
      }
      int inChunk = chunkCustomer[customer];
      if (inChunk < 0) {
        inChunk = chunk.customer(customerIds.get(customer));
        chunkCustomer[customer] = inChunk;
      }
      int currency = -1;
      for (int k = 0; k < currencies.length; k++) {
        if (currencies[k] == r.currency) {
          currency = k;
          break;
        }
      }
      if (currency < 0) {
        currency = currencies.length;
        currencies = Arrays.copyOf(currencies, currency + 1);
        currencies[currency] = r.currency;
        if (currency >= chunkCurrency.length) {
          int old = chunkCurrency.length;
          chunkCurrency = Arrays.copyOf(chunkCurrency, old * 2);
          Arrays.fill(chunkCurrency, old, chunkCurrency.length, -1);
        }
      }
      int currencyInChunk = chunkCurrency[currency];
      if (currencyInChunk < 0) {
        currencyInChunk = chunk.currency(r.currency);
        chunkCurrency[currency] = currencyInChunk;
      }
      chunk.add(inChunk, currencyInChunk, r.documentDay, r.dueDay, r.open);
      if (chunk.size() == CHUNK) {
        flush();
      }
    }

    private void flush() {
      if (chunk != null && chunk.size() > 0) {
        AgingReport aged = chunk.build().age(policy);
        report = report == null ? aged : report.merge(aged);
      }
      chunk = null;
    }

    @Override
    public AgingReport result() {
      flush();
      return report == null ? AgingReport.empty(policy) : report;
    }
  }
}
