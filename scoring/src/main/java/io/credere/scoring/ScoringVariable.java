package io.credere.scoring;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads one number from a {@link CustomerProfile} for a scorecard characteristic; empty when
 * the customer has no value (the characteristic then scores its neutral bin). A host adds its own
 * under a name with {@link CreditAssessor.Builder#variable(String, ScoringVariable)}.
 * Implementations must be immutable and thread-safe. Built-ins: {@link ScoringVariables}.
 */
@FunctionalInterface
public interface ScoringVariable {

  /** The variable's value for {@code profile}. */
  Optional<BigDecimal> value(CustomerProfile profile);
}
