package io.credere.io;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One data row of a contract CSV file, with typed accessors that apply the contract's rules (its
 * limits included) and whose errors name the file, the line, the column as spelt in the header
 * and the value.
 *
 * <p>A row is a view of the reader's buffer: it is valid only while the row handler runs; keep
 * the values read from it, not the row. Cells are trimmed; a blank or absent cell is absent.
 */
public final class CsvRow {

  /** The longest identifier the contract allows, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  private final CsvRecord rec;
  private final CsvHeader header;
  private final Currencies currencies = new Currencies();

  CsvRow(CsvParser parser, CsvHeader header) {
    this(parser.record(), header);
  }

  /** A row that reads whatever record {@code rec} holds at the time. */
  CsvRow(CsvRecord rec, CsvHeader header) {
    this.rec = rec;
    this.header = header;
  }

  /** The file name as the user gave it. */
  public String source() {
    return rec.source;
  }

  /** The 1-based line number on which the row starts (the header is line 1). */
  public long line() {
    return rec.line;
  }

  /** The file's header. */
  public CsvHeader header() {
    return header;
  }

  /** The position of a column of this row, with the column named as in the header. */
  public InputPosition position(String column) {
    return InputPosition.of(source(), line(), header.spelling(column));
  }

  /** The position of the whole row. */
  public InputPosition position() {
    return InputPosition.ofLine(source(), line());
  }

  /** Whether the file has this column. */
  public boolean hasColumn(String column) {
    return header.indexOf(column) >= 0;
  }

  /** The raw fields of the row, in file order (quotes removed, not trimmed). */
  public List<String> fields() {
    List<String> fields = new ArrayList<>(rec.count);
    for (int k = 0; k < rec.count; k++) {
      fields.add(new String(rec.buf, rec.start(k), rec.end(k) - rec.start(k),
          StandardCharsets.UTF_8));
    }
    return fields;
  }

  /** The trimmed text of a column; empty when the column is absent or the cell blank. */
  public Optional<String> optional(String column) {
    return Optional.ofNullable(textOrNull(header.indexOf(column)));
  }

  /** The trimmed text of the cell at {@code at} (the column's index, -1 when absent). */
  Optional<String> optional(int at) {
    return Optional.ofNullable(textOrNull(at));
  }

  /** The trimmed text of a required column. */
  public String text(String column) {
    String text = textOrNull(header.indexOf(column));
    if (text == null) {
      throw error(column, null, "is missing");
    }
    return text;
  }

  /** A required identifier: at most {@value #MAX_ID_LENGTH} characters. */
  public String id(String column) {
    return checkId(column, text(column));
  }

  /** An optional identifier: at most {@value #MAX_ID_LENGTH} characters. */
  public Optional<String> optionalId(String column) {
    return optional(column).map(text -> checkId(column, text));
  }

  private String checkId(String column, String text) {
    if (text.length() > MAX_ID_LENGTH) {
      throw error(column, text.substring(0, 40) + "...", "is longer than the contract's "
          + MAX_ID_LENGTH + " characters for an identifier (" + text.length() + ")");
    }
    return text;
  }

  /** A required date {@code yyyy-MM-dd} within the contract's 1900-01-01 to 2999-12-31. */
  public LocalDate date(String column) {
    return LocalDate.ofEpochDay(epochDay(column));
  }

  /** An optional date. */
  public Optional<LocalDate> optionalDate(String column) {
    return isBlank(header.indexOf(column)) ? Optional.empty() : Optional.of(date(column));
  }

  /** A required ISO 4217 currency code (any case). */
  public CurrencyUnit currency(String column) {
    return currency(header.indexOf(column), column);
  }

  /** The currency of the cell at {@code at} (the column's index, -1 when absent). */
  CurrencyUnit currency(int at, String column) {
    int s = trimmedStart(at);
    int e = trimmedEnd(at, s);
    if (s >= e) {
      throw error(column, null, "is missing");
    }
    CurrencyUnit known = currencies.find(rec.buf, s, e);
    if (known != null) {
      return known;
    }
    String value = text(column);
    try {
      CurrencyUnit unit = Monies.currency(value, column);
      currencies.put(rec.buf, s, e, unit);
      return unit;
    } catch (ValidationException ex) {
      throw ex.at(position(column));
    }
  }

  /**
   * A required amount in {@code currency}: plain decimal, at most the currency's decimals, at
   * most 10^15 in absolute value.
   */
  public Money money(String column, CurrencyUnit currency) {
    return Money.ofMinor(currency, minor(column, currency));
  }

  /** An optional amount in {@code currency}. */
  public Optional<Money> optionalMoney(String column, CurrencyUnit currency) {
    return isBlank(header.indexOf(column)) ? Optional.empty()
        : Optional.of(money(column, currency));
  }

  /** A required amount in the currency's minor units (the same rules as {@link #money}). */
  public long minor(String column, CurrencyUnit currency) {
    return minor(header.indexOf(column), column, currency);
  }

  /** The amount of the cell at {@code at} in minor units. */
  long minor(int at, String column, CurrencyUnit currency) {
    int s = trimmedStart(at);
    int e = trimmedEnd(at, s);
    if (s >= e) {
      throw error(column, null, "is missing");
    }
    long value = Numbers.minor(rec.buf, s, e, currency.getDecimalPlaces());
    if (value < Numbers.NOT_AN_AMOUNT) {
      return value;
    }
    String text = text(column);
    if (value == Numbers.TOO_MANY_DECIMALS) {
      throw error(column, text, "has more decimals than " + currency.getCode() + " allows ("
          + currency.getDecimalPlaces() + ")");
    }
    if (value == Numbers.TOO_LARGE) {
      throw error(column, text, "is beyond the contract's limit of 10^15 in absolute value");
    }
    throw error(column, text, "is not an amount (expected digits with an optional '-' and '.' "
        + "decimal point, no thousands separators)");
  }

  /** A required plain decimal number ({@code -12.5}). */
  public BigDecimal decimal(String column) {
    String value = text(column);
    if (value.length() > 40 || !Numbers.isPlainDecimal(value)) {
      throw error(column, value, "is not a number (expected digits with '.' as decimal point)");
    }
    return new BigDecimal(value);
  }

  /** An optional plain decimal number. */
  public Optional<BigDecimal> optionalDecimal(String column) {
    return isBlank(header.indexOf(column)) ? Optional.empty() : Optional.of(decimal(column));
  }

  /** A required whole number within {@code int}. */
  public int integer(String column) {
    String text = text(column);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error(column, text, "is not a whole number");
    }
  }

  /** An optional {@code true}/{@code false} (any case); blank or absent is {@code false}. */
  public boolean flag(String column) {
    return flag(header.indexOf(column), column);
  }

  /** The flag of the cell at {@code at}. */
  boolean flag(int at, String column) {
    int s = trimmedStart(at);
    int e = trimmedEnd(at, s);
    int bit = Numbers.flag(rec.buf, s, e);
    if (bit < 0) {
      throw error(column, text(column), "is not true or false");
    }
    return bit == 1;
  }

  /** An error about a column of this row. */
  public ValidationException error(String column, String value, String rule) {
    return ValidationException.at(position(column), column, Optional.ofNullable(value), rule);
  }

  // ---- byte-level access for the readers of this package

  /** The epoch day of a required date column. */
  int epochDay(String column) {
    return epochDay(header.indexOf(column), column);
  }

  /** The epoch day of the date cell at {@code at}. */
  int epochDay(int at, String column) {
    int s = trimmedStart(at);
    int e = trimmedEnd(at, s);
    if (s >= e) {
      throw error(column, null, "is missing");
    }
    int day = Numbers.epochDay(rec.buf, s, e);
    if (day == Numbers.NOT_A_DATE) {
      throw error(column, text(column), "is not a date (expected yyyy-MM-dd)");
    }
    if (day == Numbers.DATE_OUT_OF_RANGE) {
      throw error(column, text(column), "is outside the contract's dates (1900-01-01 to "
          + "2999-12-31)");
    }
    return day;
  }

  /** Whether a cell (by index, -1 for an absent column) is absent or blank. */
  boolean isBlank(int at) {
    int s = trimmedStart(at);
    return s >= trimmedEnd(at, s);
  }

  /** The first byte of the trimmed cell; for an absent cell 0 (with an end of 0). */
  int trimmedStart(int at) {
    if (at < 0 || at >= rec.count) {
      return 0;
    }
    byte[] b = rec.buf;
    int s = rec.start(at);
    int e = rec.end(at);
    while (s < e && Numbers.isSpace(b[s])) {
      s++;
    }
    return s;
  }

  /** The end of the trimmed cell that starts at {@code s}. */
  int trimmedEnd(int at, int s) {
    if (at < 0 || at >= rec.count) {
      return 0;
    }
    byte[] b = rec.buf;
    int e = rec.end(at);
    while (e > s && Numbers.isSpace(b[e - 1])) {
      e--;
    }
    return e;
  }

  byte[] buffer() {
    return rec.buf;
  }

  boolean nonAscii() {
    return rec.nonAscii;
  }

  long offset() {
    return rec.offset;
  }

  private String textOrNull(int at) {
    if (at < 0 || at >= rec.count) {
      return null;
    }
    int s = trimmedStart(at);
    int e = trimmedEnd(at, s);
    if (s >= e) {
      return null;
    }
    if (!rec.nonAscii) {
      return new String(rec.buf, s, e - s, StandardCharsets.ISO_8859_1);
    }
    String text = new String(rec.buf, s, e - s, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * Checks the row as a whole before any cell is read: its quoting, and that it is UTF-8 text.
   */
  void checkRecord() {
    String problem = rec.problem;
    if (problem != null) {
      throw ValidationException.at(position(), "csv", Optional.empty(), problem);
    }
    if (rec.nonAscii && !Numbers.isUtf8(rec.buf, rec.recordStart, rec.recordEnd)) {
      throw ValidationException.at(position(), "csv", Optional.empty(),
          "is not UTF-8 text (the contract's files are UTF-8)");
    }
  }

  /** Whether every cell is blank (a spreadsheet's empty row after the data). */
  boolean allBlank() {
    for (int k = 0; k < rec.count; k++) {
      if (!isBlank(k)) {
        return false;
      }
    }
    return true;
  }

  /** Currencies already seen in this file, by their three bytes. */
  private static final class Currencies {
    private int[] keys = new int[8];
    private CurrencyUnit[] units = new CurrencyUnit[8];
    private int size;

    CurrencyUnit find(byte[] b, int s, int e) {
      if (e - s != 3) {
        return null;
      }
      int key = ((b[s] & 0xFF) << 16) | ((b[s + 1] & 0xFF) << 8) | (b[s + 2] & 0xFF);
      for (int k = 0; k < size; k++) {
        if (keys[k] == key) {
          return units[k];
        }
      }
      return null;
    }

    void put(byte[] b, int s, int e, CurrencyUnit unit) {
      if (e - s != 3 || size == keys.length) {
        return;
      }
      keys[size] = ((b[s] & 0xFF) << 16) | ((b[s + 1] & 0xFF) << 8) | (b[s + 2] & 0xFF);
      units[size] = unit;
      size++;
    }
  }

  static String lower(String column) {
    return column.toLowerCase(Locale.ROOT);
  }
}
