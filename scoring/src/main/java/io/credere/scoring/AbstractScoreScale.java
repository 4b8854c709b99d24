package io.credere.scoring;

import io.credere.core.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;

/**
 * The scale of an agency's external score, from its best to its worst value, so any agency's
 * score maps onto 0 (worst) to 100 (best): Creditreform's index runs from 100 (best) to 600
 * (worst), a D&amp;B failure score from 100 (best) to 1, a FICO-style score from 850 to 300. Use
 * {@code ScoreScale.of(best, worst)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractScoreScale {

  /** The best value of the scale. */
  @Value.Parameter
  public abstract BigDecimal best();

  /** The worst value of the scale. */
  @Value.Parameter
  public abstract BigDecimal worst();

  /**
   * {@code score} on 0 (worst) to 100 (best), 2 decimals HALF_EVEN; values outside the scale are
   * clamped to it.
   */
  public final BigDecimal normalise(BigDecimal score) {
    Checks.notNull(score, "score");
    BigDecimal share = score.subtract(worst()).multiply(BigDecimal.valueOf(100))
        .divide(best().subtract(worst()), 2, RoundingMode.HALF_EVEN);
    return share.max(BigDecimal.ZERO).min(BigDecimal.valueOf(100).setScale(2));
  }

  @Value.Check
  void check() {
    Checks.argument(best().compareTo(worst()) != 0,
        "Score scale best and worst must differ, but both were " + best());
  }
}
