package io.credere.core.customer;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.terms.PaymentTerms;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A customer account as the credit controller sees it: who they are, the account currency, the
 * credit limit and terms granted, the risk class, whether the account is on credit hold, orders
 * taken but not yet invoiced, and the bank accounts they pay from.
 *
 * <p>Invariants: limit and open orders are in the account currency and not negative; bank
 * accounts are kept normalised (spaces removed, upper case) so an IBAN matches however it was
 * typed. Use the generated {@code Customer.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCustomer {

  /** The account number in the host ERP. */
  public abstract CustomerId customerId();

  /** The customer's name as on the account (legal form included, e.g. "Acme GmbH"). */
  public abstract String name();

  /** The account currency, in which limit and open orders are kept. */
  public abstract CurrencyUnit currency();

  /** The credit limit granted, when one is set (absent: no limit has been set). */
  public abstract Optional<Money> creditLimit();

  /** The payment terms agreed, when known. */
  public abstract Optional<PaymentTerms> paymentTerms();

  /** The host's risk class (e.g. {@code A}, {@code LOW}), when set. */
  public abstract Optional<String> riskClass();

  /** Whether the account is on credit hold (no new orders released). */
  @Value.Default
  public boolean isOnCreditHold() {
    return false;
  }

  /** Orders accepted and not yet invoiced, in the account currency; zero when none. */
  @Value.Default
  public Money openOrders() {
    return Money.zero(currency());
  }

  /** Bank accounts (IBANs or account numbers) the customer is known to pay from, normalised. */
  public abstract List<String> bankAccounts();

  /** Whether {@code account} (any spacing or case) is one of the customer's known accounts. */
  public final boolean hasBankAccount(String account) {
    return bankAccounts().contains(normaliseAccount(account));
  }

  /** An account number as compared: spaces and hyphens removed, upper case. */
  public static String normaliseAccount(String account) {
    return account.replaceAll("[\\s-]+", "").toUpperCase(Locale.ROOT);
  }

  @Value.Check
  AbstractCustomer normalise() {
    String id = customerId().value();
    if (name().isBlank()) {
      throw ValidationException.of("name", Optional.of(name()), "must not be blank for " + id);
    }
    creditLimit().ifPresent(limit -> checkAmount("credit_limit", limit, id));
    checkAmount("open_orders", openOrders(), id);
    boolean normal = !name().equals(name().strip());
    for (String account : bankAccounts()) {
      normal |= !account.equals(normaliseAccount(account)) || account.isEmpty();
    }
    if (!normal) {
      return this;
    }
    return Customer.copyOf(this).withName(name().strip())
        .withBankAccounts(bankAccounts().stream().map(AbstractCustomer::normaliseAccount)
            .filter(a -> !a.isEmpty()).distinct().toList());
  }

  private void checkAmount(String field, Money amount, String id) {
    if (!amount.getCurrencyUnit().equals(currency())) {
      throw ValidationException.of(field, Optional.of(amount.toString()),
          "is not in the account currency " + currency() + " of " + id);
    }
    if (amount.isNegative()) {
      throw ValidationException.of(field, Optional.of(amount.toString()),
          "must not be negative for " + id);
    }
    if (!io.credere.core.money.Monies.isInRange(amount)) {
      throw ValidationException.of(field, Optional.of(amount.toString()),
          "is beyond the supported range for " + id + " (amounts up to 10^15 in absolute value)");
    }
  }
}
