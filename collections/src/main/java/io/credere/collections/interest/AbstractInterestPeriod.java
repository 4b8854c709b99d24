package io.credere.collections.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A run of late days charged at one rate: from {@code start} to {@code end}, both inclusive, the
 * reference rate that applied and the statutory rate (reference rate plus the regime's margin),
 * and the interest of the period before any rounding.
 *
 * <p>Use the generated {@code InterestPeriod}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractInterestPeriod {

  /** The first late day of the period. */
  public abstract LocalDate start();

  /** The last late day of the period (inclusive). */
  public abstract LocalDate end();

  /** The reference rate applied, percent per year. */
  public abstract BigDecimal referenceRate();

  /** The statutory rate charged: reference rate plus margin, percent per year. */
  public abstract BigDecimal statutoryRate();

  /** Interest of the period, exact (principal x rate / 100 x days / 365, not rounded). */
  public abstract BigDecimal exactInterest();

  /** The number of days charged, {@code end - start + 1}. */
  public final long days() {
    return java.time.temporal.ChronoUnit.DAYS.between(start(), end()) + 1;
  }
}
