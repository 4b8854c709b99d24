package io.credere.aging;

import java.time.YearMonth;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A month-end snapshot of receivables in one currency: the month's credit sales, the receivables
 * open at month end, and of those the ones not yet due (current).
 *
 * <p>All three amounts are in one currency. Use the generated
 * {@code ArPeriod.of(period, creditSales, endingReceivables, endingCurrentReceivables)}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractArPeriod {

  /** The month. */
  @Value.Parameter
  public abstract YearMonth period();

  /** Credit sales invoiced in the month. */
  @Value.Parameter
  public abstract Money creditSales();

  /** Receivables open at the end of the month. */
  @Value.Parameter
  public abstract Money endingReceivables();

  /** Of the ending receivables, those not yet due. */
  @Value.Parameter
  public abstract Money endingCurrentReceivables();

  /** The currency of the amounts. */
  public final CurrencyUnit currency() {
    return creditSales().getCurrencyUnit();
  }

  /** The calendar days of the month. */
  public final int days() {
    return period().lengthOfMonth();
  }

  @Value.Check
  void check() {
    CurrencyUnit currency = creditSales().getCurrencyUnit();
    if (!endingReceivables().getCurrencyUnit().equals(currency)
        || !endingCurrentReceivables().getCurrencyUnit().equals(currency)) {
      throw new IllegalArgumentException("Amounts of period " + period()
          + " must be in one currency, but were " + creditSales() + ", " + endingReceivables()
          + ", " + endingCurrentReceivables());
    }
  }
}
