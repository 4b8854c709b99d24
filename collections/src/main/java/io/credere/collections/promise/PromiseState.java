package io.credere.collections.promise;

/** Where a promise to pay stands. */
public enum PromiseState {
  /** Made, its deadline (promised date plus grace) not yet passed and not yet paid in full. */
  OPEN,
  /** Paid in full by the deadline. Final. */
  KEPT,
  /** Paid in part by the deadline. Final; the rest is dunned again. */
  PARTIALLY_KEPT,
  /** Nothing paid by the deadline. Final; dunning starts again. */
  BROKEN,
  /** Withdrawn before its deadline (superseded by a payment plan or a dispute). Final. */
  CANCELLED;

  /** Whether the promise has been decided or withdrawn. */
  public boolean isFinal() {
    return this != OPEN;
  }
}
