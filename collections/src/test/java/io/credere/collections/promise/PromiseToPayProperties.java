package io.credere.collections.promise;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.collections.statemachine.IllegalTransitionException;
import io.credere.collections.statemachine.MachineInvariants;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class PromiseToPayProperties {

  @Test
  void random_commands_count_each_payment_at_most_once_and_decide_by_the_rules() {
    theory().forAll(Generate.longRange(1, 1_000_000),
            SourceDSL.lists().of(Generate.longRange(0, Long.MAX_VALUE)).ofSizeBetween(1, 30))
        .checkAssert((promised, commands) -> {
          CurrencyUnit eur = CurrencyUnit.EUR;
          LocalDate made = LocalDate.of(2026, 3, 1);
          DocumentId doc = DocumentId.of("D-1");
          PromiseToPay promise = PromiseToPay.fromContact(CustomerId.of("C"), made,
              Money.ofMinor(eur, promised), made.plusDays(10), List.of(doc), Optional.empty());
          Money offered = Money.zero(eur);
          for (long command : commands) {
            LocalDate date = made.plusDays((command / 3) % 25);
            PromiseEvent event;
            switch ((int) (command % 4)) {
              case 0: case 1:
                event = PromiseEvent.payment(AppliedPayment.of(date,
                    Money.ofMinor(eur, 1 + (command / 5) % promised),
                    List.of(command % 7 == 0 ? DocumentId.of("OTHER") : doc)));
                break;
              case 2: event = PromiseEvent.evaluate(date); break;
              default: event = command % 11 == 0 ? PromiseEvent.cancel(date)
                  : PromiseEvent.evaluate(date);
            }
            try {
              PromiseToPay next = promise.apply(event);
              MachineInvariants.stepped(PromiseToPay.TRANSITIONS, promise.state(),
                  promise.history(), next.state(), next.history(), event.kind());
              if (event instanceof PromiseEvent.Payment) {
                offered = offered.plus(((PromiseEvent.Payment) event).payment().amount());
              }
              promise = next;
            } catch (IllegalTransitionException e) {
              MachineInvariants.refused(PromiseToPay.TRANSITIONS, promise.state(), event.kind(), e);
            }
            assertThat(restored(promise)).isEqualTo(promise);
            assertThat(promise.paidAmount().isGreaterThan(offered)).isFalse();
            assertThat(promise.shortfall().isNegative()).isFalse();
            if (promise.state() == PromiseState.KEPT) {
              assertThat(promise.shortfall().isZero()).isTrue();
            }
            if (promise.state() == PromiseState.BROKEN) {
              assertThat(promise.paidAmount().isZero()).isTrue();
            }
          }
        });
  }

  /** The promise saved attribute by attribute and restored: every reachable state restores. */
  static PromiseToPay restored(PromiseToPay p) {
    return PromiseToPay.restore(p.customerId(), p.madeOn(), p.promisedAmount(), p.promisedDate(),
        p.documents(), p.note(), p.graceDays(), p.state(), p.countedPayments(), p.history());
  }
}
