package io.credere.collections.interest;

import io.credere.core.explain.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * Statutory interest and fixed compensation on one late debt: the days late, the periods
 * charged (one for the UK's fixed rate, one per half-year otherwise; none when paid on time),
 * interest rounded once at the currency's scale, compensation, and their total.
 *
 * <p>Use the generated {@code LateInterest}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractLateInterest {

  /** The regime applied. */
  public abstract InterestRegime regime();

  /** The debt the interest runs on. */
  public abstract Money principal();

  /** The due date. */
  public abstract LocalDate dueDate();

  /** The date paid (or the as-of date interest is computed to), inclusive. */
  public abstract LocalDate paidDate();

  /** Days from the day after the due date to the paid date inclusive; 0 when paid on time. */
  public abstract long daysLate();

  /** The periods charged, in time order. */
  public abstract List<InterestPeriod> periods();

  /** The interest summed exactly over every period, not rounded. */
  public abstract BigDecimal exactInterest();

  /** The interest, rounded once HALF_EVEN at the currency's scale. */
  public abstract Money interest();

  /** The fixed compensation (zero when paid on time). */
  public abstract Money compensation();

  /** Why: regime, rates, days, amounts. */
  public abstract Explanation explanation();

  /** Interest plus compensation: what may be claimed on top of the debt. */
  public final Money total() {
    return interest().plus(compensation());
  }

  /** The reference rates of the periods, in time order. */
  public final List<BigDecimal> referenceRates() {
    return periods().stream().map(InterestPeriod::referenceRate).toList();
  }

  /** The statutory rates of the periods, in time order. */
  public final List<BigDecimal> statutoryRates() {
    return periods().stream().map(InterestPeriod::statutoryRate).toList();
  }
}
