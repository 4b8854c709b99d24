package io.credere.collections.dispute;

/** Where a dispute stands. */
public enum DisputeState {
  /** Raised, with its owner, not yet looked at. */
  OPEN,
  /** Being investigated by its owner. */
  IN_REVIEW,
  /** Decided: credit note, write-off or rejected-and-rebilled. Final. */
  RESOLVED,
  /** Withdrawn (the customer paid, or raised it by mistake). Final. */
  CANCELLED;

  /** Whether the disputed amount is still held out of dunning. */
  public boolean isOpen() {
    return this == OPEN || this == IN_REVIEW;
  }
}
