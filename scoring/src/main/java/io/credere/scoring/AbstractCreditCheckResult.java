package io.credere.scoring;

import io.credere.core.explain.Explanation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The outcome of a credit check: the decision (the worst finding's, {@code OK} without
 * findings), the exposure with its components, the limit and the headroom left (limit minus
 * exposure, negative when over), the findings worst first, and the explanation. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractCreditCheckResult {

  /** The decision. */
  public abstract CheckDecision decision();

  /** The exposure the decision was made on. */
  public abstract Exposure exposure();

  /** The credit limit, when set. */
  public abstract Optional<Money> limit();

  /** Limit minus exposure, when a limit is set; negative when over the limit. */
  public abstract Optional<Money> headroom();

  /** The findings, worst first (ties in rule order). */
  public abstract List<CheckFinding> findings();

  /** Why. */
  public abstract Explanation explanation();

  /** The findings' reason codes, worst first. */
  public final List<String> reasonCodes() {
    return findings().stream().map(CheckFinding::reasonCode).toList();
  }
}
