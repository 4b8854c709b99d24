package io.credere.collections.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.IllegalTransitionException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CollectionCaseTest {

  private static final DocumentId INV = DocumentId.of("INV-1");

  private static CollectionCase atFinalDemand() {
    return CollectionCase.open("K-1", CustomerId.of("C-1"), List.of(INV),
            Money.parse("EUR 1000.00"), LocalDate.of(2026, 9, 1), EscalationPolicy.standard())
        .apply(CaseEvent.escalate(LocalDate.of(2026, 9, 15)))
        .apply(CaseEvent.escalate(LocalDate.of(2026, 9, 29)));
  }

  @Test
  void partial_payment_after_final_demand_re_anchors_instead_of_restarting_at_reminder_1() {
    CollectionCase kase = atFinalDemand();
    assertThat(kase.stage()).isEqualTo(CaseStage.FINAL_DEMAND);
    assertThat(kase.nextStepDue()).contains(LocalDate.of(2026, 10, 13));

    CollectionCase paid = kase.apply(CaseEvent.payment(AppliedPayment.of(
        LocalDate.of(2026, 10, 5), Money.parse("EUR 400.00"), List.of(INV))));

    assertThat(paid.stage()).isEqualTo(CaseStage.FINAL_DEMAND);
    assertThat(paid.balance()).isEqualTo(Money.parse("EUR 600.00"));
    assertThat(paid.anchorDate()).isEqualTo(LocalDate.of(2026, 10, 5));
    assertThat(paid.nextStepDue()).contains(LocalDate.of(2026, 10, 19));
    assertThatThrownBy(() -> paid.apply(CaseEvent.handOver(LocalDate.of(2026, 10, 13),
        CaseStage.AGENCY)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A collection case in state FINAL_DEMAND cannot take event HAND_OVER: the "
            + "waiting period for the EUR 600.00 open runs until 2026-10-18 (counted from "
            + "2026-10-05) (allowed: HAND_OVER, PAYMENT, CHARGE, CONTACT, WRITE_OFF)");

    CollectionCase handed = paid.apply(CaseEvent.handOver(LocalDate.of(2026, 10, 19),
        CaseStage.AGENCY));
    assertThat(handed.stage()).isEqualTo(CaseStage.AGENCY);
    assertThat(handed.handOver().orElseThrow().total()).isEqualTo(Money.parse("EUR 600.00"));
    assertThat(handed.handOver().orElseThrow().paidBefore()).isEqualTo(Money.parse("EUR 400.00"));
  }

  @Test
  void full_payment_closes_the_case() {
    CollectionCase closed = atFinalDemand().apply(CaseEvent.payment(AppliedPayment.of(
        LocalDate.of(2026, 10, 5), Money.parse("EUR 1000.00"), List.of(INV))));
    assertThat(closed.stage()).isEqualTo(CaseStage.CLOSED_PAID);
    assertThat(closed.balance().isZero()).isTrue();
    assertThatThrownBy(() -> closed.apply(CaseEvent.escalate(LocalDate.of(2026, 12, 1))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("CLOSED_PAID is final");
  }

  @Test
  void payment_settles_costs_then_interest_then_principal_and_reports_overpayment() {
    CollectionCase kase = atFinalDemand()
        .apply(CaseEvent.charge(LocalDate.of(2026, 10, 1), ChargeKind.COST, Money.parse("EUR 40.00")))
        .apply(CaseEvent.charge(LocalDate.of(2026, 10, 1), ChargeKind.INTEREST,
            Money.parse("EUR 12.50")))
        .apply(CaseEvent.payment(AppliedPayment.of(LocalDate.of(2026, 10, 2),
            Money.parse("EUR 60.00"), List.of())));
    assertThat(kase.costs().isZero()).isTrue();
    assertThat(kase.interest().isZero()).isTrue();
    assertThat(kase.principal()).isEqualTo(Money.parse("EUR 992.50"));
    CollectionCase over = kase.apply(CaseEvent.payment(AppliedPayment.of(
        LocalDate.of(2026, 10, 3), Money.parse("EUR 1000.00"), List.of())));
    assertThat(over.stage()).isEqualTo(CaseStage.CLOSED_PAID);
    assertThat(over.overpaid()).isEqualTo(Money.parse("EUR 7.50"));
  }

  @Test
  void explains_where_the_case_stands() {
    assertThat(atFinalDemand().explain().sentence()).isEqualTo("Case K-1 of C-1 is at "
        + "FINAL_DEMAND with EUR 1000.00 open (principal EUR 1000.00, interest EUR 0.00, costs "
        + "EUR 0.00) of an original EUR 1000.00; next step (hand-over) due from 2026-10-13, "
        + "counted from 2026-09-29.");
  }

  @Test
  void refuses_escalation_before_the_waiting_period() {
    CollectionCase kase = CollectionCase.open("K-2", CustomerId.of("C-1"), List.of(INV),
        Money.parse("EUR 10.00"), LocalDate.of(2026, 9, 1), EscalationPolicy.standard());
    assertThatThrownBy(() -> kase.apply(CaseEvent.escalate(LocalDate.of(2026, 9, 14))))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(e -> assertThat(((IllegalTransitionException) e).allowedEvents())
            .contains("ESCALATE", "PAYMENT"));
  }
}
