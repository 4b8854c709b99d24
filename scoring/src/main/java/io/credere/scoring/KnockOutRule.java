package io.credere.scoring;

import java.util.Optional;

/**
 * A rule that can knock a customer out of credit whatever the score. Implementations must be
 * immutable and thread-safe. Built-ins are in {@link KnockOutRules}.
 */
@FunctionalInterface
public interface KnockOutRule {

  /** The knock-out this rule finds in {@code profile}, if any. */
  Optional<KnockOut> test(CustomerProfile profile);
}
