package io.credere.allocation;

import java.util.Objects;

/**
 * A host's own source of evidence for cash application, e.g. a lookup of its sales-order
 * numbers or payment advices: it reads the payment ({@link AllocationWork#payment()}) and adds
 * {@link Mention}s with {@link AllocationWork#mention(io.credere.core.item.OpenItem,
 * MentionKind, String, String)} (kind {@link MentionKind#HOST}, weighed by
 * {@link EvidenceWeights#referenceHost()}). The evidence engine weighs them with everything else:
 * a source never decides alone. Register with {@link CashApplication.Builder#evidenceSource}.
 * Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface EvidenceSource {

  /** Adds what this source knows about the payment in {@code work}. */
  void collect(AllocationWork work);

  /** The source's id, upper snake case, used in explanations. */
  default String id() {
    return getClass().getSimpleName();
  }

  /** A source with an id. */
  static EvidenceSource named(String id, EvidenceSource source) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    return new EvidenceSource() {
      @Override
      public void collect(AllocationWork work) {
        source.collect(work);
      }

      @Override
      public String id() {
        return id;
      }
    };
  }
}
