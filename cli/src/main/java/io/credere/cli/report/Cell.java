package io.credere.cli.report;

import io.credere.core.Checks;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One typed cell of a {@link Report}. The type decides how each format writes it: amounts with
 * exactly the currency's scale, ratios with their fixed scale, dates {@code yyyy-MM-dd}, text
 * from input made spreadsheet-safe.
 *
 * <p>Immutable and thread-safe.
 */
public final class Cell {

  /** How a cell is written. */
  public enum Kind {
    /** Text the program wrote itself (codes, kinds, headings). */
    TEXT,
    /** Text taken from input (names, references, remittance): spreadsheet-safe in CSV. */
    INPUT,
    /** Money, with exactly its currency's scale. */
    AMOUNT,
    /** A decimal number with a fixed scale (ratios, percentages). */
    DECIMAL,
    /** A whole number. */
    INTEGER,
    /** A date. */
    DATE,
    /** No value: an empty CSV cell, JSON null, an empty spreadsheet cell. */
    EMPTY
  }

  private static final Cell EMPTY = new Cell(Kind.EMPTY, null);

  private final Kind kind;
  private final Object value;

  private Cell(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /** Text the program wrote. */
  public static Cell text(String text) {
    return new Cell(Kind.TEXT, Checks.notNull(text, "text"));
  }

  /** Text taken from input. */
  public static Cell input(String text) {
    return new Cell(Kind.INPUT, Checks.notNull(text, "text"));
  }

  /** Text taken from input, or empty. */
  public static Cell input(Optional<String> text) {
    return Checks.notNull(text, "text").map(Cell::input).orElse(EMPTY);
  }

  /** An amount. */
  public static Cell amount(Money amount) {
    return new Cell(Kind.AMOUNT, Checks.notNull(amount, "amount"));
  }

  /** A decimal rounded HALF_EVEN to {@code scale} places. */
  public static Cell decimal(BigDecimal value, int scale) {
    return new Cell(Kind.DECIMAL,
        Checks.notNull(value, "value").setScale(scale, RoundingMode.HALF_EVEN));
  }

  /** A decimal rounded HALF_EVEN to {@code scale} places, or empty. */
  public static Cell decimal(Optional<BigDecimal> value, int scale) {
    return Checks.notNull(value, "value").map(v -> decimal(v, scale)).orElse(EMPTY);
  }

  /** A whole number. */
  public static Cell integer(long value) {
    return new Cell(Kind.INTEGER, value);
  }

  /** A date. */
  public static Cell date(LocalDate date) {
    return new Cell(Kind.DATE, Checks.notNull(date, "date"));
  }

  /** A date, or empty. */
  public static Cell date(Optional<LocalDate> date) {
    return Checks.notNull(date, "date").map(Cell::date).orElse(EMPTY);
  }

  /** No value. */
  public static Cell empty() {
    return EMPTY;
  }

  /** How the cell is written. */
  public Kind kind() {
    return kind;
  }

  /** The value: String, Money, BigDecimal, Long or LocalDate; absent when empty. */
  public Optional<Object> value() {
    return Optional.ofNullable(value);
  }

  /** The contract's CSV text of the cell. */
  public String csv() {
    switch (kind) {
      case INPUT:
        return CellText.safe((String) value);
      case AMOUNT:
        return Monies.format((Money) value);
      case DECIMAL:
        return ((BigDecimal) value).toPlainString();
      case EMPTY:
        return "";
      default:
        return value.toString();
    }
  }

  /** The plain text of the cell, without spreadsheet escaping (for JSON and the console). */
  public String plain() {
    return kind == Kind.INPUT ? (String) value : csv();
  }

  @Override
  public String toString() {
    return plain();
  }
}
