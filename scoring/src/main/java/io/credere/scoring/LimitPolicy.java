package io.credere.scoring;

/**
 * A credit limit policy: proposes a cap for a customer from its profile and score.
 * Implementations must be immutable and thread-safe. Built-ins are in {@link LimitPolicies};
 * combine several with {@link LimitPolicies#minimumOf}.
 */
@FunctionalInterface
public interface LimitPolicy {

  /** The cap this policy proposes (in the account currency), or why it does not apply. */
  LimitProposal propose(CustomerProfile profile, ScorecardResult score);
}
