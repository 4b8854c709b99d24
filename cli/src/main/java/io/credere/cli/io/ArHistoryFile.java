package io.credere.cli.io;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code ar-history} file read into {@link ArPeriodRow}s, in file order. A period
 * that appears twice for one currency is an error naming both lines.
 */
public final class ArHistoryFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("period", "currency", "credit_sales",
      "ending_receivables", "ending_current_receivables");

  private ArHistoryFile() {}

  /** Reads every period of {@code file}. */
  public static List<ArPeriodRow> read(Path file, Rejects rejects) {
    Map<String, Long> seen = new HashMap<>();
    return CsvInput.read(file, "ar-history", REQUIRED, row -> {
      String text = row.text("period");
      YearMonth period;
      try {
        if (!text.matches("\\d{4}-\\d{2}")) {
          throw new DateTimeParseException("not yyyy-MM", text, 0);
        }
        period = YearMonth.parse(text);
      } catch (DateTimeParseException e) {
        throw row.error("period", text, "is not a month (expected yyyy-MM)");
      }
      CurrencyUnit c = row.currency("currency");
      Long first = seen.putIfAbsent(period + " " + c, row.line());
      if (first != null) {
        throw row.error("period", text, "appears twice for " + c + " (first on line " + first + ")");
      }
      return new ArPeriodRow(period, row.money("credit_sales", c),
          row.money("ending_receivables", c), row.money("ending_current_receivables", c),
          row.line());
    }, rejects);
  }
}
