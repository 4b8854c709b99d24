package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Turns a {@link LimitPolicy}'s cap into a recommended limit: rounded down to a multiple of the
 * policy step (so it never exceeds any cap), zero for a knocked-out customer. Immutable and
 * thread-safe.
 */
public final class LimitRecommender {

  private final LimitPolicy policy;
  private final BigDecimal step;

  private LimitRecommender(LimitPolicy policy, BigDecimal step) {
    this.policy = Checks.notNull(policy, "policy");
    this.step = Checks.notNull(step, "step");
    Checks.argument(step.signum() > 0, "Limit step must be positive, but was " + step);
  }

  /** {@link LimitPolicies#standard()}, rounded down to steps of 1,000. */
  public static LimitRecommender standard() {
    return of(LimitPolicies.standard(), BigDecimal.valueOf(1000));
  }

  /**
   * A recommender.
   *
   * @param policy the policy
   * @param step the rounding step in the account currency's major units (e.g. 1000); positive
   */
  public static LimitRecommender of(LimitPolicy policy, BigDecimal step) {
    return new LimitRecommender(policy, step);
  }

  /** The policy. */
  public LimitPolicy policy() {
    return policy;
  }

  /** The rounding step. */
  public BigDecimal step() {
    return step;
  }

  /** Recommends a limit. */
  public LimitRecommendation recommend(CustomerProfile profile, ScorecardResult score,
      Optional<KnockOut> knockOut) {
    Checks.notNull(profile, "profile");
    Checks.notNull(score, "score");
    Checks.notNull(knockOut, "knockOut");
    LimitProposal proposal = policy.propose(profile, score);
    Optional<Money> current = profile.customer().creditLimit();
    LimitRecommendation.Builder result = LimitRecommendation.builder()
        .current(current)
        .proposal(proposal);
    Explanation.Builder explanation = Explanation.builder().ruleId("LIMIT_" + proposal.policy());
    if (knockOut.isPresent()) {
      Money zero = Money.zero(profile.customer().currency());
      return result.recommended(zero).explanation(explanation
          .sentence("No credit: " + knockOut.get().explanation().sentence())
          .addReasonCodes(knockOut.get().reasonCode())
          .putFacts("recommended", LimitPolicies.text(zero)).build()).build();
    }
    if (proposal.cap().isEmpty()) {
      return result.explanation(explanation.sentence("No limit recommended: "
          + proposal.sentence()).addReasonCodes("NO_LIMIT_BASIS").build()).build();
    }
    Money cap = proposal.cap().get();
    Money rounded = roundDown(cap);
    explanation.sentence("Recommended " + LimitPolicies.text(rounded) + " (rounded down to "
        + step.stripTrailingZeros().toPlainString() + "): " + proposal.sentence())
        .putFacts("cap", LimitPolicies.text(cap))
        .putFacts("recommended", LimitPolicies.text(rounded));
    current.ifPresent(c -> explanation.putFacts("current", LimitPolicies.text(c)));
    return result.recommended(rounded).explanation(explanation.build()).build();
  }

  /** {@code amount} rounded down to a multiple of the step (at the currency's scale). */
  public Money roundDown(Money amount) {
    BigDecimal steps = amount.getAmount().divide(step, 0, RoundingMode.FLOOR);
    BigDecimal value = steps.multiply(step);
    int scale = amount.getCurrencyUnit().getDecimalPlaces();
    BigDecimal scaled = value.setScale(scale, RoundingMode.FLOOR);
    return Money.of(amount.getCurrencyUnit(), scaled);
  }
}
