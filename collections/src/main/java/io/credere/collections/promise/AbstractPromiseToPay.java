package io.credere.collections.promise;

import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A customer's promise to pay {@link #promisedAmount()} by {@link #promisedDate()}, made in a
 * contact on {@link #madeOn()}, and where it stands.
 *
 * <p>The state machine ({@link #TRANSITIONS}):
 *
 * <pre>
 * OPEN --PAYMENT--> OPEN | KEPT
 * OPEN --EVALUATE--> OPEN | KEPT | PARTIALLY_KEPT | BROKEN
 * OPEN --CANCEL--> CANCELLED
 * </pre>
 *
 * <p>A payment counts towards the promise when it is in the promise's currency, dated from
 * {@link #madeOn()} to the {@link #deadline()} (promised date plus {@link #graceDays()}, both
 * inclusive), and applied to one of the promised documents (or the promise names none, or the
 * payment is on account). An evaluation before or on the deadline keeps the promise OPEN unless
 * it is already paid in full; after it, the promise is KEPT (paid in full), PARTIALLY_KEPT (paid
 * in part) or BROKEN (nothing paid). Payments that do not count are recorded in the history and
 * change no amount.
 *
 * <p>Invariants: {@code paidAmount} is the sum of {@code countedPayments}, never negative; the
 * history has one entry per event applied. Create with {@link #fromContact}; send events with
 * {@link #apply}; decide with {@link #evaluate}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractPromiseToPay {

  /** The transition table of every promise. */
  public static final TransitionTable<PromiseState, PromiseEvent.Kind> TRANSITIONS =
      TransitionTable.builder("promise to pay", PromiseState.class, PromiseEvent.Kind.class)
          .allow(PromiseState.OPEN, PromiseEvent.Kind.PAYMENT, PromiseState.OPEN,
              PromiseState.KEPT)
          .allow(PromiseState.OPEN, PromiseEvent.Kind.EVALUATE, PromiseState.OPEN,
              PromiseState.KEPT, PromiseState.PARTIALLY_KEPT, PromiseState.BROKEN)
          .allow(PromiseState.OPEN, PromiseEvent.Kind.CANCEL, PromiseState.CANCELLED)
          .build();

  /** Grace days given when the caller names none. */
  public static final int DEFAULT_GRACE_DAYS = 3;

  /**
   * A promise made in a contact (a call, an email, a letter), OPEN, with
   * {@link #DEFAULT_GRACE_DAYS} days of grace.
   *
   * @param customerId the customer who promised
   * @param madeOn the date of the contact
   * @param promisedAmount the amount promised, positive
   * @param promisedDate the date it is promised by, not before {@code madeOn}
   * @param documents the documents the promise covers; may be empty (the account as a whole)
   * @param note what was said; may be absent
   * @throws ValidationException when the amount is not positive or the date is before the contact
   */
  public static PromiseToPay fromContact(CustomerId customerId, LocalDate madeOn,
      Money promisedAmount, LocalDate promisedDate, List<DocumentId> documents,
      Optional<String> note) {
    return PromiseToPay.builder().customerId(customerId).madeOn(madeOn)
        .promisedAmount(promisedAmount).promisedDate(promisedDate).addAllDocuments(documents)
        .note(note).build();
  }

  /**
   * The promise a collector recorded in a contact of the contact log.
   *
   * @throws io.credere.core.error.ValidationException when the contact carries no promise (no
   *     promised amount or date)
   */
  public static PromiseToPay fromContact(io.credere.collections.contact.ContactRecord contact) {
    return fromContact(contact.customerId(), contact.date(),
        contact.promisedAmount().orElseThrow(() -> io.credere.core.error.ValidationException.of(
            "promised_amount", Optional.empty(), "is missing: the contact recorded no promise")),
        contact.promisedDate().orElseThrow(() -> io.credere.core.error.ValidationException.of(
            "promised_date", Optional.empty(), "is missing: the contact recorded no promise")),
        contact.documents(), contact.note());
  }

  /** The customer who promised. */
  public abstract CustomerId customerId();

  /** The date of the contact in which the promise was made. */
  public abstract LocalDate madeOn();

  /** The amount promised, positive. */
  public abstract Money promisedAmount();

  /** The date the amount is promised by. */
  public abstract LocalDate promisedDate();

  /** The documents the promise covers; empty for the account as a whole. */
  public abstract List<DocumentId> documents();

  /** What was said, when noted. */
  public abstract Optional<String> note();

  /** Days after the promised date a payment still counts as on time, not negative. */
  @Value.Default
  public int graceDays() {
    return DEFAULT_GRACE_DAYS;
  }

  /** Where the promise stands. */
  @Value.Default
  public PromiseState state() {
    return PromiseState.OPEN;
  }

  /** The payments that counted towards the promise, in the order applied. */
  public abstract List<AppliedPayment> countedPayments();

  /** What happened to the promise, oldest first (append-only). */
  public abstract List<StateChange<PromiseState>> history();

  /** The last day a payment counts: promised date plus grace days. */
  public final LocalDate deadline() {
    return promisedDate().plusDays(graceDays());
  }

  /** The sum of the counted payments (zero in the promise's currency when none). */
  public final Money paidAmount() {
    Money paid = Money.zero(promisedAmount().getCurrencyUnit());
    for (AppliedPayment payment : countedPayments()) {
      paid = paid.plus(payment.amount());
    }
    return paid;
  }

  /** What is still missing of the promised amount; zero when paid in full or more. */
  public final Money shortfall() {
    Money missing = promisedAmount().minus(paidAmount());
    return missing.isNegative() ? Money.zero(promisedAmount().getCurrencyUnit()) : missing;
  }

  /**
   * The promise after {@code event}.
   *
   * @throws io.credere.collections.statemachine.IllegalTransitionException when the state does
   *     not allow the event (every state but OPEN is final)
   */
  public final PromiseToPay apply(PromiseEvent event) {
    Checks.notNull(event, "event");
    TRANSITIONS.check(state(), event.kind());
    PromiseToPay self = (PromiseToPay) this;
    if (event instanceof PromiseEvent.Payment) {
      AppliedPayment payment = ((PromiseEvent.Payment) event).payment();
      Optional<String> ignored = whyNotCounted(payment);
      if (ignored.isPresent()) {
        return record(self, event, state(), "not counted: " + ignored.get());
      }
      PromiseToPay counted = self.withCountedPayments(append(countedPayments(), payment));
      PromiseState next = counted.shortfall().isZero() ? PromiseState.KEPT : PromiseState.OPEN;
      return record(counted, event, next, payment.amount() + " paid on " + payment.date());
    }
    if (event instanceof PromiseEvent.Evaluate) {
      LocalDate asOf = event.date();
      PromiseState next;
      if (shortfall().isZero()) {
        next = PromiseState.KEPT;
      } else if (!asOf.isAfter(deadline())) {
        next = PromiseState.OPEN;
      } else {
        next = paidAmount().isZero() ? PromiseState.BROKEN : PromiseState.PARTIALLY_KEPT;
      }
      return record(self, event, next, "paid " + paidAmount() + " of " + promisedAmount());
    }
    return record(self, event, PromiseState.CANCELLED, "");
  }

  /**
   * Applies the payments dated up to {@code asOf} (oldest first) and evaluates the promise as of
   * {@code asOf}. A promise already decided is returned as it is, with its outcome.
   *
   * @param payments the customer's applied payments, in any order; those after {@code asOf}
   *     are ignored
   * @param asOf the evaluation date
   */
  public final PromiseOutcome evaluate(List<AppliedPayment> payments, LocalDate asOf) {
    Checks.notNull(payments, "payments");
    Checks.notNull(asOf, "asOf");
    PromiseToPay promise = (PromiseToPay) this;
    if (state() == PromiseState.OPEN) {
      List<AppliedPayment> sorted = new ArrayList<>(payments);
      sorted.sort(Comparator.comparing(AppliedPayment::date));
      for (AppliedPayment payment : sorted) {
        if (!payment.date().isAfter(asOf) && promise.state() == PromiseState.OPEN) {
          promise = promise.apply(PromiseEvent.payment(payment));
        }
      }
      if (promise.state() == PromiseState.OPEN) {
        promise = promise.apply(PromiseEvent.evaluate(asOf));
      }
    }
    return PromiseOutcome.of(promise);
  }

  private Optional<String> whyNotCounted(AppliedPayment payment) {
    if (!payment.currency().equals(promisedAmount().getCurrencyUnit())) {
      return Optional.of("currency " + payment.currency() + " is not the promise's "
          + promisedAmount().getCurrencyUnit());
    }
    if (payment.date().isBefore(madeOn())) {
      return Optional.of("paid on " + payment.date() + ", before the promise was made");
    }
    if (payment.date().isAfter(deadline())) {
      return Optional.of("paid on " + payment.date() + ", after the deadline " + deadline());
    }
    if (!payment.touchesAnyOf(documents())) {
      return Optional.of("applied to " + payment.documents() + ", not a promised document");
    }
    return Optional.empty();
  }

  private static PromiseToPay record(PromiseToPay promise, PromiseEvent event, PromiseState next,
      String detail) {
    TRANSITIONS.checkTarget(promise.state(), event.kind(), next);
    return promise.withState(next).withHistory(append(promise.history(),
        StateChange.of(event.date(), event.kind(), promise.state(), next, detail)));
  }

  private static <T> List<T> append(List<T> list, T element) {
    List<T> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(element);
    return copy;
  }

  @Value.Check
  void check() {
    if (!promisedAmount().isPositive()) {
      throw ValidationException.of("promised_amount", Optional.of(promisedAmount().toString()),
          "must be positive");
    }
    if (promisedDate().isBefore(madeOn())) {
      throw ValidationException.of("promised_date", Optional.of(promisedDate().toString()),
          "is before the contact date " + madeOn());
    }
    if (graceDays() < 0) {
      throw ValidationException.of("grace_days", Optional.of(Integer.toString(graceDays())),
          "must not be negative");
    }
  }
}
