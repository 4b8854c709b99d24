package io.credere.collections.plan;

/** Where a payment plan stands. */
public enum PlanState {
  /** Offered to the customer, not yet agreed. */
  PROPOSED,
  /** Agreed; instalments are being paid. */
  ACTIVE,
  /** Every instalment paid. Final. */
  COMPLETED,
  /** Too many instalments missed; the rest of the debt is dunned or escalated. Final. */
  DEFAULTED,
  /** Rejected or withdrawn before it started. Final. */
  CANCELLED
}
