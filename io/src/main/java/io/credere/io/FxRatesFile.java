package io.credere.io;

import io.credere.scoring.ExchangeRates;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code --fx-rates} file ({@code from_currency,to_currency,rate}: the amount of
 * {@code to_currency} per unit of {@code from_currency} on the as-of date) read into the
 * {@link ExchangeRates} of a credit check or an assessment. A rate must be a positive number,
 * the two currencies must differ, and a pair may appear once.
 */
public final class FxRatesFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("from_currency", "to_currency", "rate");

  private FxRatesFile() {}

  /** One rate of the file. */
  record Row(CurrencyUnit from, CurrencyUnit to, BigDecimal rate, long line) {}

  /** Reads the rates of {@code file}. */
  public static ExchangeRates read(Path file, Rejects rejects) {
    Map<String, Long> seen = new HashMap<>();
    List<Row> rows = CsvInput.read(file, "fx-rates", REQUIRED, row -> {
      CurrencyUnit from = row.currency("from_currency");
      CurrencyUnit to = row.currency("to_currency");
      if (from.equals(to)) {
        throw row.error("to_currency", to.getCode(), "is the same as from_currency");
      }
      BigDecimal rate = row.decimal("rate");
      if (rate.signum() <= 0) {
        throw row.error("rate", row.text("rate"), "must be a positive number");
      }
      Long earlier = seen.putIfAbsent(from.getCode() + "/" + to.getCode(), row.line());
      if (earlier != null) {
        throw row.error("from_currency", from.getCode(), "the rate " + from.getCode() + " to "
            + to.getCode() + " is already given on line " + earlier);
      }
      return new Row(from, to, rate, row.line());
    }, rejects);
    Map<CurrencyUnit, Map<CurrencyUnit, BigDecimal>> table = new HashMap<>();
    for (Row row : rows) {
      table.computeIfAbsent(row.from(), c -> new HashMap<>()).put(row.to(), row.rate());
    }
    return ExchangeRates.of(table);
  }

}
