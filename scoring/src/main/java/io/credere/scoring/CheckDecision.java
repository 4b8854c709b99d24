package io.credere.scoring;

/** The outcome of a credit check, from best to worst; the worst finding decides. */
public enum CheckDecision {
  /** Release the order. */
  OK,
  /** Release, but look at the account. */
  WATCH,
  /** Hold the order until someone with authority releases it. */
  HOLD,
  /** Refuse credit. */
  BLOCK;

  /** The worse of this and {@code other}. */
  public CheckDecision worst(CheckDecision other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
