package io.credere.statements;

/**
 * The status of a statement entry. Every status gives a transaction; only {@link #BOOKED}
 * entries move the booked balance the {@link BalanceCheck} verifies.
 */
public enum EntryStatus {
  /** Booked on the account (camt {@code BOOK}; every MT940 and BAI2 transaction). */
  BOOKED,
  /** Not yet final (camt {@code PDNG}, MT942 interim transactions). */
  PENDING,
  /** For information only (camt {@code INFO}). */
  INFORMATION,
  /** A status code this library does not know (camt {@code FUTR} and the like). */
  OTHER
}
