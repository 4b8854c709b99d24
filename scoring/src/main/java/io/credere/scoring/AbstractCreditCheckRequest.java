package io.credere.scoring;

import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An order to check against a customer's credit: the account, its open items (a list, or the
 * {@link #view()} of a {@link CreditLedgerIndex}), the new order's amount (not negative; zero
 * checks the account as it stands; in another currency than the account's it is converted like
 * any item), the date, and optionally a knock-out (kept from an assessment) and the next
 * scheduled review. Use {@code CreditCheckRequest.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCreditCheckRequest {

  /** The account. */
  public abstract Customer customer();

  /**
   * The customer's open items (items of other customers are not counted); leave empty when
   * giving a {@link #view()}.
   */
  public abstract List<OpenItem> openItems();

  /** The customer's items as an index keeps them; in place of {@link #openItems()}. */
  public abstract Optional<CustomerLedger> view();

  /** The customer's open items the check reads: the view, or the list summed once. */
  @Value.Lazy
  public CustomerLedger account() {
    return view().orElseGet(() -> CustomerLedger.of(customer().customerId(), openItems()));
  }

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
    if (view().isPresent() && !openItems().isEmpty()) {
      throw new IllegalArgumentException("Give the open items of "
          + customer().customerId().value() + " either as a list or as a view, not both");
    }
    view().ifPresent(v -> {
      if (!v.customerId().equals(customer().customerId())) {
        throw new IllegalArgumentException("The view of " + v.customerId().value()
            + " is not the account " + customer().customerId().value());
      }
    });
    if (newOrder().isNegative()) {
      throw io.credere.core.error.ValidationException.of("order_amount",
          Optional.of(newOrder().toString()), "must not be negative");
    }
  }
}
