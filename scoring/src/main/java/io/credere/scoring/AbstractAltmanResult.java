package io.credere.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.immutables.value.Value;

/**
 * An Altman Z score: the model used, the ratios X1 to X5 (12 decimals), the score rounded
 * HALF_EVEN to 2 decimals and its zone. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAltmanResult {

  /** The model that computed the score. */
  public abstract AltmanModel model();

  /** X1 to X5, in order (X5 is computed for every model but weighs 0 in Z''). */
  public abstract List<BigDecimal> ratios();

  /** The score, 2 decimals. */
  public abstract BigDecimal score();

  /** The zone of {@link #score()} under the model's cut-offs. */
  public abstract AltmanZone zone();
}
