package io.credere.collections.contact;

/** How the collector reached (or tried to reach) the customer. */
public enum ContactChannel {
  /** A telephone call. */
  PHONE_CALL,
  /** An email. */
  EMAIL,
  /** A letter sent by post. */
  LETTER,
  /** A meeting in person or by video. */
  MEETING,
  /** A message through the customer portal. */
  PORTAL
}
