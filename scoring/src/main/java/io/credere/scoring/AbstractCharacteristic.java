package io.credere.scoring;

import io.credere.core.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A scorecard characteristic: which variable it reads ({@link ScoringVariables}), its bins
 * (first match wins), the neutral bin used when the variable has no value, and its weight (the
 * points of every bin are multiplied by it). Use {@code Characteristic.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractCharacteristic {

  /** The variable's name, e.g. {@code PAYMENT_INDEX}. */
  public abstract String variable();

  /** The weight; at least 1. */
  @Value.Default
  public int weight() {
    return 1;
  }

  /** The bins, checked in order; the first that contains the value scores. */
  public abstract List<AttributeBin> bins();

  /** The neutral bin for a customer without a value (its reason code says what is missing). */
  public abstract AttributeBin missing();

  /** The most points a bin (or the missing bin) gives, before weighting. */
  public final int maxPoints() {
    int max = missing().points();
    for (AttributeBin bin : bins()) {
      max = Math.max(max, bin.points());
    }
    return max;
  }

  /** The bin for {@code value} (the missing bin for no value or a value no bin holds). */
  public final AttributeBin binFor(Optional<BigDecimal> value) {
    if (value.isPresent()) {
      for (AttributeBin bin : bins()) {
        if (bin.contains(value.get())) {
          return bin;
        }
      }
    }
    return missing();
  }

  @Value.Check
  void check() {
    Checks.notBlank(variable(), "variable");
    Checks.positive(weight(), "weight");
    Checks.argument(!bins().isEmpty(), "Characteristic " + variable() + " needs a bin");
  }
}
