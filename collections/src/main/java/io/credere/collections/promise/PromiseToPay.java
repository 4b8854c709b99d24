package io.credere.collections.promise;

import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.Checks;
import io.credere.core.CredereAggregate;
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
 * <p>Invariants, checked on every instance (a new promise, each state a command returns, a
 * restored one): the promised amount is positive and not due before the contact; every counted
 * payment counts by the rule above; the state agrees with the amounts (OPEN and CANCELLED short
 * of the promised amount, KEPT paid in full, PARTIALLY_KEPT paid in part and BROKEN paid nothing,
 * both decided after the deadline); the history is a walk through {@link #TRANSITIONS} from OPEN
 * to the state, one entry per event applied.
 *
 * <p>Create with {@link #fromContact}; send events with {@link #apply}; decide with
 * {@link #evaluate}; load a saved promise with {@link #restore}. There is no other way to make or
 * change one (no public builder or {@code with*}). Immutable and thread-safe.
 */
@Value.Immutable
@CredereAggregate
public abstract class PromiseToPay {

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
    return ImmutablePromiseToPay.builder().customerId(customerId).madeOn(madeOn)
        .promisedAmount(promisedAmount).promisedDate(promisedDate).addAllDocuments(documents)
        .note(note).build();
  }

  /**
   * A promise as a host saved it (every attribute as read back from its storage), checked
   * against every invariant: a state that the commands could not have produced is refused.
   *
   * @param customerId the customer who promised
   * @param madeOn the date of the contact
   * @param promisedAmount the amount promised, positive
   * @param promisedDate the date it is promised by, not before {@code madeOn}
   * @param documents the documents the promise covers; may be empty
   * @param note what was said; may be absent
   * @param graceDays days of grace after the promised date, not negative
   * @param state where it stands
   * @param countedPayments the payments that counted, in the order applied
   * @param history what happened to it, oldest first
   * @throws ValidationException naming the attribute and the rule when the saved promise is
   *     inconsistent (a payment that cannot count, a state its amounts or history contradict)
   */
  public static PromiseToPay restore(CustomerId customerId, LocalDate madeOn,
      Money promisedAmount, LocalDate promisedDate, List<DocumentId> documents,
      Optional<String> note, int graceDays, PromiseState state,
      List<AppliedPayment> countedPayments, List<StateChange<PromiseState>> history) {
    return ImmutablePromiseToPay.builder().customerId(customerId).madeOn(madeOn)
        .promisedAmount(promisedAmount).promisedDate(promisedDate).addAllDocuments(documents)
        .note(note).graceDays(graceDays).state(state).addAllCountedPayments(countedPayments)
        .addAllHistory(history).build();
  }

  /** Only the generated implementation extends it. */
  PromiseToPay() {}

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
    if (event instanceof PromiseEvent.Payment) {
      AppliedPayment payment = ((PromiseEvent.Payment) event).payment();
      Optional<String> ignored = whyNotCounted(payment);
      if (ignored.isPresent()) {
        return record(event, state(), List.of(), "not counted: " + ignored.get());
      }
      Money missing = shortfall().minus(payment.amount());
      PromiseState next = missing.isPositive() ? PromiseState.OPEN : PromiseState.KEPT;
      return record(event, next, List.of(payment), payment.amount() + " paid on "
          + payment.date());
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
      return record(event, next, List.of(), "paid " + paidAmount() + " of " + promisedAmount());
    }
    return record(event, PromiseState.CANCELLED, List.of(), "");
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
    PromiseToPay promise = this;
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

  /** The next promise: one history entry, the payment counted (if any), checked once. */
  private PromiseToPay record(PromiseEvent event, PromiseState next, List<AppliedPayment> counted,
      String detail) {
    TRANSITIONS.checkTarget(state(), event.kind(), next);
    return ImmutablePromiseToPay.builder().from(this).state(next)
        .addAllCountedPayments(counted)
        .addHistory(StateChange.of(event.date(), event.kind(), state(), next, detail)).build();
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
    for (AppliedPayment payment : countedPayments()) {
      Optional<String> why = whyNotCounted(payment);
      if (why.isPresent()) {
        throw ValidationException.of("counted_payments", Optional.of(payment.amount() + " on "
            + payment.date()), "cannot count towards the promise: " + why.get());
      }
    }
    TRANSITIONS.checkHistory(PromiseState.OPEN, history(), state());
    checkStateAgreesWithAmounts();
  }

  private void checkStateAgreesWithAmounts() {
    boolean paidInFull = shortfall().isZero();
    boolean paidNothing = paidAmount().isZero();
    String rule;
    switch (state()) {
      case KEPT:
        rule = paidInFull ? null : "needs the promised amount paid in full";
        break;
      case PARTIALLY_KEPT:
        rule = !paidNothing && !paidInFull ? decidedAfterDeadline()
            : "needs part of the promised amount paid, not all or nothing";
        break;
      case BROKEN:
        rule = paidNothing ? decidedAfterDeadline() : "needs nothing paid";
        break;
      default:
        rule = paidInFull ? "cannot be paid in full (a promise paid in full is KEPT)" : null;
        break;
    }
    if (rule != null) {
      throw ValidationException.of("state", Optional.of(state().name()), "of the promise of "
          + customerId() + " (" + paidAmount() + " paid of " + promisedAmount() + ") " + rule);
    }
  }

  private String decidedAfterDeadline() {
    LocalDate decided = history().get(history().size() - 1).date();
    return decided.isAfter(deadline()) ? null
        : "can only be decided after the deadline " + deadline() + ", not on " + decided;
  }
}
