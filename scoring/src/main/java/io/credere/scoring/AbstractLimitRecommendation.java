package io.credere.scoring;

import io.credere.core.explain.Explanation;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A recommended credit limit: the policy's cap rounded down to the policy step (zero when the
 * customer is knocked out), the current limit, the proposal it came from, and why. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractLimitRecommendation {

  /** The recommended limit; absent when no policy applies. */
  public abstract Optional<Money> recommended();

  /** The limit in force. */
  public abstract Optional<Money> current();

  /** What the policy proposed before rounding. */
  public abstract LimitProposal proposal();

  /** Why. */
  public abstract Explanation explanation();

  /** Whether the recommendation differs from the current limit (both present or both absent). */
  public final boolean differsFromCurrent() {
    return !recommended().equals(current());
  }
}
