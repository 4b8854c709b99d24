package io.credere.scoring;

import io.credere.core.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * Grades by score, best first (each band's minimum lower than the one before, the last one 0).
 * {@link #standard()} is A (80+), B (65+), C (50+), D (35+), E. A host may use any scale. Use
 * {@code GradeScale.of(bands)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractGradeScale {

  /** The bands, best first. */
  @Value.Parameter
  public abstract List<GradeBand> bands();

  /** A (80-100), B (65-79), C (50-64), D (35-49), E (0-34). */
  public static GradeScale standard() {
    return GradeScale.of(List.of(GradeBand.of("A", 80), GradeBand.of("B", 65),
        GradeBand.of("C", 50), GradeBand.of("D", 35), GradeBand.of("E", 0)));
  }

  /** The grade of {@code score}. */
  public final String grade(int score) {
    for (GradeBand band : bands()) {
      if (score >= band.minScore()) {
        return band.grade();
      }
    }
    return worst();
  }

  /** The worst grade (given to knocked-out customers). */
  public final String worst() {
    return bands().get(bands().size() - 1).grade();
  }

  /** The grades, best first. */
  public final List<String> grades() {
    return bands().stream().map(GradeBand::grade).toList();
  }

  @Value.Check
  void check() {
    Checks.argument(!bands().isEmpty(), "A grade scale needs at least one band");
    for (int i = 1; i < bands().size(); i++) {
      Checks.argument(bands().get(i).minScore() < bands().get(i - 1).minScore(),
          "Grade bands must be best first with falling minimum scores");
    }
    Checks.argument(bands().get(bands().size() - 1).minScore() == 0,
        "The last grade band must start at score 0");
  }
}
