package io.credere.scoring;

import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer's credit assessment: the profile it was made from, the scorecard result (score
 * 0 and the worst grade when knocked out), the knock-out if any, the recommended limit, and the
 * reason codes most important first (a knock-out first). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCreditAssessment {

  /** The facts. */
  public abstract CustomerProfile profile();

  /** The score and grade with its reason codes. */
  public abstract ScorecardResult score();

  /** The knock-out, if one was found. */
  public abstract Optional<KnockOut> knockOut();

  /** The recommended limit. */
  public abstract LimitRecommendation limit();

  /** The customer. */
  public final CustomerId customerId() {
    return profile().customerId();
  }

  /** Reason codes, most important first. */
  public final List<String> reasonCodes() {
    return score().reasonCodes();
  }

  /** Why: the score's explanation. */
  public final Explanation explanation() {
    return score().explanation();
  }
}
