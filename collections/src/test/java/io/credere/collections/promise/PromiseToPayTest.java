package io.credere.collections.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.statemachine.IllegalTransitionException;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PromiseToPayTest {

  private static final DocumentId INV = DocumentId.of("INV-1");
  private static final PromiseToPay PROMISE = PromiseToPay.fromContact(CustomerId.of("C-1"),
      LocalDate.of(2026, 11, 2), Money.parse("EUR 500.00"), LocalDate.of(2026, 11, 10),
      List.of(INV), Optional.of("will pay Friday"));

  private static AppliedPayment pay(int day, String amount) {
    return AppliedPayment.of(LocalDate.of(2026, 11, day), Money.parse(amount), List.of(INV));
  }

  @Test
  void broken_promise_triggers_dunning_with_golden_explanation() {
    PromiseOutcome outcome = PROMISE.evaluate(List.of(), LocalDate.of(2026, 11, 14));
    assertThat(outcome.isBroken()).isTrue();
    assertThat(outcome.triggersDunning()).isTrue();
    assertThat(outcome.documentsToDun()).containsExactly(INV);
    assertThat(outcome.explanation().sentence()).isEqualTo("Promise of C-1 to pay EUR 500.00 "
        + "by 2026-11-10 (deadline 2026-11-13) for INV-1 is BROKEN: nothing paid by the "
        + "deadline; dunning restarts.");
  }

  @Test
  void payment_within_grace_keeps_the_promise() {
    PromiseOutcome outcome = PROMISE.evaluate(List.of(pay(13, "EUR 500.00")),
        LocalDate.of(2026, 11, 20));
    assertThat(outcome.state()).isEqualTo(PromiseState.KEPT);
    assertThat(outcome.triggersDunning()).isFalse();
  }

  @Test
  void part_payment_by_deadline_is_partially_kept_and_late_payment_not_counted() {
    PromiseOutcome outcome = PROMISE.evaluate(List.of(pay(9, "EUR 200.00"), pay(14, "EUR 300.00")),
        LocalDate.of(2026, 11, 20));
    assertThat(outcome.state()).isEqualTo(PromiseState.PARTIALLY_KEPT);
    assertThat(outcome.shortfall()).isEqualTo(Money.parse("EUR 300.00"));
    assertThat(outcome.explanation().sentence()).endsWith("is PARTIALLY_KEPT: only EUR 200.00 "
        + "paid by the deadline, EUR 300.00 missing; dunning restarts.");
  }

  @Test
  void before_the_deadline_the_promise_stays_open_and_holds_dunning() {
    PromiseOutcome outcome = PROMISE.evaluate(List.of(pay(9, "EUR 100.00")),
        LocalDate.of(2026, 11, 12));
    assertThat(outcome.state()).isEqualTo(PromiseState.OPEN);
    assertThat(outcome.holdsDunning()).isTrue();
  }

  @Test
  void decided_promise_refuses_further_events() {
    PromiseToPay broken = PROMISE.apply(PromiseEvent.evaluate(LocalDate.of(2026, 11, 30)));
    assertThatThrownBy(() -> broken.apply(PromiseEvent.payment(pay(30, "EUR 1.00"))))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A promise to pay in state BROKEN cannot take event PAYMENT "
            + "(BROKEN is final: no event is allowed)");
  }

  @Test
  void rejects_promised_date_before_the_contact() {
    assertThatThrownBy(() -> PromiseToPay.fromContact(CustomerId.of("C-1"),
        LocalDate.of(2026, 11, 2), Money.parse("EUR 5.00"), LocalDate.of(2026, 11, 1),
        List.of(), Optional.empty()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("promised_date");
  }
}
