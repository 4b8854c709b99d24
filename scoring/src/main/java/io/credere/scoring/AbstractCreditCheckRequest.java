package io.credere.scoring;

import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An order to check against a customer's credit: the account, its open items, the new order's
 * amount (account currency, not negative; zero checks the account as it stands), the date, and
 * optionally a knock-out and the next scheduled review. Use {@code CreditCheckRequest.builder()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCreditCheckRequest {

  /** The account. */
  public abstract Customer customer();

  /** The customer's open items (items of other customers or currencies are not counted). */
  public abstract List<OpenItem> openItems();

  /** The new order's amount, in the account currency. */
  public abstract Money newOrder();

  /** The date of the check. */
  public abstract LocalDate asOf();

  /** A knock-out found for the customer (e.g. insolvency), if any. */
  public abstract Optional<KnockOut> knockOut();

  /** When the account's next credit review is due, if scheduled. */
  public abstract Optional<LocalDate> nextReview();

  @Value.Check
  void check() {
    if (!newOrder().getCurrencyUnit().equals(customer().currency())) {
      throw io.credere.core.error.ValidationException.of("order_amount",
          Optional.of(newOrder().toString()), "is not in the account currency "
              + customer().currency() + " of " + customer().customerId().value());
    }
    if (newOrder().isNegative()) {
      throw io.credere.core.error.ValidationException.of("order_amount",
          Optional.of(newOrder().toString()), "must not be negative");
    }
  }
}
