package io.credere.io;

import java.util.List;

/**
 * Writing the contract's CSV dialect: RFC 4180 quoting where a cell needs it, and spreadsheet
 * safety for text taken from input (a leading {@code '} before {@code = + - @}, a tab or a
 * carriage return, so Excel never runs it as a formula).
 */
public final class CsvText {

  private CsvText() {}

  /** {@code text}, prefixed with {@code '} when a spreadsheet could take it for a formula. */
  public static String safe(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r' ? "'" + text : text;
  }

  /** A cell quoted when it holds a comma, a quote or a line break; quotes doubled. */
  public static String quote(String cell) {
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return '"' + cell.replace("\"", "\"\"") + '"';
      }
    }
    return cell;
  }

  /** One record: the cells quoted as needed, joined by commas, ended by {@code \n}. */
  public static String record(List<String> cells) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(quote(cells.get(i)));
    }
    return line.append('\n').toString();
  }
}
