package io.credere.examples.spark;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The header row of an input CSV: where each column is (column order is free, names are matched
 * case-insensitively, unknown columns are ignored), and the reading of one cell with errors that
 * name file, line and column. Serializable, so Spark can ship it to the executors.
 */
final class CsvHeader implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final Map<String, Integer> index;
  private final Map<String, String> names;

  private CsvHeader(String source, Map<String, Integer> index, Map<String, String> names) {
    this.source = source;
    this.index = index;
    this.names = names;
  }

  /**
   * Reads the header line (a UTF-8 byte order mark is accepted) and checks the required columns.
   *
   * @throws ValidationException naming line 1 when a required column is missing
   */
  static CsvHeader read(String source, String line, String... required) {
    String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
    String[] fields = CsvText.split(text, source, 1);
    HashMap<String, Integer> index = new HashMap<>();
    HashMap<String, String> names = new HashMap<>();
    for (int i = 0; i < fields.length; i++) {
      String key = fields[i].strip().toLowerCase(Locale.ROOT);
      if (!key.isEmpty() && !index.containsKey(key)) {
        index.put(key, i);
        names.put(key, fields[i].strip());
      }
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        throw ValidationException.at(InputPosition.ofLine(source, 1), column, Optional.empty(),
            "is a required column missing from the header");
      }
    }
    return new CsvHeader(source, index, names);
  }

  /** The file name used in errors. */
  String source() {
    return source;
  }

  /** Splits a data line. */
  String[] split(String line, long lineNumber) {
    return CsvText.split(line, source, lineNumber);
  }

  /** The cell of a column, stripped; empty when the column or the cell is absent or blank. */
  Optional<String> cell(String[] fields, String column) {
    Integer at = index.get(column);
    if (at == null || at >= fields.length || fields[at].isBlank()) {
      return Optional.empty();
    }
    return Optional.of(fields[at].strip());
  }

  /** A required cell, read by {@code reader}; any failure names file, line and column. */
  <T> T required(String[] fields, long line, String column, Function<String, T> reader) {
    String text = cell(fields, column).orElseThrow(() -> ValidationException.at(
        position(line, column), column, Optional.empty(), "is missing"));
    return read(text, line, column, reader);
  }

  /** An optional cell, read by {@code reader} when present. */
  <T> Optional<T> optional(String[] fields, long line, String column,
      Function<String, T> reader) {
    return cell(fields, column).map(text -> read(text, line, column, reader));
  }

  /** Where a column of a line is, by its name as the header spells it. */
  InputPosition position(long line, String column) {
    return InputPosition.of(source, line, names.getOrDefault(column, column));
  }

  private <T> T read(String text, long line, String column, Function<String, T> reader) {
    try {
      return reader.apply(text);
    } catch (ValidationException e) {
      throw e.at(position(line, column));
    } catch (DateTimeParseException e) {
      throw ValidationException.at(position(line, column), column, Optional.of(text),
          "is not a date (expected yyyy-MM-dd)");
    } catch (RuntimeException e) {
      throw ValidationException.at(position(line, column), column, Optional.of(text),
          "is not valid: " + e.getMessage());
    }
  }

  /** Parses a {@code yyyy-MM-dd} date. */
  static LocalDate date(String text) {
    return LocalDate.parse(text);
  }
}
