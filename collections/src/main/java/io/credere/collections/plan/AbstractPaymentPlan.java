package io.credere.collections.plan;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.Checks;
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
 * due date plus {@link #graceDays()} is before the review date.
 *
 * <p>Invariants: payments are in the plan's currency, {@code paid = allocated + overpayment},
 * nothing allocated to an instalment exceeds it, the history has one entry per event. Immutable
 * and thread-safe.
 */
@Value.Immutable
abstract class AbstractPaymentPlan {

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
    return PaymentPlan.builder().planId(planId).customerId(customerId).addAllDocuments(documents)
        .schedule(schedule).build();
  }

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
    PaymentPlan self = (PaymentPlan) this;
    switch (event.kind()) {
      case ACCEPT:
        return record(self, event, PlanState.ACTIVE, "agreed: " + schedule().instalments().size()
            + " instalments, total " + schedule().total());
      case CANCEL:
        return record(self, event, PlanState.CANCELLED, "");
      case PAYMENT: {
        AppliedPayment payment = ((PlanEvent.Payment) event).payment();
        if (!payment.currency().equals(schedule().currency())) {
          throw ValidationException.of("amount", Optional.of(payment.amount().toString()),
              "is not in the plan's currency " + schedule().currency());
        }
        List<AppliedPayment> payments = new ArrayList<>(payments());
        payments.add(payment);
        PaymentPlan paid = self.withPayments(payments);
        PlanState next = paid.open().isZero() ? PlanState.COMPLETED : PlanState.ACTIVE;
        String detail = payment.amount() + " paid" + (paid.overpayment().isZero() ? ""
            : ", overpaid by " + paid.overpayment());
        return record(paid, event, next, detail);
      }
      default: {
        List<InstalmentStatus> missed = missed(event.date());
        PlanState next = missed.size() >= missedInstalmentsToDefault() ? PlanState.DEFAULTED
            : PlanState.ACTIVE;
        return record(self, event, next, missed.size() + " instalment(s) missed");
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

  private static PaymentPlan record(PaymentPlan plan, PlanEvent event, PlanState next,
      String detail) {
    TRANSITIONS.checkTarget(plan.state(), event.kind(), next);
    List<StateChange<PlanState>> history = new ArrayList<>(plan.history());
    history.add(StateChange.of(event.date(), event.kind(), plan.state(), next, detail));
    return plan.withState(next).withHistory(history);
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
  }
}
