package io.credere.scoring;

import io.credere.core.explain.Explanation;
import java.util.Optional;

/**
 * An event that calls for a credit review before the scheduled date. Implementations must be
 * immutable and thread-safe. Built-ins: {@link ReviewTriggers}.
 */
@FunctionalInterface
public interface ReviewTrigger {

  /** Why {@code profile} needs a review now, if it does. */
  Optional<Explanation> test(CustomerProfile profile, ReviewState state);
}
