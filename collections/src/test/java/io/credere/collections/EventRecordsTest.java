package io.credere.collections;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.escalation.CaseEvent;
import io.credere.collections.escalation.CaseStage;
import io.credere.collections.escalation.ChargeKind;
import io.credere.collections.plan.PlanEvent;
import io.credere.collections.promise.PromiseEvent;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * Each event record refuses a bad argument in its own constructor, so an event built directly
 * ({@code new CaseEvent.Charge(...)}) is as safe as one from the factories.
 */
class EventRecordsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);

  @Test
  void promise_events_refuse_a_missing_argument() {
    assertThatThrownBy(() -> new PromiseEvent.Payment(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("payment");
    assertThatThrownBy(() -> new PromiseEvent.Evaluate(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new PromiseEvent.Cancel(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> PromiseEvent.evaluate(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void plan_events_refuse_a_missing_argument() {
    assertThatThrownBy(() -> new PlanEvent.Accept(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new PlanEvent.Payment(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("payment");
    assertThatThrownBy(() -> new PlanEvent.Review(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new PlanEvent.Cancel(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
  }

  @Test
  void dispute_events_refuse_a_missing_argument() {
    assertThatThrownBy(() -> new DisputeEvent.StartReview(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new DisputeEvent.Reassign(DAY, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("owner");
    assertThatThrownBy(() -> new DisputeEvent.Reassign(null, DisputeOwner.SALES))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new DisputeEvent.Resolve(DAY, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("resolution");
    assertThatThrownBy(() -> new DisputeEvent.Resolve(null,
        DisputeResolution.creditNote(Money.parse("EUR 1.00"))))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new DisputeEvent.Cancel(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
  }

  @Test
  void case_events_refuse_a_missing_argument_a_charge_not_positive_and_a_wrong_hand_over() {
    assertThatThrownBy(() -> new CaseEvent.Escalate(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new CaseEvent.Payment(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("payment");
    assertThatThrownBy(() -> new CaseEvent.Contact(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("note");
    assertThatThrownBy(() -> new CaseEvent.WriteOff(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
    assertThatThrownBy(() -> new CaseEvent.Charge(DAY, ChargeKind.COST, Money.parse("EUR 0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A charge must be positive, but was EUR 0.00");
    assertThatThrownBy(() -> new CaseEvent.Charge(DAY, ChargeKind.INTEREST,
        Money.parse("EUR -5.00")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR -5.00");
    assertThatThrownBy(() -> new CaseEvent.Charge(DAY, null, Money.parse("EUR 5.00")))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("chargeKind");
    assertThatThrownBy(() -> new CaseEvent.Charge(DAY, ChargeKind.COST, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("amount");
    assertThatThrownBy(() -> new CaseEvent.HandOverTo(DAY, CaseStage.REMINDER_2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AGENCY or LEGAL, not REMINDER_2");
    assertThatThrownBy(() -> new CaseEvent.HandOverTo(null, CaseStage.AGENCY))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("date");
  }
}
