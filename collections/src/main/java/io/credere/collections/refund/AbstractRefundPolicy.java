package io.credere.collections.refund;

import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * How credit balances are proposed: the {@link #mode()} (offset first by default) and the
 * approval thresholds per currency: a customer's refund above its currency's threshold needs
 * approval; in a currency with no threshold every refund needs approval (the safe default).
 * Use {@code RefundPolicy.standard()} or the builder. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRefundPolicy {

  private static final RefundPolicy STANDARD = RefundPolicy.builder().build();

  /** Offset first, no thresholds (every refund needs approval). */
  public static RefundPolicy standard() {
    return STANDARD;
  }

  /** What to do with credit balances. */
  @Value.Default
  public RefundMode mode() {
    return RefundMode.OFFSET_FIRST;
  }

  /** The largest refund per customer and currency that needs no approval. */
  public abstract Map<CurrencyUnit, Money> approvalThresholds();

  /** Whether a refund of {@code amount} needs approval. */
  public final boolean needsApproval(Money amount) {
    Money threshold = approvalThresholds().get(amount.getCurrencyUnit());
    return threshold == null || amount.isGreaterThan(threshold);
  }
}
