package io.credere.collections.contact;

/** What came of a contact. */
public enum ContactOutcome {
  /** The right person was reached; nothing further agreed. */
  REACHED,
  /** Nobody answered. */
  NO_ANSWER,
  /** A message was left (voicemail, with a colleague). */
  LEFT_MESSAGE,
  /** The customer promised to pay an amount by a date (both recorded on the contact). */
  PROMISED_TO_PAY,
  /** The customer disputes one or more documents. */
  DISPUTED,
  /** The customer refused to pay. */
  REFUSED,
  /** The number, address or person was wrong. */
  WRONG_CONTACT;

  /** Whether the customer was actually spoken to or answered. */
  public boolean isReached() {
    return this == REACHED || this == PROMISED_TO_PAY || this == DISPUTED || this == REFUSED;
  }
}
