package io.credere.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.dispute.DisputeState;
import io.credere.collections.escalation.CaseEvent;
import io.credere.collections.escalation.CaseStage;
import io.credere.collections.escalation.CollectionCase;
import io.credere.collections.escalation.EscalationPolicy;
import io.credere.collections.plan.PaymentPlan;
import io.credere.collections.plan.PaymentSchedule;
import io.credere.collections.plan.PlanEvent;
import io.credere.collections.plan.PlanInterest;
import io.credere.collections.plan.PlanState;
import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.promise.PromiseEvent;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import io.credere.collections.statemachine.StateChange;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Loading a saved aggregate: a state the commands produce restores to an equal aggregate that
 * takes further commands; a state the commands could never produce is refused with a message
 * naming the attribute and the broken rule.
 */
class AggregateRestoreTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private static final CustomerId CUSTOMER = CustomerId.of("C-1");
  private static final DocumentId INV = DocumentId.of("INV-1");
  private static final Money EUR_500 = Money.parse("EUR 500.00");

  // ---- promise to pay

  private static PromiseToPay promise(PromiseState state, List<AppliedPayment> counted,
      List<StateChange<PromiseState>> history) {
    return PromiseToPay.restore(CUSTOMER, DAY, EUR_500, DAY.plusDays(8), List.of(INV),
        Optional.empty(), 3, state, counted, history);
  }

  @Test
  void a_promise_restores_equal_and_takes_further_commands() {
    PromiseToPay saved = PromiseToPay.fromContact(CUSTOMER, DAY, EUR_500, DAY.plusDays(8),
        List.of(INV), Optional.empty())
        .apply(PromiseEvent.payment(AppliedPayment.of(DAY.plusDays(1), Money.parse("EUR 200.00"),
            List.of(INV))));
    PromiseToPay restored = promise(saved.state(), saved.countedPayments(), saved.history());
    assertThat(restored).isEqualTo(saved);
    assertThat(restored.apply(PromiseEvent.evaluate(DAY.plusDays(20))).state())
        .isEqualTo(PromiseState.PARTIALLY_KEPT);
  }

  @Test
  void a_promise_kept_with_nothing_paid_is_refused() {
    assertThatThrownBy(() -> promise(PromiseState.KEPT, List.of(), List.of(StateChange.of(
        DAY.plusDays(20), PromiseEvent.Kind.EVALUATE, PromiseState.OPEN, PromiseState.KEPT, ""))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("state")
        .hasMessageContaining("EUR 0.00 paid of EUR 500.00")
        .hasMessageContaining("needs the promised amount paid in full");
  }

  @Test
  void a_promise_broken_before_its_deadline_is_refused() {
    assertThatThrownBy(() -> promise(PromiseState.BROKEN, List.of(), List.of(StateChange.of(
        DAY.plusDays(5), PromiseEvent.Kind.EVALUATE, PromiseState.OPEN, PromiseState.BROKEN, ""))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("can only be decided after the deadline 2026-11-13, not on "
            + "2026-11-07");
  }

  @Test
  void a_promise_whose_state_its_history_does_not_reach_is_refused() {
    assertThatThrownBy(() -> promise(PromiseState.CANCELLED, List.of(), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is not where its history leads (OPEN, after 0 entries)");
  }

  @Test
  void a_promise_counting_a_payment_that_cannot_count_is_refused() {
    AppliedPayment dollars = AppliedPayment.of(DAY.plusDays(1), Money.parse("USD 500.00"),
        List.of(INV));
    assertThatThrownBy(() -> promise(PromiseState.KEPT, List.of(dollars), List.of(StateChange.of(
        DAY.plusDays(1), PromiseEvent.Kind.PAYMENT, PromiseState.OPEN, PromiseState.KEPT, ""))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cannot count towards the promise: currency USD");
  }

  // ---- payment plan

  private static PaymentSchedule schedule() {
    return PaymentSchedule.equal(Money.parse("EUR 900.00"), DAY, DAY.plusDays(30), 3,
        Period.ofMonths(1), PlanInterest.none());
  }

  @Test
  void a_plan_restores_equal_and_takes_further_commands() {
    PaymentPlan saved = PaymentPlan.propose("PL-1", CUSTOMER, List.of(), schedule())
        .apply(PlanEvent.accept(DAY))
        .apply(PlanEvent.payment(AppliedPayment.of(DAY.plusDays(30), Money.parse("EUR 300.00"),
            List.of())));
    PaymentPlan restored = PaymentPlan.restore("PL-1", CUSTOMER, List.of(), schedule(), 2, 5,
        saved.state(), saved.payments(), saved.history());
    assertThat(restored).isEqualTo(saved);
    assertThat(restored.apply(PlanEvent.payment(AppliedPayment.of(DAY.plusDays(60),
        Money.parse("EUR 600.00"), List.of()))).state()).isEqualTo(PlanState.COMPLETED);
  }

  @Test
  void a_plan_completed_with_money_open_is_refused() {
    List<StateChange<PlanState>> history = List.of(
        StateChange.of(DAY, PlanEvent.Kind.ACCEPT, PlanState.PROPOSED, PlanState.ACTIVE, ""),
        StateChange.of(DAY.plusDays(30), PlanEvent.Kind.PAYMENT, PlanState.ACTIVE,
            PlanState.COMPLETED, ""));
    assertThatThrownBy(() -> PaymentPlan.restore("PL-1", CUSTOMER, List.of(), schedule(), 2, 5,
        PlanState.COMPLETED, List.of(AppliedPayment.of(DAY.plusDays(30),
            Money.parse("EUR 300.00"), List.of())), history))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("of plan PL-1 contradicts its amounts: EUR 300.00 paid of "
            + "EUR 900.00");
  }

  @Test
  void a_plan_with_a_payment_its_history_does_not_record_is_refused() {
    assertThatThrownBy(() -> PaymentPlan.restore("PL-1", CUSTOMER, List.of(), schedule(), 2, 5,
        PlanState.PROPOSED, List.of(AppliedPayment.of(DAY, Money.parse("EUR 1.00"), List.of())),
        List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("do not match the 0 PAYMENT entries of its history");
  }

  @Test
  void a_history_with_a_transition_the_table_does_not_allow_is_refused() {
    List<StateChange<PlanState>> skipped = List.of(StateChange.of(DAY, PlanEvent.Kind.REVIEW,
        PlanState.PROPOSED, PlanState.DEFAULTED, ""));
    assertThatThrownBy(() -> PaymentPlan.restore("PL-1", CUSTOMER, List.of(), schedule(), 2, 5,
        PlanState.DEFAULTED, List.of(), skipped))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("entry 1 (2026-11-02 REVIEW: PROPOSED -> DEFAULTED) is not an "
            + "allowed transition (PROPOSED --REVIEW--> nothing)");
  }

  // ---- collection case

  private static CollectionCase kase(CaseStage stage, CollectionCase.SavedAmounts amounts,
      List<AppliedPayment> payments, List<StateChange<CaseStage>> history) {
    return CollectionCase.restore("K-1", CUSTOMER, List.of(INV), DAY, EscalationPolicy.standard(),
        stage, DAY, amounts, payments, List.of(), Optional.empty(), history);
  }

  private static CollectionCase.SavedAmounts amounts(String principal, String paid) {
    Money zero = Money.parse("EUR 0.00");
    return new CollectionCase.SavedAmounts(Money.parse("EUR 1000.00"), Money.parse(principal),
        zero, zero, zero, zero, Money.parse(paid), zero, zero);
  }

  @Test
  void a_case_restores_equal_and_takes_further_commands() {
    CollectionCase saved = CollectionCase.open("K-1", CUSTOMER, List.of(INV),
            Money.parse("EUR 1000.00"), DAY, EscalationPolicy.standard())
        .apply(CaseEvent.escalate(DAY.plusDays(14)))
        .apply(CaseEvent.payment(AppliedPayment.of(DAY.plusDays(20), Money.parse("EUR 400.00"),
            List.of(INV))));
    CollectionCase restored = CollectionCase.restore(saved.caseId(), saved.customerId(),
        saved.documents(), saved.openedOn(), saved.policy(), saved.stage(), saved.anchorDate(),
        CollectionCase.SavedAmounts.of(saved), saved.payments(), saved.contacts(),
        saved.handOver(), saved.history());
    assertThat(restored).isEqualTo(saved);
    assertThat(restored.apply(CaseEvent.payment(AppliedPayment.of(DAY.plusDays(25),
        Money.parse("EUR 600.00"), List.of(INV)))).stage()).isEqualTo(CaseStage.CLOSED_PAID);
  }

  @Test
  void a_case_that_does_not_balance_is_refused() {
    assertThatThrownBy(() -> kase(CaseStage.REMINDER_1, amounts("EUR 900.00", "EUR 0.00"),
        List.of(), List.of()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("of case K-1 does not balance: debt and charges EUR 1000.00 but "
            + "paid, written off and open EUR 900.00");
  }

  @Test
  void a_case_whose_payments_do_not_sum_to_what_was_applied_is_refused() {
    List<StateChange<CaseStage>> history = List.of(StateChange.of(DAY.plusDays(3),
        CaseEvent.Kind.PAYMENT, CaseStage.REMINDER_1, CaseStage.REMINDER_1, ""));
    assertThatThrownBy(() -> kase(CaseStage.REMINDER_1, amounts("EUR 900.00", "EUR 100.00"),
        List.of(AppliedPayment.of(DAY.plusDays(3), Money.parse("EUR 50.00"), List.of(INV))),
        history))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must sum to what was applied, EUR 100.00");
  }

  @Test
  void a_case_closed_with_money_open_is_refused() {
    List<StateChange<CaseStage>> history = List.of(StateChange.of(DAY.plusDays(3),
        CaseEvent.Kind.WRITE_OFF, CaseStage.REMINDER_1, CaseStage.CLOSED_WRITTEN_OFF, ""));
    assertThatThrownBy(() -> kase(CaseStage.CLOSED_WRITTEN_OFF,
        amounts("EUR 1000.00", "EUR 0.00"), List.of(), history))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is closed with EUR 1000.00 open");
  }

  @Test
  void a_case_handed_over_without_a_legal_path_is_refused() {
    List<StateChange<CaseStage>> history = List.of(StateChange.of(DAY.plusDays(3),
        CaseEvent.Kind.HAND_OVER, CaseStage.REMINDER_1, CaseStage.LEGAL, ""));
    assertThatThrownBy(() -> kase(CaseStage.LEGAL, amounts("EUR 1000.00", "EUR 0.00"),
        List.of(), history))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is not an allowed transition (REMINDER_1 --HAND_OVER--> nothing)");
  }

  // ---- dispute

  private static DisputeRequest request() {
    return DisputeRequest.builder().customerId(CUSTOMER).documentId(INV)
        .amount(Money.parse("EUR 50.00")).reason(DisputeReason.PRICING).raisedOn(DAY).build();
  }

  @Test
  void a_dispute_restores_equal_and_takes_further_commands() {
    Dispute saved = Dispute.open("D-1", request(), DisputePolicy.standard())
        .apply(DisputeEvent.startReview(DAY.plusDays(1)));
    Dispute restored = Dispute.restore("D-1", request(), saved.owner(), saved.dueDate(),
        saved.explanation(), saved.state(), saved.resolution(), saved.history());
    assertThat(restored).isEqualTo(saved);
    assertThat(restored.apply(DisputeEvent.resolve(DAY.plusDays(2),
        DisputeResolution.creditNote(Money.parse("EUR 20.00")))).stillOwed())
        .isEqualTo(Money.parse("EUR 30.00"));
  }

  @Test
  void a_dispute_resolved_without_a_resolution_or_above_its_amount_is_refused() {
    Dispute open = Dispute.open("D-1", request(), DisputePolicy.standard());
    List<StateChange<DisputeState>> history = List.of(
        StateChange.of(DAY, DisputeEvent.Kind.START_REVIEW, DisputeState.OPEN,
            DisputeState.IN_REVIEW, ""),
        StateChange.of(DAY, DisputeEvent.Kind.RESOLVE, DisputeState.IN_REVIEW,
            DisputeState.RESOLVED, ""));
    assertThatThrownBy(() -> Dispute.restore("D-1", request(), open.owner(), open.dueDate(),
        open.explanation(), DisputeState.RESOLVED, Optional.empty(), history))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must be present exactly when RESOLVED");
    assertThatThrownBy(() -> Dispute.restore("D-1", request(), open.owner(), open.dueDate(),
        open.explanation(), DisputeState.RESOLVED,
        Optional.of(DisputeResolution.writeOff(Money.parse("EUR 80.00"))), history))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exceeds the disputed amount EUR 50.00 of D-1");
  }
}
