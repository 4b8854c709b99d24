package io.credere.collections.dispute;

/** How a dispute was resolved. */
public enum ResolutionOutcome {
  /** The customer is right (in full or in part): a credit note is issued for the amount. */
  CREDIT_NOTE,
  /** The amount is written off (too small or too costly to pursue). */
  WRITE_OFF,
  /** The customer is wrong: the dispute is rejected and the amount billed again. */
  REJECTED_REBILLED
}
