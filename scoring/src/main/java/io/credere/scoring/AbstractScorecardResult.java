package io.credere.scoring;

import io.credere.core.explain.Explanation;
import java.util.List;
import org.immutables.value.Value;

/**
 * A customer's score (0-100), grade, the points of every characteristic, and the reason codes
 * ordered by the points they cost (most first; a knock-out first of all). Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractScorecardResult {

  /** The score, 0 to 100. */
  public abstract int score();

  /** The grade on the scorecard's scale. */
  public abstract String grade();

  /** Each characteristic's points, in scorecard order. */
  public abstract List<CharacteristicScore> characteristics();

  /** Reason codes, most important first. */
  public abstract List<String> reasonCodes();

  /** Why. */
  public abstract Explanation explanation();
}
