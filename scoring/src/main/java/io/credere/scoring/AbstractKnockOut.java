package io.credere.scoring;

import io.credere.core.explain.Explanation;
import org.immutables.value.Value;

/**
 * A finding that overrides the score: the customer must not get credit (e.g. an insolvency
 * filing). Carries its reason code and an explanation. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractKnockOut {

  /** The reason code, e.g. {@code INSOLVENCY}. */
  @Value.Parameter
  public abstract String reasonCode();

  /** Why. */
  @Value.Parameter
  public abstract Explanation explanation();
}
