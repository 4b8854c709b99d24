package io.credere.core.item;

import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An early-payment discount on one document: {@code percent} of the document amount, granted
 * when paid on or before {@code lastDate} ({@code 2/10 net 30}: 2 %, document date + 10 days).
 *
 * <p>Use the generated {@code EarlyPaymentDiscount.of(lastDate, percent)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractEarlyPaymentDiscount {

  /** The last day on which a payment earns the discount, inclusive. */
  @Value.Parameter
  public abstract LocalDate lastDate();

  /** The discount in percent of the document amount, above 0 and below 100. */
  @Value.Parameter
  public abstract BigDecimal percent();

  /** Whether a payment made on {@code paymentDate} earns the discount. */
  public boolean appliesOn(LocalDate paymentDate) {
    return !paymentDate.isAfter(lastDate());
  }

  /** The discount on {@code base}, rounded HALF_EVEN to the currency's scale. */
  public Money amountOf(Money base) {
    return Monies.round(base.getCurrencyUnit(),
        base.getAmount().multiply(percent()).movePointLeft(2));
  }

  @Value.Check
  void check() {
    if (percent().signum() <= 0 || percent().compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException(
          "Discount percent must be above 0 and below 100, but was " + percent().toPlainString());
    }
  }
}
