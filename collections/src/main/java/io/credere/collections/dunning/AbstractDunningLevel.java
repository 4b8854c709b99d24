package io.credere.collections.dunning;

import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One level of a {@link DunningPolicy}: reached when the oldest overdue item is at least
 * {@code daysOverdue} days past due, the overdue amount is at least {@code minimumAmount}, and
 * {@code waitDays} have passed since the previous notice; sent through {@code channel}, with a
 * {@code fee} and, when {@code isInterest()}, statutory interest and compensation claimed.
 *
 * <p>Amounts ({@code minimumAmount}, {@code fee}) are in major units of whatever currency the
 * account is in (a fee of {@code 5} is EUR 5.00 on a EUR account, JPY 5 on a JPY one), rounded
 * HALF_EVEN to the currency's scale when applied. Use the generated {@code DunningLevel.builder()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningLevel {

  /** The level number, 1 for the first reminder. */
  public abstract int level();

  /** Days past due of the oldest overdue item from which the level applies. */
  public abstract int daysOverdue();

  /** The least overdue amount the level is sent for; zero for no minimum. */
  @Value.Default
  public BigDecimal minimumAmount() {
    return BigDecimal.ZERO;
  }

  /** How it is sent. */
  public abstract DunningChannel channel();

  /** The dunning fee charged with this level; zero for none. */
  @Value.Default
  public BigDecimal fee() {
    return BigDecimal.ZERO;
  }

  /** Whether statutory interest and compensation are claimed with this level. */
  @Value.Default
  public boolean isInterest() {
    return false;
  }

  /** Days that must pass after the previous notice before this level is sent. */
  @Value.Default
  public int waitDays() {
    return 0;
  }

  @Value.Check
  void check() {
    if (level() < 1) {
      throw ValidationException.of("level", Optional.of(Integer.toString(level())),
          "must be 1 or more");
    }
    if (daysOverdue() < 1) {
      throw ValidationException.of("days_overdue", Optional.of(Integer.toString(daysOverdue())),
          "must be 1 or more for level " + level() + " (dunning starts after the due date)");
    }
    if (minimumAmount().signum() < 0) {
      throw ValidationException.of("min_amount", Optional.of(minimumAmount().toPlainString()),
          "must not be negative for level " + level());
    }
    if (fee().signum() < 0) {
      throw ValidationException.of("fee", Optional.of(fee().toPlainString()),
          "must not be negative for level " + level());
    }
    if (waitDays() < 0) {
      throw ValidationException.of("wait_days", Optional.of(Integer.toString(waitDays())),
          "must not be negative for level " + level());
    }
  }
}
