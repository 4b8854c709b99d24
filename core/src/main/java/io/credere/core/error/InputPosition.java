package io.credere.core.error;

import io.credere.core.Checks;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where a value was read: a source (file name), a line (1-based, the header being line 1 of a
 * CSV) and a column (name or number). Every part may be absent; {@link #unknown()} has none.
 *
 * <p>Immutable and thread-safe.
 */
public final class InputPosition {

  private static final InputPosition UNKNOWN = new InputPosition(null, 0, null);

  private final String source;
  private final long line;
  private final String column;

  private InputPosition(String source, long line, String column) {
    this.source = source;
    this.line = line;
    this.column = column;
  }

  /** A position with nothing known. */
  public static InputPosition unknown() {
    return UNKNOWN;
  }

  /**
   * A position in a file.
   *
   * @param source the file name as the user gave it, not blank
   * @param line the 1-based line number, positive
   * @param column the column name as it appears in the header, not blank
   */
  public static InputPosition of(String source, long line, String column) {
    Checks.argument(line > 0, "Line must be positive, but was " + line);
    return new InputPosition(
        Checks.notBlank(source, "source"), line, Checks.notBlank(column, "column"));
  }

  /** A position at a whole line of a file (no single column). */
  public static InputPosition ofLine(String source, long line) {
    Checks.argument(line > 0, "Line must be positive, but was " + line);
    return new InputPosition(Checks.notBlank(source, "source"), line, null);
  }

  /** A position in a file with no line (the file as a whole). */
  public static InputPosition ofSource(String source) {
    return new InputPosition(Checks.notBlank(source, "source"), 0, null);
  }

  /** This position with the column set. */
  public InputPosition withColumn(String columnName) {
    return new InputPosition(source, line, Checks.notBlank(columnName, "column"));
  }

  /** The file name, when known. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /** The 1-based line, when known. */
  public OptionalLong line() {
    return line > 0 ? OptionalLong.of(line) : OptionalLong.empty();
  }

  /** The column name, when known. */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /** Whether nothing is known. */
  public boolean isUnknown() {
    return source == null && line == 0 && column == null;
  }

  /** Reads as {@code ledger.csv, line 7, column due_date}; parts that are unknown are left out. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (source != null) {
      text.append(source);
    }
    if (line > 0) {
      text.append(text.length() > 0 ? ", " : "").append("line ").append(line);
    }
    if (column != null) {
      text.append(text.length() > 0 ? ", " : "").append("column ").append(column);
    }
    return text.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InputPosition
        && ((InputPosition) other).line == line
        && Objects.equals(((InputPosition) other).source, source)
        && Objects.equals(((InputPosition) other).column, column);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, column);
  }
}
