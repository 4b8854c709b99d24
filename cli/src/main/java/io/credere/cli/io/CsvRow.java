package io.credere.cli.io;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One data row of a CSV file, with typed accessors whose errors name the file, the line, the
 * column (as spelt in the header) and the value.
 */
public final class CsvRow {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final String source;
  private final long line;
  private final List<String> fields;
  private final Map<String, Integer> index;
  private final List<String> header;

  CsvRow(String source, long line, List<String> fields, Map<String, Integer> index,
      List<String> header) {
    this.source = source;
    this.line = line;
    this.fields = fields;
    this.index = index;
    this.header = header;
  }

  /** The file name as the user gave it. */
  public String source() {
    return source;
  }

  /** The 1-based line number on which the row starts (the header is line 1). */
  public long line() {
    return line;
  }

  /** The raw fields, in file order. */
  public List<String> fields() {
    return fields;
  }

  /** The position of a column of this row, with the column named as in the header. */
  public InputPosition position(String column) {
    Integer at = index.get(column.toLowerCase(Locale.ROOT));
    return InputPosition.of(source, line, at == null ? column : header.get(at));
  }

  /** The position of the whole row. */
  public InputPosition position() {
    return InputPosition.ofLine(source, line);
  }

  /** Whether the file has this column. */
  public boolean hasColumn(String column) {
    return index.containsKey(column.toLowerCase(Locale.ROOT));
  }

  /** The trimmed text of a column; empty when the column is absent or the cell blank. */
  public Optional<String> optional(String column) {
    Integer at = index.get(column.toLowerCase(Locale.ROOT));
    if (at == null || at >= fields.size()) {
      return Optional.empty();
    }
    String value = fields.get(at).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /** The trimmed text of a required column. */
  public String text(String column) {
    return optional(column).orElseThrow(() -> error(column, null, "is missing"));
  }

  /** A required date {@code yyyy-MM-dd}. */
  public LocalDate date(String column) {
    return parseDate(column, text(column));
  }

  /** An optional date {@code yyyy-MM-dd}. */
  public Optional<LocalDate> optionalDate(String column) {
    return optional(column).map(value -> parseDate(column, value));
  }

  /** A required ISO 4217 currency code. */
  public CurrencyUnit currency(String column) {
    String value = text(column);
    try {
      return Monies.currency(value, column);
    } catch (ValidationException e) {
      throw e.at(position(column));
    }
  }

  /** A required amount in {@code currency}, at most the currency's decimals. */
  public Money money(String column, CurrencyUnit currency) {
    String value = text(column);
    try {
      return Monies.parse(currency, value, column);
    } catch (ValidationException e) {
      throw e.at(position(column));
    }
  }

  /** An optional amount in {@code currency}. */
  public Optional<Money> optionalMoney(String column, CurrencyUnit currency) {
    return optional(column).map(value -> money(column, currency));
  }

  /** A required plain decimal number ({@code -12.5}). */
  public BigDecimal decimal(String column) {
    return parseDecimal(column, text(column));
  }

  /** An optional plain decimal number. */
  public Optional<BigDecimal> optionalDecimal(String column) {
    return optional(column).map(value -> parseDecimal(column, value));
  }

  /** An optional {@code true}/{@code false} (any case); blank or absent is {@code false}. */
  public boolean flag(String column) {
    Optional<String> value = optional(column);
    if (value.isEmpty()) {
      return false;
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw error(column, value.get(), "is not true or false");
    }
  }

  /** An error about a column of this row. */
  public ValidationException error(String column, String value, String rule) {
    return ValidationException.at(position(column), column, Optional.ofNullable(value), rule);
  }

  private LocalDate parseDate(String column, String value) {
    try {
      return LocalDate.parse(value, ISO_DATE);
    } catch (DateTimeParseException e) {
      throw error(column, value, "is not a date (expected yyyy-MM-dd)");
    }
  }

  private BigDecimal parseDecimal(String column, String value) {
    if (!value.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)") || value.length() > 40) {
      throw error(column, value, "is not a number (expected digits with '.' as decimal point)");
    }
    return new BigDecimal(value);
  }
}
