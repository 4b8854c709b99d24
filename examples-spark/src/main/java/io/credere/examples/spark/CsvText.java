package io.credere.examples.spark;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract's CSV dialect, one physical line at a time: comma separated, RFC 4180 quoting
 * (a quoted field may hold commas and doubled quotes, but not a line break, since Spark splits
 * text files by line), and the writing side with CSV-injection safety.
 */
final class CsvText {

  private CsvText() {}

  /**
   * The fields of one line.
   *
   * @throws ValidationException naming the line when a quote is not closed or is followed by
   *     something other than a comma
   */
  static String[] split(String line, String source, long lineNumber) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = line.length();
    while (true) {
      if (i < n && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= n) {
            throw ValidationException.at(InputPosition.ofLine(source, lineNumber), "csv",
                Optional.empty(), "has a quoted field that is not closed on its line");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < n && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < n && line.charAt(i) != ',') {
          throw ValidationException.at(InputPosition.ofLine(source, lineNumber), "csv",
              Optional.empty(), "has text after a closing quote at character " + (i + 1));
        }
      } else {
        while (i < n && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      fields.add(field.toString());
      field.setLength(0);
      if (i >= n) {
        return fields.toArray(new String[0]);
      }
      i++; // the comma
    }
  }

  /** A text cell taken from input: prefixed with {@code '} when Excel would run it, quoted. */
  static String text(String value) {
    String safe = value.isEmpty() ? value : switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
    return quote(safe);
  }

  /** A cell quoted when it holds a comma, a quote or a line break. */
  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
        && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
