package io.credere.cli.report;

/**
 * Spreadsheet safety for text taken from input: a value starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} so a spreadsheet
 * never runs it as a formula (CSV injection).
 */
public final class CellText {

  private CellText() {}

  /** {@code text}, prefixed with {@code '} when a spreadsheet could take it for a formula. */
  public static String safe(String text) {
    return io.credere.io.CsvText.safe(text);
  }
}
