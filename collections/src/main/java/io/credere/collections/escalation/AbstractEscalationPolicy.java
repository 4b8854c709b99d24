package io.credere.collections.escalation;

import io.credere.core.error.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a collection case escalates: how many reminder stages come before the final demand, and
 * how many calendar days each stage waits before the next step may be taken. The waiting period
 * counts from the stage's anchor: the day the stage was entered, moved to the day of a part
 * payment (re-anchoring: a customer who pays part gets the stage's full waiting period for the
 * remaining balance, at the same stage).
 *
 * <p>Use {@code EscalationPolicy.standard()} (2 reminders, 14 days each, 14 days after the final
 * demand, 60 days at an agency) or the builder. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractEscalationPolicy {

  private static final EscalationPolicy STANDARD = EscalationPolicy.builder().build();

  /** The standard policy. */
  public static EscalationPolicy standard() {
    return STANDARD;
  }

  /** Reminder stages before the final demand, 1 to 3. */
  @Value.Default
  public int reminders() {
    return 2;
  }

  /** Days a reminder stage waits before the next step. */
  @Value.Default
  public int daysAfterReminder() {
    return 14;
  }

  /** Days after the final demand before the case may be handed over. */
  @Value.Default
  public int daysAfterFinalDemand() {
    return 14;
  }

  /** Days at an agency before the case may go to legal action. */
  @Value.Default
  public int daysAtAgency() {
    return 60;
  }

  /** The waiting days of {@code stage}; zero for stages with no next step. */
  public final int waitingDays(CaseStage stage) {
    switch (stage) {
      case REMINDER_1:
      case REMINDER_2:
      case REMINDER_3:
        return daysAfterReminder();
      case FINAL_DEMAND:
        return daysAfterFinalDemand();
      case AGENCY:
        return daysAtAgency();
      default:
        return 0;
    }
  }

  /** The stage an escalation from {@code stage} leads to (a reminder or the final demand). */
  public final CaseStage nextAfter(CaseStage stage) {
    int reminder = stage.ordinal() - CaseStage.REMINDER_1.ordinal() + 1;
    return reminder < reminders() ? CaseStage.values()[stage.ordinal() + 1]
        : CaseStage.FINAL_DEMAND;
  }

  @Value.Check
  void check() {
    if (reminders() < 1 || reminders() > 3) {
      throw ValidationException.of("reminders", Optional.of(Integer.toString(reminders())),
          "must be from 1 to 3");
    }
    if (daysAfterReminder() < 0 || daysAfterFinalDemand() < 0 || daysAtAgency() < 0) {
      throw ValidationException.of("waiting_days", Optional.of(daysAfterReminder() + "/"
          + daysAfterFinalDemand() + "/" + daysAtAgency()), "must not be negative");
    }
  }
}
