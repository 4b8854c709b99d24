package io.credere.aging;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How a report ages: the as-of date, the buckets (which carry the basis), whether credits are
 * netted, and how items are dated.
 *
 * <p>{@code AgingPolicy.of(asOf)} gives the contract's defaults: buckets {@code 30,60,90} on the
 * due date, credits in their own column ({@code unapplied_credits}), the standard dating. Use
 * {@code AgingPolicy.builder()} for the rest. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAgingPolicy {

  /** The date ages are counted to (the report date); never read from a clock. */
  @Value.Parameter
  public abstract LocalDate asOf();

  /** The columns; default {@code 30,60,90} on the due date. */
  @Value.Default
  public AgingBuckets buckets() {
    return AgingBuckets.standard(AgingBasis.DUE_DATE);
  }

  /**
   * Whether negative open items (credit notes, unapplied payments) are aged like any other
   * item; by default ({@code false}) they go to the {@code unapplied_credits} column.
   */
  @Value.Default
  public boolean isNetCredits() {
    return false;
  }

  /** How an item is dated; default {@link ItemDating#standard()}. */
  @Value.Default
  public ItemDating dating() {
    return ItemDating.standard();
  }

  /** The basis of the buckets. */
  public final AgingBasis basis() {
    return buckets().basis();
  }

  /**
   * Whether reports under this policy and {@code other} have the same columns and meaning: same
   * as-of date, buckets and netting (the dating is the host's to keep consistent).
   */
  public final boolean isCompatibleWith(AbstractAgingPolicy other) {
    return asOf().equals(other.asOf()) && buckets().equals(other.buckets())
        && isNetCredits() == other.isNetCredits();
  }
}
