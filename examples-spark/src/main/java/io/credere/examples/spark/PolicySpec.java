package io.credere.examples.spark;

import io.credere.aging.AgingBasis;
import io.credere.aging.AgingBuckets;
import io.credere.aging.AgingPolicy;
import io.credere.aging.ItemDating;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An {@link AgingPolicy} in serializable form (as-of date, basis, boundaries, netting), shipped
 * to the executors and rebuilt there. Only the standard dating can be shipped: a host's own
 * {@link ItemDating} would have to be serializable itself.
 *
 * @param asOfDay the as-of date as an epoch day
 * @param basis the basis of the buckets
 * @param boundaries the bucket boundaries, ascending
 * @param netCredits whether credits are aged like any other item
 */
record PolicySpec(long asOfDay, AgingBasis basis, int[] boundaries, boolean netCredits)
    implements Serializable {

  /**
   * The serializable form of a policy.
   *
   * @throws IllegalArgumentException when the policy dates items other than by
   *     {@link ItemDating#standard()}
   */
  static PolicySpec of(AgingPolicy policy) {
    if (policy.dating() != ItemDating.standard()) {
      throw new IllegalArgumentException("The Spark job ages with ItemDating.standard() only, "
          + "but the policy uses " + policy.dating());
    }
    List<Integer> bounds = policy.buckets().boundaries();
    return new PolicySpec(policy.asOf().toEpochDay(), policy.basis(),
        bounds.stream().mapToInt(Integer::intValue).toArray(), policy.isNetCredits());
  }

  /** The policy again. */
  AgingPolicy toPolicy() {
    return AgingPolicy.builder()
        .asOf(LocalDate.ofEpochDay(asOfDay))
        .buckets(AgingBuckets.of(basis, boundaries))
        .netCredits(netCredits)
        .build();
  }
}
