package io.credere.collections.plan;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.Checks;
import io.credere.core.CredereAggregate;
import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A payment plan agreed with a customer: a {@link PaymentSchedule} for some documents, the
 * payments made under it, and where it stands.
 *
 * <p>The state machine ({@link #TRANSITIONS}):
 *
 * <pre>
 * PROPOSED --ACCEPT--> ACTIVE
 * PROPOSED --CANCEL--> CANCELLED
 * ACTIVE --PAYMENT--> ACTIVE | COMPLETED
 * ACTIVE --REVIEW--> ACTIVE | DEFAULTED
 * </pre>
 *
 * <p>Payments are allocated to instalments oldest first ({@link #allocation()}); the plan is
 * COMPLETED when the payments cover every instalment, any excess being reported as
 * {@link #overpayment()}. A review as of a date DEFAULTS the plan when at least
 * {@link #missedInstalmentsToDefault()} instalments are missed: not paid in full although their
 * due date plus {@link #graceDays()} is before the review date; and whenever the last instalment
 * is missed, however few are: the plan's term is over and it was not kept (else a plan one
 * instalment short would stay ACTIVE for ever, neither completed nor defaulted).
 *
 * <p>Invariants, checked on every instance (a proposal, each state a command returns, a restored
 * plan): payments are in the plan's currency and there is one per PAYMENT in the history;
 * {@code paid = allocated + overpayment} and nothing allocated to an instalment exceeds it; the
 * state agrees with the amounts (no payment while PROPOSED or CANCELLED, something open while
 * ACTIVE or DEFAULTED, nothing open once COMPLETED); the history is a walk through
 * {@link #TRANSITIONS} from PROPOSED to the state.
 *
 * <p>Make one with {@link #propose}, change it with {@link #apply}, load a saved one with
 * {@link #restore}; there is no other way (no public builder or {@code with*}). Immutable and
 * thread-safe.
 */
@Value.Immutable
@CredereAggregate
public abstract class PaymentPlan {

  /** The transition table of every payment plan. */
  public static final TransitionTable<PlanState, PlanEvent.Kind> TRANSITIONS =
      TransitionTable.builder("payment plan", PlanState.class, PlanEvent.Kind.class)
          .allow(PlanState.PROPOSED, PlanEvent.Kind.ACCEPT, PlanState.ACTIVE)
          .allow(PlanState.PROPOSED, PlanEvent.Kind.CANCEL, PlanState.CANCELLED)
          .allow(PlanState.ACTIVE, PlanEvent.Kind.PAYMENT, PlanState.ACTIVE, PlanState.COMPLETED)
          .allow(PlanState.ACTIVE, PlanEvent.Kind.REVIEW, PlanState.ACTIVE, PlanState.DEFAULTED)
          .build();

  /**
   * A PROPOSED plan with the default policy (2 missed instalments default it, 5 grace days).
   *
   * @param planId the host's id for the plan, not blank
   * @param customerId the customer
   * @param documents the documents the plan settles; may be empty (the account as a whole)
   * @param schedule the instalments
   */
  public static PaymentPlan propose(String planId, CustomerId customerId,
      List<DocumentId> documents, PaymentSchedule schedule) {
    return ImmutablePaymentPlan.builder().planId(planId).customerId(customerId)
        .addAllDocuments(documents).schedule(schedule).build();
  }

  /**
   * A PROPOSED plan with the host's default policy.
   *
   * @param planId the host's id for the plan, not blank
   * @param customerId the customer
   * @param documents the documents the plan settles; may be empty (the account as a whole)
   * @param schedule the instalments
   * @param missedInstalmentsToDefault how many missed instalments default it, at least 1
   * @param graceDays days after a due date before an unpaid instalment counts as missed, not
   *     negative
   */
  public static PaymentPlan propose(String planId, CustomerId customerId,
      List<DocumentId> documents, PaymentSchedule schedule, int missedInstalmentsToDefault,
      int graceDays) {
    return ImmutablePaymentPlan.builder().planId(planId).customerId(customerId)
        .addAllDocuments(documents).schedule(schedule)
        .missedInstalmentsToDefault(missedInstalmentsToDefault).graceDays(graceDays).build();
  }

  /**
   * A plan as a host saved it, checked against every invariant: a state that the commands could
   * not have produced is refused.
   *
   * @param planId the host's id for the plan, not blank
   * @param customerId the customer
   * @param documents the documents the plan settles; may be empty
   * @param schedule the instalments
   * @param missedInstalmentsToDefault how many missed instalments default it, at least 1
   * @param graceDays grace days after a due date, not negative
   * @param state where it stands
   * @param payments the payments made under it, in the order applied
   * @param history what happened to it, oldest first
   * @throws ValidationException naming the attribute and the rule when the saved plan is
   *     inconsistent
   */
  public static PaymentPlan restore(String planId, CustomerId customerId,
      List<DocumentId> documents, PaymentSchedule schedule, int missedInstalmentsToDefault,
      int graceDays, PlanState state, List<AppliedPayment> payments,
      List<StateChange<PlanState>> history) {
    return ImmutablePaymentPlan.builder().planId(planId).customerId(customerId)
        .addAllDocuments(documents).schedule(schedule)
        .missedInstalmentsToDefault(missedInstalmentsToDefault).graceDays(graceDays)
        .state(state).addAllPayments(payments).addAllHistory(history).build();
  }

  /** Only the generated implementation extends it. */
  PaymentPlan() {}

  /** The host's id for the plan. */
  public abstract String planId();

  /** The customer. */
  public abstract CustomerId customerId();

  /** The documents the plan settles; empty for the account as a whole. */
  public abstract List<DocumentId> documents();

  /** The instalments. */
  public abstract PaymentSchedule schedule();

  /** How many missed instalments default the plan, at least 1. */
  @Value.Default
  public int missedInstalmentsToDefault() {
    return 2;
  }

  /** Days after a due date before an unpaid instalment counts as missed, not negative. */
  @Value.Default
  public int graceDays() {
    return 5;
  }

  /** Where the plan stands. */
  @Value.Default
  public PlanState state() {
    return PlanState.PROPOSED;
  }

  /** The payments made under the plan, in the order applied. */
  public abstract List<AppliedPayment> payments();

  /** What happened to the plan, oldest first (append-only). */
  public abstract List<StateChange<PlanState>> history();

  /** The sum of the payments. */
  public final Money paid() {
    Money paid = Money.zero(schedule().currency());
    for (AppliedPayment payment : payments()) {
      paid = paid.plus(payment.amount());
    }
    return paid;
  }

  /** The instalments with the payments allocated to them, oldest first. */
  public final List<InstalmentStatus> allocation() {
    Money left = paid();
    List<InstalmentStatus> statuses = new ArrayList<>(schedule().instalments().size());
    for (Instalment instalment : schedule().instalments()) {
      Money share = left.isGreaterThan(instalment.amount()) ? instalment.amount() : left;
      statuses.add(InstalmentStatus.builder().instalment(instalment).paid(share).build());
      left = left.minus(share);
    }
    return statuses;
  }

  /** What was paid beyond the plan's total; zero when not overpaid. */
  public final Money overpayment() {
    Money excess = paid().minus(schedule().total());
    return excess.isNegative() ? Money.zero(schedule().currency()) : excess;
  }

  /** What is still open of the plan's total. */
  public final Money open() {
    Money open = schedule().total().minus(paid());
    return open.isNegative() ? Money.zero(schedule().currency()) : open;
  }

  /** The instalments missed as of {@code asOf}: not paid in full, due date plus grace before it. */
  public final List<InstalmentStatus> missed(LocalDate asOf) {
    Checks.notNull(asOf, "asOf");
    return allocation().stream()
        .filter(s -> !s.isPaid() && s.instalment().dueDate().plusDays(graceDays()).isBefore(asOf))
        .collect(Collectors.toList());
  }

  /** The first instalment not paid in full, if any. */
  public final Optional<InstalmentStatus> nextDue() {
    return allocation().stream().filter(s -> !s.isPaid()).findFirst();
  }

  /**
   * The plan after {@code event}.
   *
   * @throws io.credere.collections.statemachine.IllegalTransitionException when the state does
   *     not allow the event
   * @throws ValidationException when a payment is in another currency
   */
  public final PaymentPlan apply(PlanEvent event) {
    Checks.notNull(event, "event");
    TRANSITIONS.check(state(), event.kind());
    switch (event.kind()) {
      case ACCEPT:
        return record(event, PlanState.ACTIVE, List.of(), "agreed: "
            + schedule().instalments().size() + " instalments, total " + schedule().total());
      case CANCEL:
        return record(event, PlanState.CANCELLED, List.of(), "");
      case PAYMENT: {
        AppliedPayment payment = ((PlanEvent.Payment) event).payment();
        if (!payment.currency().equals(schedule().currency())) {
          throw ValidationException.of("amount", Optional.of(payment.amount().toString()),
              "is not in the plan's currency " + schedule().currency());
        }
        Money open = schedule().total().minus(paid()).minus(payment.amount());
        PlanState next = open.isPositive() ? PlanState.ACTIVE : PlanState.COMPLETED;
        String detail = payment.amount() + " paid" + (open.isNegative()
            ? ", overpaid by " + open.negated() : "");
        return record(event, next, List.of(payment), detail);
      }
      default: {
        List<InstalmentStatus> missed = missed(event.date());
        boolean termOver = !missed.isEmpty() && missed.get(missed.size() - 1).instalment()
            .equals(schedule().instalments().get(schedule().instalments().size() - 1));
        PlanState next = missed.size() >= missedInstalmentsToDefault() || termOver
            ? PlanState.DEFAULTED : PlanState.ACTIVE;
        return record(event, next, List.of(), missed.size() + " instalment(s) missed"
            + (termOver ? "; the last instalment is missed: the plan's term is over with "
                + open() + " open" : ""));
      }
    }
  }

  /** Why the plan stands where it does as of {@code asOf}. */
  public final Explanation explain(LocalDate asOf) {
    List<InstalmentStatus> missed = missed(asOf);
    String missedText = missed.stream().map(s -> "no. " + s.instalment().number() + " due "
        + s.instalment().dueDate() + " (" + s.open() + " open)").collect(Collectors.joining(", "));
    String sentence = "Plan " + planId() + " of " + customerId() + " is " + state() + ": "
        + paid() + " paid of " + schedule().total() + " (debt " + schedule().debt()
        + ", interest " + schedule().totalInterest() + ")"
        + (missed.isEmpty() ? "" : "; missed as of " + asOf + ": " + missedText)
        + (overpayment().isZero() ? "" : "; overpaid by " + overpayment()) + ".";
    return Explanation.builder().ruleId("PAYMENT_PLAN_" + state()).sentence(sentence)
        .addReasonCodes(state().name())
        .putFacts("total", schedule().total().toString())
        .putFacts("paid", paid().toString())
        .putFacts("missed_instalments", Integer.toString(missed.size()))
        .putFacts("missed_to_default", Integer.toString(missedInstalmentsToDefault()))
        .putFacts("grace_days", Integer.toString(graceDays()))
        .build();
  }

  /** The next plan: one history entry, the payment added (if any), checked once. */
  private PaymentPlan record(PlanEvent event, PlanState next, List<AppliedPayment> paid,
      String detail) {
    TRANSITIONS.checkTarget(state(), event.kind(), next);
    return ImmutablePaymentPlan.builder().from(this).state(next).addAllPayments(paid)
        .addHistory(StateChange.of(event.date(), event.kind(), state(), next, detail)).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(planId(), "planId");
    if (missedInstalmentsToDefault() < 1) {
      throw ValidationException.of("missed_instalments_to_default",
          Optional.of(Integer.toString(missedInstalmentsToDefault())), "must be at least 1");
    }
    if (graceDays() < 0) {
      throw ValidationException.of("grace_days", Optional.of(Integer.toString(graceDays())),
          "must not be negative");
    }
    for (AppliedPayment payment : payments()) {
      if (!payment.currency().equals(schedule().currency())) {
        throw ValidationException.of("payments", Optional.of(payment.amount().toString()),
            "of plan " + planId() + " are not in the plan's currency " + schedule().currency());
      }
    }
    TRANSITIONS.checkHistory(PlanState.PROPOSED, history(), state());
    long paymentEntries = history().stream()
        .filter(change -> change.event().equals(PlanEvent.Kind.PAYMENT.name())).count();
    if (paymentEntries != payments().size()) {
      throw ValidationException.of("payments", Optional.of(Integer.toString(payments().size())),
          "of plan " + planId() + " do not match the " + paymentEntries
              + " PAYMENT entries of its history");
    }
    boolean nothingOpen = open().isZero();
    boolean agrees;
    switch (state()) {
      case COMPLETED:
        agrees = nothingOpen;
        break;
      case ACTIVE:
      case DEFAULTED:
        agrees = !nothingOpen;
        break;
      default:
        agrees = true;
        break;
    }
    if (!agrees) {
      throw ValidationException.of("state", Optional.of(state().name()), "of plan " + planId()
          + " contradicts its amounts: " + paid() + " paid of " + schedule().total());
    }
  }
}
