package io.credere.collections.plan;

import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The interest a payment plan charges: a method and a simple annual rate in percent
 * ({@code 5.0} is 5 % a year), day count ACT/365, no compounding. The total interest of a plan
 * is computed exactly and rounded once, HALF_EVEN, at the currency's scale, then split over the
 * instalments by the exact shares (largest remainder), so the instalments sum to debt plus
 * interest to the minor unit.
 *
 * <p>Use {@code PlanInterest.none()}, {@code flat(rate)} or {@code decliningBalance(rate)}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractPlanInterest {

  private static final PlanInterest NONE =
      PlanInterest.builder().method(InterestMethod.NONE).annualRatePercent(BigDecimal.ZERO).build();

  /** No interest. */
  public static PlanInterest none() {
    return NONE;
  }

  /** Flat interest on the whole debt at {@code annualRatePercent} (not negative). */
  public static PlanInterest flat(BigDecimal annualRatePercent) {
    return PlanInterest.builder().method(InterestMethod.FLAT)
        .annualRatePercent(annualRatePercent).build();
  }

  /** Interest on the declining balance at {@code annualRatePercent} (not negative). */
  public static PlanInterest decliningBalance(BigDecimal annualRatePercent) {
    return PlanInterest.builder().method(InterestMethod.DECLINING_BALANCE)
        .annualRatePercent(annualRatePercent).build();
  }

  /** The method. */
  public abstract InterestMethod method();

  /** The simple annual rate in percent, not negative; zero for {@link InterestMethod#NONE}. */
  public abstract BigDecimal annualRatePercent();

  @Value.Check
  void check() {
    if (annualRatePercent().signum() < 0) {
      throw ValidationException.of("annual_rate", Optional.of(annualRatePercent().toPlainString()),
          "must not be negative");
    }
    if (method() == InterestMethod.NONE && annualRatePercent().signum() != 0) {
      throw ValidationException.of("annual_rate", Optional.of(annualRatePercent().toPlainString()),
          "must be zero when the plan charges no interest");
    }
  }
}
