package io.credere.collections.dunning;

/** How a dunning level reaches the customer, in rising order of pressure. */
public enum DunningChannel {
  /** A reminder by email. */
  EMAIL,
  /** A reminder letter. */
  LETTER,
  /** A collector's call. */
  PHONE_CALL,
  /** The final notice (last letter before escalation). */
  FINAL_NOTICE,
  /** Hand-over to a lawyer or the courts. */
  LEGAL,
  /** Hand-over to a collection agency. */
  AGENCY;

  /** Whether the level is sent as a written document (email or letter) that can be rendered. */
  public boolean isWritten() {
    return this == EMAIL || this == LETTER || this == FINAL_NOTICE;
  }
}
