package io.credere.statements;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The currency exchange a statement reports on a transaction (camt {@code CcyXchg}): the rate as
 * the bank wrote it and the currencies it names. ISO 20022 defines the rate as the units of
 * {@link #targetCurrency()} per unit of {@link #sourceCurrency()} unless {@link #unitCurrency()}
 * says otherwise. Use the generated {@code ExchangeRate.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExchangeRate {

  /** The rate as written ({@code XchgRate}), positive. */
  public abstract BigDecimal rate();

  /** The currency converted from ({@code SrcCcy}), when given. */
  public abstract Optional<CurrencyUnit> sourceCurrency();

  /** The currency converted to ({@code TrgtCcy}), when given. */
  public abstract Optional<CurrencyUnit> targetCurrency();

  /** The currency the rate is quoted per unit of ({@code UnitCcy}), when given. */
  public abstract Optional<CurrencyUnit> unitCurrency();

  @Value.Check
  void check() {
    if (rate().signum() <= 0) {
      throw new IllegalArgumentException("Exchange rate must be positive, but was " + rate());
    }
  }
}
