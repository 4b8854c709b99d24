package io.credere.collections.plan;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One part of a custom schedule as the controller agreed it: {@code principal} due on
 * {@code dueDate}, before interest. Use {@code ScheduledPart.of(dueDate, principal)}. Immutable
 * and thread-safe.
 */
@Value.Immutable
abstract class AbstractScheduledPart {

  /** The date the part is due. */
  @Value.Parameter
  public abstract LocalDate dueDate();

  /** The principal due, positive (checked by the schedule). */
  @Value.Parameter
  public abstract Money principal();
}
