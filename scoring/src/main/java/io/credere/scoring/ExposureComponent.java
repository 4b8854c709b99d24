package io.credere.scoring;

/**
 * A part of a customer's credit exposure; which parts count is configured per
 * {@link CreditCheck} (as SAP's credit management configures which documents update the credit
 * exposure).
 */
public enum ExposureComponent {
  /** Open invoices and debit notes (positive). */
  OPEN_RECEIVABLES,
  /** Open credit notes and unapplied cash (zero or negative). */
  OPEN_CREDITS,
  /** Orders accepted and not yet invoiced. */
  OPEN_ORDERS,
  /** The order being checked. */
  NEW_ORDER
}
