package io.credere.core.error;

import io.credere.core.Checks;
import org.joda.money.CurrencyUnit;

/**
 * An amount computed from amounts within range (a sum, a total, a conversion to minor units)
 * that Credere cannot represent exactly: its minor units do not fit in a {@code long}
 * (beyond {@code ±9,223,372,036,854,775,807} minor units, {@code ±92,233,720,368,547,758.07}
 * in a currency of two decimals). Nothing is rounded or wrapped around; the operation is refused.
 *
 * <p>Single amounts are kept far inside that range by {@link io.credere.core.money.Monies#MAX_AMOUNT}
 * (10^15 in absolute value, the contract's limit); only large totals of many of them reach it.
 */
public class AmountRangeException extends CredereException {

  private static final long serialVersionUID = 1L;

  private final transient CurrencyUnit currency;

  /**
   * An amount out of range.
   *
   * @param currency the currency of the amounts
   * @param message the operation and the values, e.g. {@code the sum of 120 EUR amounts
   *     overflows: running total EUR 92233720368547750.00 plus EUR 1000.00}
   */
  public AmountRangeException(CurrencyUnit currency, String message) {
    super(Checks.notBlank(message, "message"));
    this.currency = Checks.notNull(currency, "currency");
  }

  /** The currency of the amounts. */
  public CurrencyUnit currency() {
    return currency;
  }
}
