package io.credere.cli.casework;

import io.credere.io.ContactRow;
import io.credere.io.ContactsFile;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * Where each account (customer and currency) stands with the collector, from the contact log and
 * the cash received: under an open promise (not dunned, not called before the promised date),
 * with a broken or partly kept promise (called first and dunned), and the last contact.
 *
 * <p>An account with an open promise is under promise even when an older promise was broken; a
 * kept promise neither holds nor speeds up dunning. Contacts dated after the as-of date are not
 * yet made and are ignored.
 */
public final class AccountStandings {

  private static final AccountStandings NONE = new AccountStandings(List.of(), List.of());

  private final Map<String, List<PromiseBook.Evaluated>> promises = new HashMap<>();
  private final Map<CustomerId, List<ContactRow>> contacts = new HashMap<>();

  private AccountStandings(List<ContactRow> log, List<PromiseBook.Evaluated> evaluated) {
    for (PromiseBook.Evaluated e : evaluated) {
      promises.computeIfAbsent(key(e.customerId(), e.currency()), k -> new ArrayList<>()).add(e);
    }
    promises.values().forEach(list -> list.sort(Comparator.comparing(e -> e.promise().madeOn())));
    for (ContactRow row : log) {
      contacts.computeIfAbsent(row.customerId(), c -> new ArrayList<>()).add(row);
    }
    contacts.values().forEach(list -> list.sort(Comparator.comparing(ContactRow::date)));
  }

  /** The standings of a contact log (made by the as-of date) and its evaluated promises. */
  public static AccountStandings of(List<ContactRow> log, List<PromiseBook.Evaluated> evaluated) {
    return new AccountStandings(log, evaluated);
  }

  /** No contacts: every account stands as the ledger says. */
  public static AccountStandings none() {
    return NONE;
  }

  /**
   * Reads the contact log and the payments of {@code options} and evaluates the promises, the
   * payments attributed as {@code allocate} would with {@code ledger} and {@code customers}.
   */
  public static AccountStandings read(Optional<ContactsOptions> options, List<OpenItem> ledger,
      List<Customer> customers, LocalDate asOf, Rejects rejects) {
    if (options.isEmpty()) {
      return NONE;
    }
    List<ContactRow> log = ContactsFile.read(options.get().contacts(), rejects).stream()
        .filter(c -> !c.date().isAfter(asOf)).toList();
    var cash = PaymentAttribution.of(PaymentsFile.read(options.get().payments(), rejects), ledger,
        customers);
    return new AccountStandings(log, PromiseBook.evaluate(log, cash, asOf,
        PromiseToPay.DEFAULT_GRACE_DAYS));
  }

  /** Whether the account has a promise with time left: it is not dunned. */
  public boolean isUnderPromise(CustomerId customer, CurrencyUnit currency) {
    return open(customer, currency).isPresent();
  }

  /**
   * Whether the account waits for a promised date still to come (as-of before it): it is not on
   * the day's call list.
   */
  public boolean isWaiting(CustomerId customer, CurrencyUnit currency, LocalDate asOf) {
    return open(customer, currency).filter(e -> asOf.isBefore(e.promise().promisedDate()))
        .isPresent();
  }

  /** Whether the account's last decided promise was broken or partly kept, with none open. */
  public boolean isBroken(CustomerId customer, CurrencyUnit currency) {
    return broken(customer, currency).isPresent();
  }

  /** The last contact with the customer, about this currency or none in particular. */
  public Optional<ContactRow> lastContact(CustomerId customer, CurrencyUnit currency) {
    List<ContactRow> own = contacts.getOrDefault(customer, List.of());
    for (int i = own.size() - 1; i >= 0; i--) {
      ContactRow row = own.get(i);
      if (row.promisedAmount().map(a -> a.getCurrencyUnit().equals(currency)).orElse(true)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  /** What the promises say about the account, in a sentence; empty when there are none. */
  public Optional<String> promiseWords(CustomerId customer, CurrencyUnit currency) {
    Optional<PromiseBook.Evaluated> open = open(customer, currency);
    if (open.isPresent()) {
      PromiseToPay p = open.get().promise();
      return Optional.of("Promise to pay " + p.promisedAmount() + " by " + p.promisedDate()
          + " still open (" + (p.paidAmount().isZero() ? "nothing paid yet"
          : p.paidAmount() + " paid so far") + ", cash counts to " + p.deadline() + ").");
    }
    Optional<PromiseBook.Evaluated> broken = broken(customer, currency);
    if (broken.isPresent()) {
      PromiseToPay p = broken.get().promise();
      return Optional.of(p.state() == PromiseState.BROKEN
          ? "Broken promise: " + p.promisedAmount() + " promised by " + p.promisedDate()
              + ", nothing paid by " + p.deadline() + "."
          : "Promise kept only in part: " + p.paidAmount() + " of " + p.promisedAmount()
              + " paid by " + p.deadline() + ", " + p.shortfall() + " short.");
    }
    List<PromiseBook.Evaluated> all = promises.getOrDefault(key(customer, currency), List.of());
    if (!all.isEmpty()) {
      PromiseToPay p = all.get(all.size() - 1).promise();
      return Optional.of("Promise of " + p.promisedAmount() + " by " + p.promisedDate()
          + " kept.");
    }
    return Optional.empty();
  }

  /** The account's open promise with the earliest promised date, when there is one. */
  public Optional<PromiseToPay> openPromise(CustomerId customer, CurrencyUnit currency) {
    return open(customer, currency).map(PromiseBook.Evaluated::promise);
  }

  private Optional<PromiseBook.Evaluated> open(CustomerId customer, CurrencyUnit currency) {
    return promises.getOrDefault(key(customer, currency), List.of()).stream()
        .filter(PromiseBook.Evaluated::isOpen)
        .min(Comparator.comparing(e -> e.promise().promisedDate()));
  }

  private Optional<PromiseBook.Evaluated> broken(CustomerId customer, CurrencyUnit currency) {
    if (open(customer, currency).isPresent()) {
      return Optional.empty();
    }
    List<PromiseBook.Evaluated> all = promises.getOrDefault(key(customer, currency), List.of());
    return all.isEmpty() || !all.get(all.size() - 1).isBroken() ? Optional.empty()
        : Optional.of(all.get(all.size() - 1));
  }

  private static String key(CustomerId customer, CurrencyUnit currency) {
    return customer.value() + '\u0000' + currency.getCode();
  }
}
