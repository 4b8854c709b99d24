package io.credere.core.item;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.money.Monies;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One receivable document of a customer with what is still open on it: the line of an open-item
 * ledger that aging, cash application and dunning work on.
 *
 * <p>Invariants, refused with a {@link io.credere.core.error.ValidationException} naming the
 * document:
 *
 * <ul>
 *   <li>amount and open amount are in the same currency;
 *   <li>both are within {@link io.credere.core.money.Monies#MAX_AMOUNT} (10^15) in absolute
 *       value, the contract's limit, so that sums over a ledger stay exact;
 *   <li>both have the sign of the {@link DocumentType} (positive for invoices and debit notes,
 *       negative for credit notes and payments) or are zero;
 *   <li>the open amount is not larger, in absolute value, than the amount.
 * </ul>
 *
 * <p>Dates are not ordered against each other: ERPs export items due before their document
 * date, and aging must still age them. Use the generated {@code OpenItem.builder()}; derive
 * changed items with {@code withOpenAmount(...)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractOpenItem {

  /** The customer who owes (or is owed) the amount. */
  public abstract CustomerId customerId();

  /** The document's number, unique within the ledger. */
  public abstract DocumentId documentId();

  /** What kind of document it is; fixes the sign of the amounts. */
  public abstract DocumentType documentType();

  /** The date the document was issued. */
  public abstract LocalDate documentDate();

  /** The date by which it is to be paid. */
  public abstract LocalDate dueDate();

  /** The document's original amount, signed by the sign convention. */
  public abstract Money amount();

  /** What is still open of the amount, same sign; zero when settled. */
  public abstract Money openAmount();

  /** The customer's own reference for the document (e.g. their PO number), when known. */
  public abstract Optional<String> reference();

  /** The early-payment discount on this document, when its terms give one. */
  public abstract Optional<EarlyPaymentDiscount> discount();

  /** Whether the customer disputes the document (excluded from dunning while disputed). */
  @Value.Default
  public boolean isDisputed() {
    return false;
  }

  /** The document's currency. */
  public final CurrencyUnit currency() {
    return amount().getCurrencyUnit();
  }

  /** Whether nothing is open any more. */
  public final boolean isSettled() {
    return openAmount().isZero();
  }

  /**
   * Days past the due date on {@code asOf}: positive when overdue, zero on the due date,
   * negative before it.
   *
   * @throws NullPointerException naming {@code asOf} when it is null
   */
  public final long daysPastDue(LocalDate asOf) {
    return ChronoUnit.DAYS.between(dueDate(), Checks.notNull(asOf, "asOf"));
  }

  /** Whether the item is open, a debit, and past its due date on {@code asOf}. */
  public final boolean isOverdue(LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return !isSettled() && documentType().isDebit() && daysPastDue(asOf) > 0;
  }

  @Value.Check
  void check() {
    checkAmounts(documentType(), amount(), openAmount(), documentId());
  }

  /**
   * The item's rules on its amounts (see the class comment), for an item and for a row of
   * {@link OpenItemColumns}; {@code id} names the document in the messages.
   */
  static void checkAmounts(DocumentType type, Money amount, Money openAmount, Object id) {
    if (!Monies.isInRange(amount)) {
      throw ValidationException.of("amount", Optional.of(amount.toString()),
          "is beyond the supported range for " + id + " (amounts up to 10^15 in absolute value)");
    }
    if (!Monies.isInRange(openAmount)) {
      throw ValidationException.of("open_amount", Optional.of(openAmount.toString()),
          "is beyond the supported range for " + id + " (amounts up to 10^15 in absolute value)");
    }
    if (!openAmount.getCurrencyUnit().equals(amount.getCurrencyUnit())) {
      throw ValidationException.of("open_amount", Optional.of(openAmount.toString()),
          "is not in the document currency " + amount.getCurrencyUnit() + " of " + id);
    }
    int sign = type.sign();
    if (amount.getAmount().signum() == -sign) {
      throw ValidationException.of("amount", Optional.of(amount.toString()),
          "has the wrong sign for " + type + " " + id + " (expected "
              + (sign > 0 ? "positive" : "negative") + ")");
    }
    if (openAmount.getAmount().signum() == -sign) {
      throw ValidationException.of("open_amount", Optional.of(openAmount.toString()),
          "has the wrong sign for " + type + " " + id + " (expected "
              + (sign > 0 ? "positive" : "negative") + " or zero)");
    }
    if (openAmount.abs().isGreaterThan(amount.abs())) {
      throw ValidationException.of("open_amount", Optional.of(openAmount.toString()),
          "exceeds document amount " + amount + " for " + id);
    }
  }
}
