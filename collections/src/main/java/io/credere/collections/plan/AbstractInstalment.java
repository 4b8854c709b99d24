package io.credere.collections.plan;

import io.credere.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One instalment of a payment plan: its number (1-based), due date, principal and interest.
 * Principal is positive, interest not negative, both in the plan's currency. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractInstalment {

  /** The 1-based number in the schedule. */
  public abstract int number();

  /** The date it is due. */
  public abstract LocalDate dueDate();

  /** The part of the debt it repays, positive. */
  public abstract Money principal();

  /** The interest it carries, not negative (zero without interest). */
  public abstract Money interest();

  /** Principal plus interest: what the customer pays. */
  public final Money amount() {
    return principal().plus(interest());
  }

  @Value.Check
  void check() {
    if (!principal().isPositive()) {
      throw ValidationException.of("principal", Optional.of(principal().toString()),
          "must be positive for instalment " + number());
    }
    if (interest().isNegative() || !interest().getCurrencyUnit().equals(
        principal().getCurrencyUnit())) {
      throw ValidationException.of("interest", Optional.of(interest().toString()),
          "must be zero or positive in " + principal().getCurrencyUnit() + " for instalment "
              + number());
    }
  }
}
