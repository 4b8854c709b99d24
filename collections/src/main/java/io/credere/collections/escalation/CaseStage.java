package io.credere.collections.escalation;

/** Where a collection case stands, in escalation order. */
public enum CaseStage {
  /** First reminder sent. */
  REMINDER_1,
  /** Second reminder sent. */
  REMINDER_2,
  /** Third reminder sent. */
  REMINDER_3,
  /** Final demand sent: the last step before the case leaves the house. */
  FINAL_DEMAND,
  /** Handed over to a collection agency. */
  AGENCY,
  /** Handed over to a lawyer or the courts. */
  LEGAL,
  /** Everything paid. Final. */
  CLOSED_PAID,
  /** What was left has been written off. Final. */
  CLOSED_WRITTEN_OFF;

  /** Whether the case is closed. */
  public boolean isClosed() {
    return this == CLOSED_PAID || this == CLOSED_WRITTEN_OFF;
  }

  /** Whether the case is with an agency or a lawyer. */
  public boolean isHandedOver() {
    return this == AGENCY || this == LEGAL;
  }

  /** Whether this is one of the reminder stages. */
  public boolean isReminder() {
    return this == REMINDER_1 || this == REMINDER_2 || this == REMINDER_3;
  }
}
