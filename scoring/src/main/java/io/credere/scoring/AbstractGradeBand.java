package io.credere.scoring;

import io.credere.core.Checks;
import org.immutables.value.Value;

/** A grade and the lowest score (0-100) that earns it. Immutable and thread-safe. */
@Value.Immutable
abstract class AbstractGradeBand {

  /** The grade, e.g. {@code A}. */
  @Value.Parameter
  public abstract String grade();

  /** The lowest score of the grade, inclusive. */
  @Value.Parameter
  public abstract int minScore();

  @Value.Check
  void check() {
    Checks.notBlank(grade(), "grade");
    Checks.argument(minScore() >= 0 && minScore() <= 100,
        "Grade " + grade() + " minimum score must be 0 to 100, but was " + minScore());
  }
}
