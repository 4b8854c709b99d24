package io.credere.scoring;

import io.credere.core.Checks;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One attribute bin of a scorecard characteristic: the values from {@link #from()} (inclusive)
 * to {@link #to()} (exclusive) score {@link #points()}; a bin short of the best points names the
 * reason code it costs. Absent bounds are open. Use {@code AttributeBin.builder()} or the
 * factories {@link Bins}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAttributeBin {

  /** Lowest value of the bin, inclusive; absent: no lower bound. */
  public abstract Optional<BigDecimal> from();

  /** Upper end of the bin, exclusive; absent: no upper bound. */
  public abstract Optional<BigDecimal> to();

  /** Points scored by a value in the bin; not negative. */
  public abstract int points();

  /** The reason code reported when a customer falls in this bin (absent for the best bins). */
  public abstract Optional<String> reasonCode();

  /** Whether {@code value} falls in the bin. */
  public final boolean contains(BigDecimal value) {
    return from().map(f -> value.compareTo(f) >= 0).orElse(true)
        && to().map(t -> value.compareTo(t) < 0).orElse(true);
  }

  @Value.Check
  void check() {
    Checks.notNegative(points(), "points");
    if (from().isPresent() && to().isPresent()) {
      Checks.argument(from().get().compareTo(to().get()) < 0,
          "Attribute bin must end after it starts, but was [" + from().get() + ", "
              + to().get() + ")");
    }
  }
}
