package io.credere.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One level of an approval matrix: a role that may approve limits up to {@link #maxLimit()} and
 * increases up to {@link #maxIncrease()} (absent: no ceiling). Amounts in the limit's currency,
 * major units. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractApprovalLevel {

  /** The role, e.g. {@code CREDIT_MANAGER}. */
  public abstract String role();

  /** The largest limit the role may approve; absent: any. */
  public abstract Optional<BigDecimal> maxLimit();

  /** The largest increase the role may approve; absent: any. */
  public abstract Optional<BigDecimal> maxIncrease();
}
