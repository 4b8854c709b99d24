package io.credere.collections.dispute;

import io.credere.core.Checks;
import java.util.EnumMap;
import java.util.Map;

/**
 * The built-in {@link DisputeRouting} strategies.
 *
 * <p>{@link #byReason()} routes PRICING and DISCOUNT to SALES; QUANTITY and NOT_RECEIVED to
 * LOGISTICS; DUPLICATE_BILLING to BILLING; DAMAGED_GOODS, QUALITY and OTHER to CUSTOMER_SERVICE.
 */
public final class DisputeRoutings {

  private static final Map<DisputeReason, DisputeOwner> DEFAULT_OWNERS = defaults();
  private static final DisputeRouting BY_REASON = byReason(Map.of());

  private DisputeRoutings() {}

  /** Routing by reason with the default owners above. */
  public static DisputeRouting byReason() {
    return BY_REASON;
  }

  /** Routing by reason, {@code overrides} replacing the default owner of some reasons. */
  public static DisputeRouting byReason(Map<DisputeReason, DisputeOwner> overrides) {
    Map<DisputeReason, DisputeOwner> owners = new EnumMap<>(DEFAULT_OWNERS);
    owners.putAll(Checks.notNull(overrides, "overrides"));
    Map<DisputeReason, DisputeOwner> table = Map.copyOf(owners);
    return new DisputeRouting() {
      @Override
      public DisputeOwner route(DisputeRequest request) {
        return table.get(request.reason());
      }

      @Override
      public String name() {
        return "BY_REASON";
      }
    };
  }

  /** Every dispute to {@code owner}. */
  public static DisputeRouting always(DisputeOwner owner) {
    Checks.notNull(owner, "owner");
    return new DisputeRouting() {
      @Override
      public DisputeOwner route(DisputeRequest request) {
        return owner;
      }

      @Override
      public String name() {
        return "ALWAYS_" + owner;
      }
    };
  }

  /** The default owner of {@code reason}. */
  public static DisputeOwner defaultOwner(DisputeReason reason) {
    return DEFAULT_OWNERS.get(Checks.notNull(reason, "reason"));
  }

  private static Map<DisputeReason, DisputeOwner> defaults() {
    Map<DisputeReason, DisputeOwner> owners = new EnumMap<>(DisputeReason.class);
    owners.put(DisputeReason.PRICING, DisputeOwner.SALES);
    owners.put(DisputeReason.DISCOUNT, DisputeOwner.SALES);
    owners.put(DisputeReason.QUANTITY, DisputeOwner.LOGISTICS);
    owners.put(DisputeReason.NOT_RECEIVED, DisputeOwner.LOGISTICS);
    owners.put(DisputeReason.DUPLICATE_BILLING, DisputeOwner.BILLING);
    owners.put(DisputeReason.DAMAGED_GOODS, DisputeOwner.CUSTOMER_SERVICE);
    owners.put(DisputeReason.QUALITY, DisputeOwner.CUSTOMER_SERVICE);
    owners.put(DisputeReason.OTHER, DisputeOwner.CUSTOMER_SERVICE);
    return Map.copyOf(owners);
  }
}
