package io.credere.collections.plan;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.IllegalTransitionException;
import io.credere.collections.statemachine.MachineInvariants;
import io.credere.core.id.CustomerId;
import io.credere.core.money.Monies;
import io.credere.core.testing.CoreGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class PaymentPlanProperties {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void schedules_sum_to_the_debt_plus_interest() {
    theory().forAll(CoreGenerators.currencies().flatMap(c -> CoreGenerators.positiveMoney(c,
            1_000_000_000L)), Generate.range(1, 36), Generate.range(0, 2),
            Generate.range(0, 2500))
        .assuming((debt, n, method, rate) -> n <= Monies.minor(debt))
        .checkAssert((debt, n, method, rate) -> {
          BigDecimal percent = BigDecimal.valueOf(rate, 2);
          PlanInterest interest = method == 0 ? PlanInterest.none() : method == 1
              ? PlanInterest.flat(percent) : PlanInterest.decliningBalance(percent);
          PaymentSchedule schedule = PaymentSchedule.equal(debt, START, START.plusDays(10), n,
              Period.ofMonths(1), interest);
          List<Instalment> instalments = schedule.instalments();
          assertThat(instalments).hasSize(n);
          assertThat(Monies.sum(debt.getCurrencyUnit(), instalments.stream()
              .map(Instalment::principal).collect(Collectors.toList()))).isEqualTo(debt);
          assertThat(Monies.sum(debt.getCurrencyUnit(), instalments.stream()
              .map(Instalment::amount).collect(Collectors.toList())))
              .isEqualTo(debt.plus(schedule.totalInterest()));
        });
  }

  @Test
  void random_commands_never_allocate_more_than_an_instalment_and_report_overpayment() {
    theory().forAll(Generate.longRange(3, 1_000_000), Generate.range(1, 6),
            SourceDSL.lists().of(Generate.longRange(0, Long.MAX_VALUE)).ofSizeBetween(1, 30))
        .checkAssert((debt, n, commands) -> {
          Money whole = Money.ofMinor(org.joda.money.CurrencyUnit.EUR, debt);
          PaymentPlan plan = PaymentPlan.propose("P", CustomerId.of("C"), List.of(),
              PaymentSchedule.equal(whole, START, START.plusDays(30), (int) Math.min(n, debt),
                  Period.ofMonths(1), PlanInterest.decliningBalance(new BigDecimal("7.5"))));
          Money paidIn = Money.zero(whole.getCurrencyUnit());
          LocalDate date = START;
          for (long command : commands) {
            date = date.plusDays(command % 15);
            PlanEvent event;
            switch ((int) (command % 5)) {
              case 0: event = PlanEvent.accept(date); break;
              case 1: case 2: event = PlanEvent.payment(AppliedPayment.of(date,
                  Money.ofMinor(whole.getCurrencyUnit(), 1 + (command / 5) % debt), List.of()));
                break;
              case 3: event = PlanEvent.review(date); break;
              default: event = command % 9 == 0 ? PlanEvent.cancel(date) : PlanEvent.review(date);
            }
            try {
              PaymentPlan next = plan.apply(event);
              MachineInvariants.stepped(PaymentPlan.TRANSITIONS, plan.state(), plan.history(),
                  next.state(), next.history(), event.kind());
              if (event instanceof PlanEvent.Payment) {
                paidIn = paidIn.plus(((PlanEvent.Payment) event).payment().amount());
              }
              plan = next;
            } catch (IllegalTransitionException e) {
              MachineInvariants.refused(PaymentPlan.TRANSITIONS, plan.state(), event.kind(), e);
            }
            assertThat(restored(plan)).isEqualTo(plan);
            Money allocated = Money.zero(whole.getCurrencyUnit());
            for (InstalmentStatus status : plan.allocation()) {
              assertThat(status.paid().isNegative()).isFalse();
              assertThat(status.paid().isGreaterThan(status.instalment().amount())).isFalse();
              allocated = allocated.plus(status.paid());
            }
            assertThat(allocated.plus(plan.overpayment())).isEqualTo(paidIn);
            assertThat(plan.state() == PlanState.COMPLETED).isEqualTo(plan.open().isZero()
                && plan.state() != PlanState.PROPOSED && plan.state() != PlanState.CANCELLED
                && plan.state() != PlanState.DEFAULTED);
          }
        });
  }

  /** The plan saved attribute by attribute and restored: every reachable state restores. */
  static PaymentPlan restored(PaymentPlan p) {
    return PaymentPlan.restore(p.planId(), p.customerId(), p.documents(), p.schedule(),
        p.missedInstalmentsToDefault(), p.graceDays(), p.state(), p.payments(), p.history());
  }
}
