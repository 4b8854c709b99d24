package io.credere.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How one characteristic scored: the value read, the weighted points earned and the most it
 * could have earned, and the reason code of its bin. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCharacteristicScore {

  /** The variable. */
  public abstract String variable();

  /** The value read; empty when missing. */
  public abstract Optional<BigDecimal> value();

  /** Weighted points earned. */
  public abstract int points();

  /** Weighted points the best bin gives. */
  public abstract int maxPoints();

  /** The reason code of the bin, if it has one. */
  public abstract Optional<String> reasonCode();

  /** Points lost against the best bin. */
  public final int pointsLost() {
    return maxPoints() - points();
  }
}
