package io.credere.scoring;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What one limit policy proposes: a cap in the account currency (absent when the policy has
 * nothing to go on, e.g. no financials), the sentence that says how it was found, and, for a
 * combination, the proposals it combined. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractLimitProposal {

  /** The policy's name, e.g. {@code PERCENT_OF_NET_WORTH}. */
  public abstract String policy();

  /** The cap; absent when the policy does not apply. Never negative. */
  public abstract Optional<Money> cap();

  /** How the cap was found (or why the policy does not apply). */
  public abstract String sentence();

  /** The proposals a combination was made of (empty for a simple policy). */
  public abstract List<LimitProposal> parts();

  /** A policy that does not apply, and why. */
  public static LimitProposal notApplicable(String policy, String why) {
    return LimitProposal.builder().policy(policy).sentence(why).build();
  }

  /** A cap, and how it was found. */
  public static LimitProposal of(String policy, Money cap, String sentence) {
    return LimitProposal.builder().policy(policy).cap(cap).sentence(sentence).build();
  }

  @Value.Check
  void check() {
    cap().ifPresent(c -> {
      if (c.isNegative()) {
        throw new IllegalArgumentException("Limit cap of " + policy() + " must not be negative, "
            + "but was " + c);
      }
    });
  }
}
