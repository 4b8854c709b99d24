package io.credere.collections.refund;

/** What to do with a credit balance. */
public enum RefundMode {
  /** Offset against open invoices first (oldest due first), refund the rest. The default. */
  OFFSET_FIRST,
  /** Only offset; what cannot be offset stays on the account. */
  OFFSET_ONLY,
  /** Refund everything; no offset. */
  REFUND_ONLY
}
