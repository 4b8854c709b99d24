package io.credere.allocation;

import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * How large a difference may be written off on one document, SAP tolerance-group style: the
 * smaller of an absolute amount in the document's currency (money per currency: EUR 5.00 says
 * nothing about JPY) and a percent of the document's open amount. A limit not given sets no
 * limit of its own (a currency without an amount is limited by the percent alone); with neither
 * given the tolerance is zero ({@link #none()}).
 *
 * <p>Use {@link #of(Money, BigDecimal)}, {@link #ofAmounts(Collection)},
 * {@link #ofPercent(BigDecimal)}, {@link #none()} or {@code Tolerance.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractTolerance {

  /** The absolute limits, per currency (each amount in its own currency, zero or positive). */
  public abstract Map<CurrencyUnit, Money> amounts();

  /** The limit in percent of the open amount (e.g. {@code 1} for 1 %), when given. */
  public abstract Optional<BigDecimal> percent();

  /** No write-off at all. */
  public static Tolerance none() {
    return Tolerance.builder().build();
  }

  /** The smaller of {@code amount} (in its currency) and {@code percent} % of the open amount. */
  public static Tolerance of(Money amount, BigDecimal percent) {
    return Tolerance.builder().putAmounts(amount.getCurrencyUnit(), amount).percent(percent)
        .build();
  }

  /** Absolute limits only, one per currency (a currency not listed gets none). */
  public static Tolerance ofAmounts(Collection<Money> amounts) {
    Tolerance.Builder builder = Tolerance.builder();
    for (Money amount : amounts) {
      builder.putAmounts(amount.getCurrencyUnit(), amount);
    }
    return builder.build();
  }

  /** A percent of the open amount only, in every currency. */
  public static Tolerance ofPercent(BigDecimal percent) {
    return Tolerance.builder().percent(percent).build();
  }

  /** The absolute limit in {@code currency}, when one is given. */
  public final Optional<Money> amountIn(CurrencyUnit currency) {
    return Optional.ofNullable(amounts().get(currency));
  }

  /**
   * The largest write-off allowed on a document with {@code openAmount} open: the smaller of the
   * currency's amount limit and the percent (rounded HALF_EVEN to the currency's scale); no
   * limit of its own where one is not given; zero when neither applies.
   */
  public final Money limitFor(Money openAmount) {
    Money base = openAmount.abs();
    CurrencyUnit currency = base.getCurrencyUnit();
    Optional<Money> byAmount = amountIn(currency);
    Optional<Money> byPercent = percent().map(p -> Monies.round(currency,
        base.getAmount().multiply(p).movePointLeft(2)));
    if (byAmount.isEmpty() && byPercent.isEmpty()) {
      return Money.zero(currency);
    }
    if (byAmount.isEmpty()) {
      return byPercent.get();
    }
    if (byPercent.isEmpty()) {
      return byAmount.get();
    }
    return byAmount.get().isLessThan(byPercent.get()) ? byAmount.get() : byPercent.get();
  }

  @Value.Check
  void check() {
    amounts().forEach((currency, amount) -> {
      if (!amount.getCurrencyUnit().equals(currency) || amount.isNegative()) {
        throw new IllegalArgumentException("Tolerance amount for " + currency
            + " must be zero or positive and in " + currency + ", but was " + amount);
      }
    });
    percent().ifPresent(p -> {
      if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("Tolerance percent must be from 0 to 100, but was "
            + p.toPlainString());
      }
    });
  }
}
