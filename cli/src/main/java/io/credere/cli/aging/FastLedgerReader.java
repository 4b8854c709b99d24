package io.credere.cli.aging;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ColumnarLedger;
import io.credere.core.id.CustomerId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * Ages a ledger file straight into a {@link ColumnarLedger}, without an object per row: for the
 * plain files a large ERP export usually is (ASCII, no quotes, no discounts). It vouches only for
 * rows it fully understands; on anything else (a quote, a non-ASCII byte, a value the contract
 * reader might refuse or read differently, a possible duplicate id) it gives up and returns
 * empty, and the caller reads the file with the contract reader, so output and error messages
 * are always the contract reader's.
 */
final class FastLedgerReader {

  private static final String[] REQUIRED = {"customer_id", "document_id", "document_type",
      "document_date", "due_date", "currency", "amount", "open_amount"};

  private FastLedgerReader() {}

  /** The report, or empty when the file needs the contract reader. */
  static Optional<AgingReport> age(Path file, AgingPolicy policy) {
    byte[] data;
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      data = Files.readAllBytes(file);
    } catch (IOException | OutOfMemoryError e) {
      return Optional.empty();
    }
    try {
      ColumnarLedger ledger = read(data);
      return ledger == null ? Optional.empty() : Optional.of(ledger.age(policy));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The columns, or null to hand over to the contract reader. */
  static ColumnarLedger read(byte[] data) {
    int n = data.length;
    for (int i = 0; i < n; i++) {
      byte b = data[i];
      if (b == '"' || b < 0) {
        return null;
      }
    }
    int pos = 0;
    if (n >= 3 && data[0] == (byte) 0xEF) {
      return null;
    }
    int headerEnd = lineEnd(data, pos);
    if (headerEnd == pos) {
      return null;
    }
    String[] names = new String(data, pos, contentEnd(data, pos, headerEnd),
        StandardCharsets.US_ASCII).split(",", -1);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      index.putIfAbsent(names[i].strip().toLowerCase(Locale.ROOT), i);
    }
    int[] col = new int[REQUIRED.length];
    int maxCol = 0;
    for (int k = 0; k < REQUIRED.length; k++) {
      Integer at = index.get(REQUIRED[k]);
      if (at == null) {
        return null;
      }
      col[k] = at;
      maxCol = Math.max(maxCol, at);
    }
    int discountDate = index.getOrDefault("discount_date", -1);
    int discountPercent = index.getOrDefault("discount_percent", -1);
    int disputed = index.getOrDefault("disputed", -1);
    ColumnarLedger.Builder builder = ColumnarLedger.builder(Math.max(16, n / 80));
    Rows rows = new Rows(data, names.length, col, maxCol, discountDate, discountPercent, disputed,
        builder);
    pos = headerEnd + 1;
    while (pos < n) {
      int end = lineEnd(data, pos);
      int content = contentEnd(data, pos, end);
      if (content == pos) {
        pos = end + 1;
        continue;
      }
      if (!rows.add(pos, content)) {
        return null;
      }
      pos = end + 1;
    }
    return builder.build();
  }

  /** The state of reading the rows; {@link #add} reads one (a method of its own, so it is
   * compiled early rather than on stack replacement of one long loop). */
  private static final class Rows {
    private final byte[] data;
    private final int width;
    private final int[] col;
    private final int maxCol;
    private final int discountDate;
    private final int discountPercent;
    private final int disputed;
    private final ColumnarLedger.Builder builder;
    private final int[] starts;
    private final int[] ends;
    private final ByteKeys customers = new ByteKeys();
    private final Currencies currencies = new Currencies();
    private final LongSet documents;

    Rows(byte[] data, int width, int[] col, int maxCol, int discountDate, int discountPercent,
        int disputed, ColumnarLedger.Builder builder) {
      this.data = data;
      this.width = width;
      this.col = col;
      this.maxCol = maxCol;
      this.discountDate = discountDate;
      this.discountPercent = discountPercent;
      this.disputed = disputed;
      this.builder = builder;
      this.starts = new int[width + 1];
      this.ends = new int[width + 1];
      this.documents = new LongSet(data.length / 60);
    }

    /** Reads the row from {@code pos} to {@code content}; false to hand over. */
    boolean add(int pos, int content) {
      int fields = 0;
      int start = pos;
      for (int i = pos; i <= content; i++) {
        if (i == content || data[i] == ',') {
          if (fields < width + 1) {
            starts[fields] = start;
            ends[fields] = i;
          }
          fields++;
          start = i + 1;
        } else if (data[i] == '\r') {
          return false;
        }
      }
      if (fields <= maxCol) {
        return false;
      }
      for (int k = 0; k < REQUIRED.length; k++) {
        if (!plain(data, starts[col[k]], ends[col[k]])) {
          return false;
        }
      }
      if (discountDate >= 0 && discountDate < fields && ends[discountDate] > starts[discountDate]
          || discountPercent >= 0 && discountPercent < fields
          && ends[discountPercent] > starts[discountPercent]) {
        return false;
      }
      if (disputed >= 0 && disputed < fields && !flag(data, starts[disputed], ends[disputed])) {
        return false;
      }
      int sign = type(data, starts[col[2]], ends[col[2]]);
      if (sign == 0) {
        return false;
      }
      int documentDay = day(data, starts[col[3]], ends[col[3]]);
      int dueDay = day(data, starts[col[4]], ends[col[4]]);
      if (documentDay == Integer.MIN_VALUE || dueDay == Integer.MIN_VALUE) {
        return false;
      }
      CurrencyUnit currency = currencies.find(data, starts[col[5]], ends[col[5]]);
      if (currency == null) {
        return false;
      }
      int scale = currency.getDecimalPlaces();
      long amount = minor(data, starts[col[6]], ends[col[6]], scale);
      long open = minor(data, starts[col[7]], ends[col[7]], scale);
      if (amount == Long.MIN_VALUE || open == Long.MIN_VALUE
          || Long.signum(amount) == -sign || Long.signum(open) == -sign
          || Math.abs(open) > Math.abs(amount)) {
        return false;
      }
      int idLength = ends[col[1]] - starts[col[1]];
      int customerLength = ends[col[0]] - starts[col[0]];
      if (idLength > 256 || customerLength > 255) {
        return false;
      }
      if (!documents.add(hash(data, starts[col[1]], ends[col[1]]))) {
        return false;
      }
      int customerIndex = customers.find(data, starts[col[0]], ends[col[0]]);
      if (customerIndex < 0) {
        customerIndex = builder.customer(CustomerId.of(new String(data, starts[col[0]],
            customerLength, StandardCharsets.US_ASCII)));
        customers.put(data, starts[col[0]], ends[col[0]], customerIndex);
      }
      builder.add(customerIndex, builder.currency(currency), documentDay, dueDay, open);
      return true;
    }
  }

  private static int lineEnd(byte[] data, int from) {
    int i = from;
    while (i < data.length && data[i] != '\n') {
      i++;
    }
    return i;
  }

  /** The end of a line without a trailing carriage return. */
  private static int contentEnd(byte[] data, int start, int end) {
    return end > start && data[end - 1] == '\r' ? end - 1 : end;
  }

  /** Non-empty, no surrounding blanks or control characters. */
  private static boolean plain(byte[] data, int start, int end) {
    return end > start && data[start] > ' ' && data[end - 1] > ' ';
  }

  private static boolean flag(byte[] data, int start, int end) {
    String text = new String(data, start, end - start, StandardCharsets.US_ASCII);
    return text.isEmpty() || text.equals("true") || text.equals("false");
  }

  private static final byte[][] DEBITS = {bytes("INVOICE"), bytes("DEBIT_NOTE")};
  private static final byte[][] CREDITS = {bytes("CREDIT_NOTE"), bytes("PAYMENT")};

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** The sign of the document type, 0 when not written exactly as the contract spells it. */
  private static int type(byte[] data, int start, int end) {
    for (byte[] name : DEBITS) {
      if (Arrays.equals(data, start, end, name, 0, name.length)) {
        return 1;
      }
    }
    for (byte[] name : CREDITS) {
      if (Arrays.equals(data, start, end, name, 0, name.length)) {
        return -1;
      }
    }
    return 0;
  }

  /** Epoch day of {@code yyyy-MM-dd}, or MIN_VALUE when not a valid date so written. */
  static int day(byte[] data, int start, int end) {
    if (end - start != 10 || data[start + 4] != '-' || data[start + 7] != '-') {
      return Integer.MIN_VALUE;
    }
    int year = digits(data, start, start + 4);
    int month = digits(data, start + 5, start + 7);
    int day = digits(data, start + 8, start + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return Integer.MIN_VALUE;
    }
    // Days from the civil date (proleptic Gregorian), as LocalDate.toEpochDay() counts them.
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  private static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static int digits(byte[] data, int start, int end) {
    int value = 0;
    for (int i = start; i < end; i++) {
      int d = data[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** Minor units of {@code -123.45}, or MIN_VALUE when not plainly within the scale. */
  private static long minor(byte[] data, int start, int end, int scale) {
    int i = start;
    boolean negative = data[i] == '-';
    if (negative) {
      i++;
    }
    long value = 0;
    int whole = 0;
    while (i < end && data[i] != '.') {
      int d = data[i] - '0';
      if (d < 0 || d > 9 || ++whole > 15) {
        return Long.MIN_VALUE;
      }
      value = value * 10 + d;
      i++;
    }
    if (whole == 0) {
      return Long.MIN_VALUE;
    }
    int decimals = 0;
    if (i < end) {
      i++;
      if (i == end) {
        return Long.MIN_VALUE;
      }
      while (i < end) {
        int d = data[i] - '0';
        if (d < 0 || d > 9 || ++decimals > scale) {
          return Long.MIN_VALUE;
        }
        value = value * 10 + d;
        i++;
      }
    }
    for (; decimals < scale; decimals++) {
      value *= 10;
    }
    return negative ? -value : value;
  }

  private static long hash(byte[] data, int start, int end) {
    long h = 0xcbf29ce484222325L;
    for (int i = start; i < end; i++) {
      h ^= data[i];
      h *= 0x100000001b3L;
    }
    h ^= h >>> 29;
    h *= 0xbf58476d1ce4e5b9L;
    return h ^ (h >>> 32);
  }

  /**
   * Customer ids seen so far, by their bytes in the file: the index of each, without a String per
   * row. Open addressing over one array, two longs a slot (the first 8 bytes of the id packed;
   * its length, 24 bits of hash and the value), so a lookup of a short id touches one cache line;
   * a longer id is also compared byte by byte where it was first seen.
   */
  private static final class ByteKeys {
    private byte[] source;
    private long[] table = new long[2 << 12];
    private int[] starts = new int[1 << 12];
    private int size;

    /** The value of the bytes, or -1. */
    int find(byte[] data, int start, int end) {
      int hash = hashOf(data, start, end);
      long word = word(data, start, end);
      long tag = tag(end - start, hash);
      int mask = starts.length - 1;
      int i = hash & mask;
      long info;
      while ((info = table[2 * i + 1]) != 0) {
        if ((info & 0xFFFFFFFF00000000L) == tag && table[2 * i] == word
            && (end - start <= 8 || Arrays.equals(source, starts[i], starts[i] + end - start,
                data, start, end))) {
          return (int) info;
        }
        i = (i + 1) & mask;
      }
      return -1;
    }

    /** Adds bytes not yet present, with a value of at least 0. */
    void put(byte[] data, int start, int end, int value) {
      source = data;
      if (size * 2 >= starts.length) {
        long[] oldTable = table;
        int[] oldStarts = starts;
        table = new long[oldTable.length * 2];
        starts = new int[oldStarts.length * 2];
        for (int k = 0; k < oldStarts.length; k++) {
          long info = oldTable[2 * k + 1];
          if (info != 0) {
            int at = slot(hashOf(source, oldStarts[k],
                oldStarts[k] + (int) (info >>> 56)));
            table[2 * at] = oldTable[2 * k];
            table[2 * at + 1] = info;
            starts[at] = oldStarts[k];
          }
        }
      }
      int at = slot(hashOf(data, start, end));
      table[2 * at] = word(data, start, end);
      table[2 * at + 1] = tag(end - start, hashOf(data, start, end)) | value;
      starts[at] = start;
      size++;
    }

    private int slot(int hash) {
      int mask = starts.length - 1;
      int i = hash & mask;
      while (table[2 * i + 1] != 0) {
        i = (i + 1) & mask;
      }
      return i;
    }

    /** The length (1 to 255: the reader hands longer ids over) and 24 bits of the hash. */
    private static long tag(int length, int hash) {
      return ((long) length << 56) | ((long) (hash >>> 8) & 0xFFFFFFL) << 32;
    }

    private static long word(byte[] data, int start, int end) {
      long w = 0;
      for (int i = start, to = Math.min(end, start + 8); i < to; i++) {
        w = (w << 8) | (data[i] & 0xFF);
      }
      return w;
    }

    /** A well-mixed hash (ids like C-00042 differ in a digit or two). */
    private static int hashOf(byte[] data, int start, int end) {
      long h = 0x9E3779B97F4A7C15L;
      for (int i = start; i < end; i++) {
        h = (h ^ data[i]) * 0x100000001B3L;
      }
      h ^= h >>> 33;
      h *= 0xFF51AFD7ED558CCDL;
      h ^= h >>> 33;
      return (int) h;
    }
  }

  /** Currencies seen so far, by their three letters packed in an int. */
  private static final class Currencies {
    private int[] keys = new int[0];
    private CurrencyUnit[] units = new CurrencyUnit[0];

    /** The currency of three upper-case ASCII letters, or null to hand over. */
    CurrencyUnit find(byte[] data, int start, int end) {
      if (end - start != 3) {
        return null;
      }
      int key = (data[start] << 16) | (data[start + 1] << 8) | data[start + 2];
      for (int k = 0; k < keys.length; k++) {
        if (keys[k] == key) {
          return units[k];
        }
      }
      for (int i = start; i < end; i++) {
        if (data[i] < 'A' || data[i] > 'Z') {
          return null;
        }
      }
      CurrencyUnit unit = CurrencyUnit.of(new String(data, start, 3, StandardCharsets.US_ASCII));
      keys = Arrays.copyOf(keys, keys.length + 1);
      units = Arrays.copyOf(units, units.length + 1);
      keys[keys.length - 1] = key;
      units[units.length - 1] = unit;
      return unit;
    }
  }

  /** An open-addressing set of 64-bit hashes; a repeated hash makes the caller give up. */
  private static final class LongSet {
    LongSet(int expected) {
      slots = new long[Math.max(1 << 16, Integer.highestOneBit(Math.max(1, expected)) << 2)];
    }

    private long[] slots;
    private boolean zero;
    private int size;

    boolean add(long value) {
      if (value == 0) {
        if (zero) {
          return false;
        }
        zero = true;
        return true;
      }
      if (size * 2 >= slots.length) {
        long[] old = slots;
        slots = new long[old.length * 2];
        size = 0;
        for (long v : old) {
          if (v != 0) {
            insert(v);
          }
        }
      }
      return insert(value);
    }

    private boolean insert(long value) {
      int mask = slots.length - 1;
      int i = (int) (value ^ (value >>> 32)) & mask;
      while (slots[i] != 0) {
        if (slots[i] == value) {
          return false;
        }
        i = (i + 1) & mask;
      }
      slots[i] = value;
      size++;
      return true;
    }
  }
}
