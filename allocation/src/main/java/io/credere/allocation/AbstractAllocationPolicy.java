package io.credere.allocation;

import io.credere.core.id.CustomerId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings the allocation rules read: write-off tolerance (default and per customer risk
 * class), grace days on discount dates, the name-matching threshold, the subset-search budget,
 * and the account that holds unidentified cash in the ledger after the run.
 *
 * <p>Defaults: no write-off, no grace, name similarity 0.85 with a margin of 0.10 over the
 * runner-up, subset search over at most 40 open items and 200,000 search steps, the evidence
 * weights' defaults ({@link EvidenceWeights}), suspense account {@code SUSPENSE}. Use {@code AllocationPolicy.builder()} or {@link #defaults()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractAllocationPolicy {

  /** The policy with every default. */
  public static AllocationPolicy defaults() {
    return AllocationPolicy.builder().build();
  }

  /** The write-off tolerance of customers without a class-specific one. */
  @Value.Default
  public Tolerance tolerance() {
    return Tolerance.none();
  }

  /** Tolerances per customer risk class ({@code Customer.riskClass()}), overriding the default. */
  public abstract Map<String, Tolerance> tolerancesByRiskClass();

  /** Days after {@code discount_date} on which a payment still earns the discount. */
  @Value.Default
  public int discountGraceDays() {
    return 0;
  }

  /** The lowest name similarity (0..1) that identifies a payer by name. */
  @Value.Default
  public double nameThreshold() {
    return 0.85;
  }

  /** By how much the best name must beat the runner-up; closer candidates identify nobody. */
  @Value.Default
  public double nameMargin() {
    return 0.10;
  }

  /** The most open items of one customer the amount-only subset search looks at. */
  @Value.Default
  public int subsetMaxItems() {
    return 40;
  }

  /** The search steps the subset search may take before it gives up (and guesses nothing). */
  @Value.Default
  public int subsetStepBudget() {
    return 200_000;
  }

  /** The weights and thresholds of the evidence engine ({@code EVIDENCE}). */
  @Value.Default
  public EvidenceWeights evidence() {
    return EvidenceWeights.defaults();
  }

  /** The customer id of the {@code PAYMENT} items holding unidentified cash. */
  @Value.Default
  public CustomerId suspenseAccount() {
    return CustomerId.of("SUSPENSE");
  }

  /** The tolerance for a customer of {@code riskClass}. */
  public final Tolerance toleranceFor(Optional<String> riskClass) {
    return riskClass.map(tolerancesByRiskClass()::get).orElse(tolerance());
  }

  @Value.Check
  void check() {
    if (discountGraceDays() < 0) {
      throw new IllegalArgumentException("Discount grace days must not be negative, but was "
          + discountGraceDays());
    }
    if (nameThreshold() <= 0 || nameThreshold() > 1) {
      throw new IllegalArgumentException("Name threshold must be above 0 and at most 1, but was "
          + nameThreshold());
    }
    if (nameMargin() < 0 || subsetMaxItems() < 1 || subsetStepBudget() < 1) {
      throw new IllegalArgumentException("Name margin must not be negative and subset limits "
          + "must be positive");
    }
  }
}
