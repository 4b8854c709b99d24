package io.credere.collections.worklist;

import io.credere.core.explain.Explanation;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A strategy's verdict on one account: a tier (lower is called first) and a score within the
 * tier (higher is called first), with why. Use the generated {@code WorklistScore}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractWorklistScore {

  /** Tier: 0 before 1 before 2. */
  public abstract int tier();

  /** Score within the tier, higher first. */
  public abstract BigDecimal score();

  /** Why. */
  public abstract Explanation explanation();
}
