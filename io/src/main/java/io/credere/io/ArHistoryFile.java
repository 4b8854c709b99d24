package io.credere.io;

import io.credere.core.error.ValidationException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code ar-history} file (month-end snapshots) read into {@link ArPeriodRow}s, in
 * file order. A period that appears twice for one currency is an error naming both lines; a
 * currency whose periods skip a month is invalid input (the contract's "KPIs with a gap"): the
 * first period after the gap is the error, and with a rejects file every later period of that
 * currency goes there too, since none of their KPIs could be computed.
 */
public final class ArHistoryFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("period", "currency", "credit_sales",
      "ending_receivables", "ending_current_receivables");

  private ArHistoryFile() {}

  /** Reads every period of {@code file}. */
  public static List<ArPeriodRow> read(Path file, Rejects rejects) {
    Map<String, Long> seen = new HashMap<>();
    List<ArPeriodRow> rows = new ArrayList<>();
    Map<Long, List<String>> fields = new HashMap<>();
    Map<Long, CurrencyUnit> currencyOf = new HashMap<>();
    CsvInput.forEach(file, "ar-history", REQUIRED, row -> {
      String text = row.text("period");
      YearMonth period = period(row, text);
      CurrencyUnit c = row.currency("currency");
      Long first = seen.putIfAbsent(period + " " + c, row.line());
      if (first != null) {
        throw row.error("period", text, "appears twice for " + c + " (first on line " + first
            + ")");
      }
      rows.add(new ArPeriodRow(period, row.money("credit_sales", c),
          row.money("ending_receivables", c), row.money("ending_current_receivables", c),
          row.line()));
      fields.put(row.line(), row.fields());
      currencyOf.put(row.line(), c);
    }, rejects);
    Set<Long> gapped = gaps(file.toString(), rows, fields, currencyOf, rejects);
    if (gapped.isEmpty()) {
      return rows;
    }
    List<ArPeriodRow> kept = new ArrayList<>();
    for (ArPeriodRow row : rows) {
      if (!gapped.contains(row.line())) {
        kept.add(row);
      }
    }
    return kept;
  }

  private static YearMonth period(CsvRow row, String text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int day = Numbers.epochDay((text + "-01").getBytes(java.nio.charset.StandardCharsets.US_ASCII),
          0, 10);
      if (day == Numbers.DATE_OUT_OF_RANGE) {
        throw row.error("period", text, "is outside the contract's dates (1900-01 to 2999-12)");
      }
      if (day != Numbers.NOT_A_DATE) {
        return YearMonth.parse(text);
      }
    }
    throw row.error("period", text, "is not a month (expected yyyy-MM)");
  }

  /** The lines of the periods that follow a gap in their currency, each rejected. */
  private static Set<Long> gaps(String source, List<ArPeriodRow> rows,
      Map<Long, List<String>> fields, Map<Long, CurrencyUnit> currencyOf, Rejects rejects) {
    Map<CurrencyUnit, List<ArPeriodRow>> byCurrency = new LinkedHashMap<>();
    for (ArPeriodRow row : rows) {
      byCurrency.computeIfAbsent(currencyOf.get(row.line()), c -> new ArrayList<>()).add(row);
    }
    List<ArPeriodRow> after = new ArrayList<>();
    Map<Long, String> reason = new HashMap<>();
    for (Map.Entry<CurrencyUnit, List<ArPeriodRow>> entry : byCurrency.entrySet()) {
      List<ArPeriodRow> periods = new ArrayList<>(entry.getValue());
      periods.sort(Comparator.comparing(ArPeriodRow::period));
      for (int k = 1; k < periods.size(); k++) {
        YearMonth previous = periods.get(k - 1).period();
        if (!periods.get(k).period().equals(previous.plusMonths(1))) {
          String missing = previous.plusMonths(1).toString();
          for (int j = k; j < periods.size(); j++) {
            after.add(periods.get(j));
            reason.put(periods.get(j).line(), j == k
                ? "follows a gap in the " + entry.getKey() + " history: " + missing
                    + " is missing (KPIs cannot bridge a missing month)"
                : "comes after a gap in the " + entry.getKey() + " history (" + missing
                    + " is missing)");
          }
          break;
        }
      }
    }
    after.sort(Comparator.comparingLong(ArPeriodRow::line));
    // fail fast on the first period after a gap, in file order of the first ones
    after.sort(Comparator.comparing((ArPeriodRow r) -> !reason.get(r.line()).startsWith("follows"))
        .thenComparingLong(ArPeriodRow::line));
    Set<Long> lines = new HashSet<>();
    for (ArPeriodRow row : after) {
      lines.add(row.line());
      rejects.reject(source, row.line(), fields.get(row.line()),
          ValidationException.at(io.credere.core.error.InputPosition.of(source, row.line(),
              "period"), "period", Optional.of(row.period().toString()),
              reason.get(row.line())));
    }
    return lines;
  }
}
