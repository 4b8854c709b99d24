package io.credere.collections.worklist;

import org.immutables.value.Value;

/**
 * One line of the worklist: its rank (1 = call first), the account and the strategy's score.
 * Use the generated {@code WorklistEntry}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractWorklistEntry {

  /** 1-based rank. */
  public abstract int rank();

  /** The account. */
  public abstract OverdueAccount account();

  /** The score and reason. */
  public abstract WorklistScore score();
}
