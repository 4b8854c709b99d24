package io.credere.cli.io;

import java.util.function.Function;

/**
 * Reading back a file Credere wrote (an {@code allocate} or {@code disputes} output): text cells
 * written with the spreadsheet-safety {@code '} (a cell beginning with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return) are read without it, so ids round-trip.
 */
final class ReadBack {

  private ReadBack() {}

  /** {@code text} without the spreadsheet-safety quote the writer put before it, if any. */
  static String unquoted(String text) {
    if (text.length() > 1 && text.charAt(0) == '\'' && "=+-@\t\r".indexOf(text.charAt(1)) >= 0) {
      return text.substring(1);
    }
    return text;
  }

  /** A required identifier column, unquoted. */
  static <T> T id(CsvRow row, String column, Function<String, T> of) {
    String value = unquoted(row.text(column));
    try {
      return of.apply(value);
    } catch (IllegalArgumentException e) {
      throw row.error(column, value, "is not a valid identifier (" + e.getMessage() + ")");
    }
  }
}
