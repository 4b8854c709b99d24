package io.credere.allocation;

import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How large a difference may be written off on one document, SAP tolerance-group style: the
 * smaller of an absolute amount (in the document's currency) and a percent of the document's
 * open amount. A limit not given sets no limit of its own; with neither given the tolerance is
 * zero ({@link #none()}).
 *
 * <p>Use {@code Tolerance.of(amount, percent)}, {@link #none()}, {@code Tolerance.builder()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractTolerance {

  /** The absolute limit in units of the document currency (e.g. {@code 5.00}), when given. */
  @Value.Parameter
  public abstract Optional<BigDecimal> amount();

  /** The limit in percent of the open amount (e.g. {@code 1} for 1 %), when given. */
  @Value.Parameter
  public abstract Optional<BigDecimal> percent();

  /** No write-off at all. */
  public static Tolerance none() {
    return Tolerance.builder().build();
  }

  /**
   * The largest write-off allowed on a document with {@code openAmount} open: the smaller of the
   * two limits, each rounded HALF_EVEN to the currency's scale; zero when neither is given.
   */
  public final Money limitFor(Money openAmount) {
    Money base = openAmount.abs();
    Optional<Money> byAmount = amount().map(a -> Monies.round(base.getCurrencyUnit(), a));
    Optional<Money> byPercent = percent().map(p -> Monies.round(base.getCurrencyUnit(),
        base.getAmount().multiply(p).movePointLeft(2)));
    if (byAmount.isEmpty() && byPercent.isEmpty()) {
      return Money.zero(base.getCurrencyUnit());
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
    amount().ifPresent(a -> {
      if (a.signum() < 0) {
        throw new IllegalArgumentException("Tolerance amount must not be negative, but was "
            + a.toPlainString());
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
