package io.credere.collections.dispute;

/** How a dispute came to be opened. */
public enum DisputeOrigin {
  /** From a short payment found by cash application. */
  SHORT_PAYMENT,
  /** Opened by a credit controller (after a call, an email, a letter). */
  CONTROLLER
}
