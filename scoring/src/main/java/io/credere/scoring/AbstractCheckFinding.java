package io.credere.scoring;

import org.immutables.value.Value;

/**
 * What one credit check rule found: the decision it calls for, a reason code and a sentence.
 * Use {@code CheckFinding.of(decision, code, sentence)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCheckFinding {

  /** The decision this finding calls for. */
  @Value.Parameter
  public abstract CheckDecision decision();

  /** The reason code, e.g. {@code OVER_LIMIT}. */
  @Value.Parameter
  public abstract String reasonCode();

  /** One sentence a person reads. */
  @Value.Parameter
  public abstract String sentence();
}
