package io.credere.scoring;

import java.util.Optional;

/**
 * One rule in a credit check's chain. Every rule of the chain runs; the worst finding decides.
 * A host adds its own with {@link CreditCheck#withRule(CreditCheckRule)}. Implementations must be
 * immutable and thread-safe. Built-ins: {@link CreditCheckRules}.
 */
@FunctionalInterface
public interface CreditCheckRule {

  /** What this rule finds for {@code request} at {@code exposure}, if anything. */
  Optional<CheckFinding> check(CreditCheckRequest request, Exposure exposure);
}
