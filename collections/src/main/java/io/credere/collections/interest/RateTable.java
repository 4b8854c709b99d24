package io.credere.collections.interest;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A reference rate's history as the host supplies it: each rate (percent per year, e.g.
 * {@code 5.25}) with the date it took effect. The rate in force on a date is the one of the
 * latest effective date on or before it.
 *
 * <p>Immutable and thread-safe.
 */
public final class RateTable {

  private final TreeMap<LocalDate, BigDecimal> rates;

  private RateTable(TreeMap<LocalDate, BigDecimal> rates) {
    this.rates = rates;
  }

  /**
   * A table of {@code rates} by effective date.
   *
   * @throws ValidationException when empty
   */
  public static RateTable of(Map<LocalDate, BigDecimal> rates) {
    Checks.notNull(rates, "rates");
    if (rates.isEmpty()) {
      throw ValidationException.of("rates", Optional.empty(),
          "is empty (expected at least one effective_date,rate row)");
    }
    TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>();
    rates.forEach((date, rate) -> copy.put(Checks.notNull(date, "effective_date"),
        Checks.notNull(rate, "rate")));
    return new RateTable(copy);
  }

  /**
   * The rate in force on {@code date}.
   *
   * @throws ValidationException when the table starts after {@code date}
   */
  public BigDecimal rateOn(LocalDate date) {
    Map.Entry<LocalDate, BigDecimal> entry = rates.floorEntry(Checks.notNull(date, "date"));
    if (entry == null) {
      throw ValidationException.of("rates", Optional.of(date.toString()),
          "has no reference rate in force on this date (the table starts on "
              + rates.firstKey() + ")");
    }
    return entry.getValue();
  }

  /** The rates by effective date, in date order. */
  public Map<LocalDate, BigDecimal> rates() {
    return Collections.unmodifiableMap(rates);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RateTable table && table.rates.equals(rates);
  }

  @Override
  public int hashCode() {
    return rates.hashCode();
  }

  @Override
  public String toString() {
    return "RateTable" + rates;
  }
}
