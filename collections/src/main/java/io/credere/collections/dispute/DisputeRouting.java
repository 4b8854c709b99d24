package io.credere.collections.dispute;

/**
 * Decides which team owns a dispute. Built-ins: {@link DisputeRoutings#byReason()} (the default)
 * and {@link DisputeRoutings#byReason(java.util.Map)}, {@link DisputeRoutings#always(DisputeOwner)};
 * a host plugs in its own (by customer, by amount, by region).
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface DisputeRouting {

  /** The owner of the dispute {@code request} opens. */
  DisputeOwner route(DisputeRequest request);

  /** A short name for explanations, e.g. {@code BY_REASON}. */
  default String name() {
    return getClass().getSimpleName();
  }
}
