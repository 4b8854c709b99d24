package io.credere.allocation;

import java.util.Objects;

/**
 * One step of cash application: looks at an {@link AllocationWork} and identifies the payer,
 * finds references, or decides where the cash goes. The {@link CashApplication} runs its rules
 * in order for each payment until one {@linkplain AllocationWork#decide(String) decides};
 * whatever cash is left then stays on account (payer identified) or unapplied.
 *
 * <p>A rule that is not sure does nothing: a wrong match is worse than no match. The built-in
 * rules are listed in {@link AllocationRules}; a host adds its own (e.g. a lookup in its own
 * remittance advices) with {@link #named(String, AllocationRule)} or by implementing
 * {@link #id()}. Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface AllocationRule {

  /** Works on one payment. */
  void apply(AllocationWork work);

  /** The rule's id, upper snake case (the built-ins' are listed in {@link AllocationRules}). */
  default String id() {
    return getClass().getSimpleName();
  }

  /** A rule with an id. */
  static AllocationRule named(String id, AllocationRule rule) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rule, "rule");
    return new AllocationRule() {
      @Override
      public void apply(AllocationWork work) {
        rule.apply(work);
      }

      @Override
      public String id() {
        return id;
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }
}
