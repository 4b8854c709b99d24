package io.credere.collections.worklist;

import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One customer's overdue position in one currency as a strategy sees it: the overdue items, the
 * risk grade (the host's, e.g. the customer's risk class), and whether a promise was broken.
 * Use the generated {@code OverdueAccount}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractOverdueAccount {

  /** The customer. */
  public abstract CustomerId customerId();

  /** The customer's name, when known. */
  public abstract Optional<String> customerName();

  /** The currency. */
  public abstract CurrencyUnit currency();

  /** The overdue, undisputed items. */
  public abstract List<OpenItem> items();

  /** The risk grade, when known. */
  public abstract Optional<String> riskGrade();

  /** Whether the customer broke a promise to pay. */
  public abstract boolean brokenPromise();

  /** Sum of the items' open amounts. */
  public abstract Money overdueAmount();

  /** Days past due of the oldest item. */
  public abstract long maxDaysOverdue();

  /** Sum over the items of open amount x days past due (amount-days). */
  public abstract BigDecimal amountDays();
}
