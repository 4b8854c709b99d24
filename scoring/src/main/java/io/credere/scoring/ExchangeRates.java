package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The exchange-rate strategy a host supplies for exposure in more than one currency: the amount
 * of {@code to} per unit of {@code from} on a date. An item or order in another currency than
 * the account's is converted with it; without a rate the exposure cannot be known and the credit
 * check holds ({@code UNCONVERTED_EXPOSURE}).
 *
 * <p>{@link #none()} has no rates; {@link #of(Map)} is a fixed table (the rates of one day).
 * Implementations must be immutable and thread-safe; the library reads no rate on its own.
 */
@FunctionalInterface
public interface ExchangeRates {

  /** The amount of {@code to} per unit of {@code from} on {@code on}, when known. */
  Optional<BigDecimal> rate(CurrencyUnit from, CurrencyUnit to, LocalDate on);

  /**
   * {@code amount} in {@code to} on {@code on}: multiplied by the rate {@code from -> to}, or
   * divided by the rate {@code to -> from} when only that one is known, rounded once, HALF_EVEN,
   * to the currency's scale; the amount itself in its own currency; empty without a rate.
   */
  default Optional<Money> convert(Money amount, CurrencyUnit to, LocalDate on) {
    CurrencyUnit from = amount.getCurrencyUnit();
    if (from.equals(to)) {
      return Optional.of(amount);
    }
    Optional<BigDecimal> direct = rate(from, to, on);
    if (direct.isPresent()) {
      return Optional.of(Monies.round(to, amount.getAmount().multiply(direct.get())));
    }
    return rate(to, from, on).filter(r -> r.signum() > 0).map(inverse -> Monies.round(to,
        amount.getAmount().divide(inverse, MathContext.DECIMAL128)));
  }

  /** No rates at all: every other currency is unconverted. */
  static ExchangeRates none() {
    return (from, to, on) -> from.equals(to) ? Optional.of(BigDecimal.ONE) : Optional.empty();
  }

  /**
   * A fixed table: {@code rates.get(from).get(to)} is the amount of {@code to} per unit of
   * {@code from}, whatever the date. Rates must be positive.
   */
  static ExchangeRates of(Map<CurrencyUnit, Map<CurrencyUnit, BigDecimal>> rates) {
    Checks.notNull(rates, "rates");
    Map<CurrencyUnit, Map<CurrencyUnit, BigDecimal>> copy = new HashMap<>();
    rates.forEach((from, row) -> {
      row.forEach((to, rate) -> Checks.argument(rate.signum() > 0,
          "Exchange rate " + from + "/" + to + " must be positive, but was " + rate));
      copy.put(from, Map.copyOf(row));
    });
    Map<CurrencyUnit, Map<CurrencyUnit, BigDecimal>> table = Map.copyOf(copy);
    return (from, to, on) -> from.equals(to) ? Optional.of(BigDecimal.ONE)
        : Optional.ofNullable(table.getOrDefault(from, Map.of()).get(to));
  }
}
