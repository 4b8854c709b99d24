package io.credere.cli.aging;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ColumnarLedger;
import io.credere.core.id.CustomerId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
    int width = names.length;
    int[] starts = new int[width + 1];
    int[] ends = new int[width + 1];
    ColumnarLedger.Builder builder = ColumnarLedger.builder(Math.max(16, n / 80));
    Map<String, Integer> customers = new HashMap<>();
    Map<String, CurrencyUnit> currencies = new HashMap<>();
    LongSet documents = new LongSet();
    pos = headerEnd + 1;
    while (pos < n) {
      int end = lineEnd(data, pos);
      int content = contentEnd(data, pos, end);
      if (content == pos) {
        pos = end + 1;
        continue;
      }
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
          return null;
        }
      }
      if (fields <= maxCol) {
        return null;
      }
      for (int k = 0; k < REQUIRED.length; k++) {
        if (!plain(data, starts[col[k]], ends[col[k]])) {
          return null;
        }
      }
      if (discountDate >= 0 && discountDate < fields && ends[discountDate] > starts[discountDate]
          || discountPercent >= 0 && discountPercent < fields
          && ends[discountPercent] > starts[discountPercent]) {
        return null;
      }
      if (disputed >= 0 && disputed < fields && !flag(data, starts[disputed], ends[disputed])) {
        return null;
      }
      int sign = type(data, starts[col[2]], ends[col[2]]);
      if (sign == 0) {
        return null;
      }
      int documentDay = day(data, starts[col[3]], ends[col[3]]);
      int dueDay = day(data, starts[col[4]], ends[col[4]]);
      if (documentDay == Integer.MIN_VALUE || dueDay == Integer.MIN_VALUE) {
        return null;
      }
      String code = new String(data, starts[col[5]], ends[col[5]] - starts[col[5]],
          StandardCharsets.US_ASCII);
      CurrencyUnit currency = currencies.get(code);
      if (currency == null) {
        if (code.length() != 3 || !code.equals(code.toUpperCase(Locale.ROOT))) {
          return null;
        }
        currency = CurrencyUnit.of(code);
        currencies.put(code, currency);
      }
      int scale = currency.getDecimalPlaces();
      long amount = minor(data, starts[col[6]], ends[col[6]], scale);
      long open = minor(data, starts[col[7]], ends[col[7]], scale);
      if (amount == Long.MIN_VALUE || open == Long.MIN_VALUE
          || Long.signum(amount) == -sign || Long.signum(open) == -sign
          || Math.abs(open) > Math.abs(amount)) {
        return null;
      }
      int idLength = ends[col[1]] - starts[col[1]];
      int customerLength = ends[col[0]] - starts[col[0]];
      if (idLength > 256 || customerLength > 256) {
        return null;
      }
      if (!documents.add(hash(data, starts[col[1]], ends[col[1]]))) {
        return null;
      }
      String customer = new String(data, starts[col[0]], customerLength,
          StandardCharsets.US_ASCII);
      Integer customerIndex = customers.get(customer);
      if (customerIndex == null) {
        customerIndex = builder.customer(CustomerId.of(customer));
        customers.put(customer, customerIndex);
      }
      builder.add(customerIndex, builder.currency(currency), documentDay, dueDay, open);
      pos = end + 1;
    }
    return builder.build();
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

  /** The sign of the document type, 0 when not written exactly as the contract spells it. */
  private static int type(byte[] data, int start, int end) {
    String text = new String(data, start, end - start, StandardCharsets.US_ASCII);
    switch (text) {
      case "INVOICE":
      case "DEBIT_NOTE":
        return 1;
      case "CREDIT_NOTE":
      case "PAYMENT":
        return -1;
      default:
        return 0;
    }
  }

  /** Epoch day of {@code yyyy-MM-dd}, or MIN_VALUE when not a valid date so written. */
  private static int day(byte[] data, int start, int end) {
    if (end - start != 10 || data[start + 4] != '-' || data[start + 7] != '-') {
      return Integer.MIN_VALUE;
    }
    int year = digits(data, start, start + 4);
    int month = digits(data, start + 5, start + 7);
    int day = digits(data, start + 8, start + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return Integer.MIN_VALUE;
    }
    return (int) LocalDate.of(year, month, day).toEpochDay();
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

  /** An open-addressing set of 64-bit hashes; a repeated hash makes the caller give up. */
  private static final class LongSet {
    private long[] slots = new long[1 << 16];
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
