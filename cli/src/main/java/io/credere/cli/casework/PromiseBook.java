package io.credere.cli.casework;

import io.credere.io.ContactRow;
import io.credere.collections.promise.PromiseOutcome;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.id.CustomerId;
import io.credere.core.id.PaymentId;
import io.credere.workflow.CustomerPayments;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;

/**
 * The promises to pay of a contact log, evaluated against the cash each customer paid, per the
 * contract ("The collector's day"):
 *
 * <ul>
 *   <li>cash counts for a customer's promise when it is in the promise's currency and dated from
 *       the contact date to the promised date plus grace (both inclusive), and not after the
 *       as-of date (cash not yet received);
 *   <li>a payment counts toward one promise only: the customer's promises take its payments in
 *       the order they were made (contact date, then promised date, then file order), each the
 *       payments the earlier ones did not count (the workflow's {@link CustomerPayments});
 *   <li>{@code KEPT} once paid in full by the deadline; after the deadline {@code PARTIALLY_KEPT}
 *       (something paid) or {@code BROKEN} (nothing); before it {@code OPEN}.
 * </ul>
 *
 * <p>Every customer's and currency's promises are decided from that customer's cash in that
 * currency only.
 */
public final class PromiseBook {

  /** One evaluated promise and the contact it came from. */
  public record Evaluated(ContactRow contact, PromiseToPay promise) {

    /** The customer. */
    CustomerId customerId() {
      return contact.customerId();
    }

    /** The promise's currency. */
    public CurrencyUnit currency() {
      return promise.promisedAmount().getCurrencyUnit();
    }

    /** Where it stands. */
    public PromiseState state() {
      return promise.state();
    }

    /** Whether it was broken or kept only in part (dunning restarts). */
    boolean isBroken() {
      return state() == PromiseState.BROKEN || state() == PromiseState.PARTIALLY_KEPT;
    }

    /** Whether there is still time. */
    boolean isOpen() {
      return state() == PromiseState.OPEN;
    }

    /** One sentence a collector reads. */
    String explanation() {
      PromiseToPay p = promise;
      String head = p.customerId().value() + " promised " + p.promisedAmount() + " by "
          + p.promisedDate() + " (" + channel() + " on " + p.madeOn() + "; cash counts to "
          + p.deadline() + ")";
      String paid = p.countedPayments().stream()
          .map(a -> a.paymentId().map(PaymentId::value).orElse("a payment") + " "
              + a.amount() + " on " + a.date())
          .collect(Collectors.joining(", "));
      switch (p.state()) {
        case KEPT:
          return head + ": kept, " + p.paidAmount() + " paid (" + paid + ").";
        case PARTIALLY_KEPT:
          return head + ": partly kept, only " + p.paidAmount() + " paid (" + paid + "), "
              + p.shortfall() + " short; dunning restarts.";
        case BROKEN:
          return head + ": broken, nothing paid by " + p.deadline() + "; dunning restarts.";
        default:
          return head + ": open, " + (p.paidAmount().isZero() ? "nothing paid yet"
              : p.paidAmount() + " paid so far (" + paid + ")") + ", " + p.shortfall()
              + " still to come by " + p.deadline() + ".";
      }
    }

    private String channel() {
      return contact.channel().name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private PromiseBook() {}

  /**
   * Evaluates every {@code PROMISE_TO_PAY} contact with the workflow's
   * {@link CustomerPayments#evaluateAll}: each payment toward one promise of its customer only,
   * the earliest made first. The promises are evaluated without their documents: the contract
   * counts any cash of the customer in the currency within the window.
   *
   * @param contacts the contact log, in file order (other outcomes are skipped)
   * @param payments the cash by customer
   * @param asOf the evaluation date
   * @param graceDays days after the promised date cash still counts, not negative
   * @return one evaluated promise per promise contact, in file order
   */
  public static List<Evaluated> evaluate(List<ContactRow> contacts, CustomerPayments payments,
      LocalDate asOf, int graceDays) {
    List<ContactRow> promises = contacts.stream().filter(ContactRow::isPromise).toList();
    List<PromiseToPay> made = new ArrayList<>();
    for (ContactRow c : promises) {
      made.add(PromiseToPay.restore(c.customerId(), c.date(), c.promisedAmount().orElseThrow(),
          c.promisedDate().orElseThrow(), List.of(), c.note(), graceDays, PromiseState.OPEN,
          List.of(), List.of()));
    }
    List<PromiseOutcome> outcomes = payments.evaluateAll(made, asOf);
    List<Evaluated> evaluated = new ArrayList<>();
    for (int i = 0; i < promises.size(); i++) {
      evaluated.add(new Evaluated(promises.get(i), outcomes.get(i).promise()));
    }
    return evaluated;
  }
}

