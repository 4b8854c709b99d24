package io.credere.allocation;

/**
 * What an {@link Allocation} line does with a payment's cash or a document's open amount, the
 * contract's {@code kind} column.
 */
public enum AllocationKind {
  /** Cash applied to a document. */
  ALLOCATED,
  /** Early-payment discount granted on a document (reduces its open amount, no cash). */
  DISCOUNT,
  /** A small difference closed within tolerance (reduces the open amount, no cash). */
  WRITE_OFF,
  /**
   * Charges the banks deducted from the payment before it reached the account, as the payment's
   * {@code charges} say: cleared on a document the remittance names, without cash.
   */
  BANK_CHARGES,
  /** What stays open on a document that received cash but was not settled (informational). */
  SHORT_PAYMENT,
  /** Cash of an identified customer left unapplied: a new on-account PAYMENT item. */
  ON_ACCOUNT,
  /** Cash whose customer could not be determined: the suspense item to investigate. */
  UNAPPLIED;

  /** Whether the line is cash of the payment ({@code ALLOCATED}, {@code ON_ACCOUNT}, {@code UNAPPLIED}). */
  public boolean isCash() {
    return this == ALLOCATED || this == ON_ACCOUNT || this == UNAPPLIED;
  }

  /**
   * Whether the line reduces a document's open amount ({@code ALLOCATED}, {@code DISCOUNT},
   * {@code WRITE_OFF}, {@code BANK_CHARGES}).
   */
  public boolean reducesDocument() {
    return this == ALLOCATED || this == DISCOUNT || this == WRITE_OFF || this == BANK_CHARGES;
  }
}
