package io.credere.aging;

import io.credere.core.id.CustomerId;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One line of an aged receivables report: a customer's aged balance in one currency.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAgingRow {

  /** The customer. */
  @Value.Parameter
  public abstract CustomerId customerId();

  /** The customer's aged amounts in one currency. */
  @Value.Parameter
  public abstract AgingBalance balance();

  /** The currency of the row. */
  public final CurrencyUnit currency() {
    return balance().currency();
  }

  /** One amount per bucket, youngest first. */
  public final List<Money> buckets() {
    return balance().buckets();
  }

  /** The unapplied credits. */
  public final Money unappliedCredits() {
    return balance().unappliedCredits();
  }

  /** The net open balance. */
  public final Money total() {
    return balance().total();
  }
}
