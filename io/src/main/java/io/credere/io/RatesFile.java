package io.credere.io;

import io.credere.collections.interest.RateTable;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A reference rate table: CSV {@code effective_date,rate} (rate in percent per year, e.g.
 * {@code 5.25}; negative rates allowed). An effective date that appears twice is an error naming
 * both lines; a table without rows is an error naming the file.
 */
public final class RatesFile {

  /** The required columns. */
  public static final java.util.List<String> REQUIRED = java.util.List.of("effective_date", "rate");

  private RatesFile() {}

  /** Reads the table of {@code file}; bad rows stop the run. */
  public static RateTable read(Path file) {
    return read(file, Rejects.failFast());
  }

  /** Reads the table of {@code file}, bad rows going to {@code rejects}. */
  public static RateTable read(Path file, Rejects rejects) {
    Map<LocalDate, BigDecimal> rates = new LinkedHashMap<>();
    Map<LocalDate, Long> seen = new HashMap<>();
    CsvInput.forEach(file, "rates", REQUIRED, row -> {
      LocalDate date = row.date("effective_date");
      BigDecimal rate = row.decimal("rate");
      Long first = seen.putIfAbsent(date, row.line());
      if (first != null) {
        throw row.error("effective_date", date.toString(),
            "appears twice in the rate table (first on line " + first + ")");
      }
      rates.put(date, rate);
    }, rejects);
    if (rates.isEmpty()) {
      // a whole-file rule: named at the header, line 1
      throw ValidationException.at(InputPosition.ofLine(file.toString(), 1), "rates",
          Optional.empty(), "has no rows (expected effective_date,rate rows after the header)");
    }
    return RateTable.of(rates);
  }
}
