package io.credere.collections.dispute;

import io.credere.core.error.ValidationException;
import io.credere.core.terms.BusinessCalendar;
import io.credere.core.terms.BusinessCalendars;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How disputes are opened: who owns them ({@link #routing()}, by reason by default) and by when
 * they are to be resolved: {@link #businessDays(DisputeReason)} business days of
 * {@link #calendar()} after the date raised. Defaults: DUPLICATE_BILLING 3, QUANTITY and
 * NOT_RECEIVED 5, PRICING, DISCOUNT, DAMAGED_GOODS and OTHER 10, QUALITY 15; weekends are not
 * business days.
 *
 * <p>Use {@code DisputePolicy.standard()} or the builder. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDisputePolicy {

  private static final Map<DisputeReason, Integer> DEFAULT_DAYS = Map.of(
      DisputeReason.DUPLICATE_BILLING, 3, DisputeReason.QUANTITY, 5,
      DisputeReason.NOT_RECEIVED, 5, DisputeReason.PRICING, 10, DisputeReason.DISCOUNT, 10,
      DisputeReason.DAMAGED_GOODS, 10, DisputeReason.OTHER, 10, DisputeReason.QUALITY, 15);

  private static final DisputePolicy STANDARD = DisputePolicy.builder().build();

  /** The standard policy. */
  public static DisputePolicy standard() {
    return STANDARD;
  }

  /** Who owns a dispute. */
  @Value.Default
  public DisputeRouting routing() {
    return DisputeRoutings.byReason();
  }

  /** The business days due dates count. */
  @Value.Default
  public BusinessCalendar calendar() {
    return BusinessCalendars.weekends();
  }

  /** Business days to resolve, by reason; a reason not listed takes the default above. */
  public abstract Map<DisputeReason, Integer> daysByReason();

  /** The business days to resolve a dispute for {@code reason}. */
  public final int businessDays(DisputeReason reason) {
    Integer days = daysByReason().get(reason);
    return days != null ? days : DEFAULT_DAYS.get(reason);
  }

  @Value.Check
  void check() {
    daysByReason().forEach((reason, days) -> {
      if (days < 1) {
        throw ValidationException.of("business_days", Optional.of(days.toString()),
            "must be at least 1 for " + reason);
      }
    });
  }
}
