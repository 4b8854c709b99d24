package io.credere.collections.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.promise.AppliedPayment;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PaymentPlanTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void equal_schedule_without_interest_splits_the_debt_exactly() {
    PaymentSchedule schedule = PaymentSchedule.equal(Money.parse("EUR 100.00"), START,
        LocalDate.of(2026, 2, 1), 3, Period.ofMonths(1), PlanInterest.none());
    assertThat(schedule.instalments()).extracting(Instalment::amount).containsExactly(
        Money.parse("EUR 33.34"), Money.parse("EUR 33.33"), Money.parse("EUR 33.33"));
  }

  @Test
  void declining_balance_interest_is_rounded_once_and_split_by_exact_shares() {
    // 1200.00 at 10 % a year, 3 instalments of 400.00 due 31, 28 and 31 days apart:
    // 1200 x 0.1 x 31/365 = 10.19178..., 800 x 0.1 x 28/365 = 6.13698..., 400 x 0.1 x 31/365
    // = 3.39726...; sum 19.72602... -> EUR 19.73, split 10.19, 6.14, 3.40.
    PaymentSchedule schedule = PaymentSchedule.equal(Money.parse("EUR 1200.00"), START,
        LocalDate.of(2026, 2, 1), 3, Period.ofMonths(1),
        PlanInterest.decliningBalance(new BigDecimal("10")));
    assertThat(schedule.totalInterest()).isEqualTo(Money.parse("EUR 19.73"));
    assertThat(schedule.instalments()).extracting(Instalment::interest).containsExactly(
        Money.parse("EUR 10.19"), Money.parse("EUR 6.14"), Money.parse("EUR 3.40"));
  }

  @Test
  void flat_interest_charges_the_whole_debt_to_the_last_due_date() {
    // 1200.00 x 0.1 x 90/365 = 29.58904... -> EUR 29.59
    PaymentSchedule schedule = PaymentSchedule.equal(Money.parse("EUR 1200.00"), START,
        LocalDate.of(2026, 2, 1), 3, Period.ofMonths(1), PlanInterest.flat(new BigDecimal("10")));
    assertThat(schedule.totalInterest()).isEqualTo(Money.parse("EUR 29.59"));
  }

  @Test
  void rejects_custom_parts_not_summing_to_the_debt() {
    assertThatThrownBy(() -> PaymentSchedule.custom(Money.parse("EUR 100.00"), START,
        List.of(ScheduledPart.of(LocalDate.of(2026, 2, 1), Money.parse("EUR 60.00")),
            ScheduledPart.of(LocalDate.of(2026, 3, 1), Money.parse("EUR 30.00"))),
        PlanInterest.none()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("instalments: 'EUR 90.00' sum to EUR 90.00, not the debt EUR 100.00");
  }

  @Test
  void two_missed_instalments_default_the_plan_with_explanation() {
    PaymentPlan plan = PaymentPlan.propose("PL-1", CustomerId.of("C-1"), List.of(),
        PaymentSchedule.equal(Money.parse("EUR 300.00"), START, LocalDate.of(2026, 2, 1), 3,
            Period.ofMonths(1), PlanInterest.none()))
        .apply(PlanEvent.accept(START))
        .apply(PlanEvent.payment(AppliedPayment.of(LocalDate.of(2026, 2, 1),
            Money.parse("EUR 50.00"), List.of())))
        .apply(PlanEvent.review(LocalDate.of(2026, 3, 7)));
    assertThat(plan.state()).isEqualTo(PlanState.DEFAULTED);
    assertThat(plan.explain(LocalDate.of(2026, 3, 7)).sentence()).isEqualTo("Plan PL-1 of C-1 "
        + "is DEFAULTED: EUR 50.00 paid of EUR 300.00 (debt EUR 300.00, interest EUR 0.00); "
        + "missed as of 2026-03-07: no. 1 due 2026-02-01 (EUR 50.00 open), no. 2 due "
        + "2026-03-01 (EUR 100.00 open).");
  }

  @Test
  void overpayment_completes_the_plan_and_is_reported() {
    PaymentPlan plan = PaymentPlan.propose("PL-2", CustomerId.of("C-1"), List.of(),
        PaymentSchedule.equal(Money.parse("EUR 300.00"), START, LocalDate.of(2026, 2, 1), 3,
            Period.ofMonths(1), PlanInterest.none()))
        .apply(PlanEvent.accept(START))
        .apply(PlanEvent.payment(AppliedPayment.of(LocalDate.of(2026, 2, 1),
            Money.parse("EUR 320.00"), List.of())));
    assertThat(plan.state()).isEqualTo(PlanState.COMPLETED);
    assertThat(plan.overpayment()).isEqualTo(Money.parse("EUR 20.00"));
    assertThat(plan.allocation()).allMatch(InstalmentStatus::isPaid);
  }

  @Test
  void a_plan_whose_last_instalment_is_missed_defaults_though_fewer_are_missed_than_the_policy() {
    // 300.00 in three instalments of 100.00 (Feb, Mar, Apr); 250.00 paid in time: only the last
    // instalment is short (50.00), one missed where two default the plan. Before its term ends
    // the plan stays ACTIVE; once the last due date plus grace has passed it can never be kept,
    // so a review defaults it (it used to stay ACTIVE for ever, reviewed again and again).
    PaymentPlan paid = PaymentPlan.propose("PL-3", CustomerId.of("C-1"), List.of(),
        PaymentSchedule.equal(Money.parse("EUR 300.00"), START, LocalDate.of(2026, 2, 1), 3,
            Period.ofMonths(1), PlanInterest.none()))
        .apply(PlanEvent.accept(START))
        .apply(PlanEvent.payment(AppliedPayment.of(LocalDate.of(2026, 2, 1),
            Money.parse("EUR 250.00"), List.of())));
    assertThat(paid.apply(PlanEvent.review(LocalDate.of(2026, 4, 6))).state())
        .as("within the grace days of the last instalment").isEqualTo(PlanState.ACTIVE);
    PaymentPlan reviewed = paid.apply(PlanEvent.review(LocalDate.of(2026, 4, 7)));
    assertThat(reviewed.state()).isEqualTo(PlanState.DEFAULTED);
    assertThat(reviewed.history().get(reviewed.history().size() - 1).detail())
        .contains("1 instalment(s) missed; the last instalment is missed: the plan's term is "
            + "over with EUR 50.00 open");
  }
}
