package io.credere.collections.refund;

import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * What to do with one customer's credit balance in one currency: offsets against open invoices,
 * refunds, and what stays unused. {@code offsetTotal + refundTotal + unused = creditBalance}
 * (all positive amounts). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractRefundProposal {

  /** The customer. */
  public abstract CustomerId customerId();

  /** The currency. */
  public abstract CurrencyUnit currency();

  /** The customer's credit balance in the currency (sum of credits, as a positive amount). */
  public abstract Money creditBalance();

  /** The proposed offsets. */
  public abstract List<Offset> offsets();

  /** The proposed refunds. */
  public abstract List<Refund> refunds();

  /** Whether the refunds need approval (their total is above the currency's threshold). */
  public abstract boolean isApprovalRequired();

  /** Why. */
  public abstract Explanation explanation();

  /** The sum of the offsets. */
  public final Money offsetTotal() {
    Money total = Money.zero(currency());
    for (Offset offset : offsets()) {
      total = total.plus(offset.amount());
    }
    return total;
  }

  /** The sum of the refunds. */
  public final Money refundTotal() {
    Money total = Money.zero(currency());
    for (Refund refund : refunds()) {
      total = total.plus(refund.amount());
    }
    return total;
  }

  /** What stays on the account. */
  public final Money unused() {
    return creditBalance().minus(offsetTotal()).minus(refundTotal());
  }
}
