package io.credere.collections.escalation;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.IllegalTransitionException;
import io.credere.collections.statemachine.MachineInvariants;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CollectionCaseProperties {

  @Test
  void random_commands_never_create_or_lose_money_and_keep_history_append_only() {
    theory().forAll(Generate.longRange(1, 1_000_000),
            SourceDSL.lists().of(Generate.longRange(0, Long.MAX_VALUE)).ofSizeBetween(1, 40))
        .checkAssert((debt, commands) -> {
          CurrencyUnit eur = CurrencyUnit.EUR;
          LocalDate date = LocalDate.of(2026, 1, 1);
          CollectionCase kase = CollectionCase.open("K", CustomerId.of("C"),
              List.of(DocumentId.of("D")), Money.ofMinor(eur, debt), date,
              EscalationPolicy.standard());
          Money paidIn = Money.zero(eur);
          for (long command : commands) {
            date = date.plusDays(command % 20);
            long amount = 1 + (command / 7) % Math.max(1, debt);
            CaseEvent event;
            switch ((int) (command % 6)) {
              case 0: event = CaseEvent.escalate(date); break;
              case 1: event = CaseEvent.handOver(date, command % 2 == 0 ? CaseStage.AGENCY
                  : CaseStage.LEGAL); break;
              case 2: event = CaseEvent.payment(AppliedPayment.of(date,
                  Money.ofMinor(eur, amount), List.of())); break;
              case 3: event = CaseEvent.charge(date, command % 2 == 0 ? ChargeKind.COST
                  : ChargeKind.INTEREST, Money.ofMinor(eur, amount)); break;
              case 4: event = CaseEvent.contact(ContactNote.builder().date(date).channel("PHONE")
                  .outcome("NO_ANSWER").build()); break;
              default: event = command % 13 == 0 ? CaseEvent.writeOff(date)
                  : CaseEvent.escalate(date);
            }
            try {
              CollectionCase next = kase.apply(event);
              MachineInvariants.stepped(CollectionCase.TRANSITIONS, kase.stage(), kase.history(),
                  next.stage(), next.history(), event.kind());
              if (event instanceof CaseEvent.Payment) {
                paidIn = paidIn.plus(((CaseEvent.Payment) event).payment().amount());
              }
              kase = next;
            } catch (IllegalTransitionException e) {
              MachineInvariants.refused(CollectionCase.TRANSITIONS, kase.stage(), event.kind(), e);
            }
            assertThat(restored(kase)).isEqualTo(kase);
            assertThat(kase.originalDebt().plus(kase.interestCharged()).plus(kase.costsCharged()))
                .isEqualTo(kase.paidApplied().plus(kase.writtenOff()).plus(kase.balance()));
            assertThat(kase.paidApplied().plus(kase.overpaid())).isEqualTo(paidIn);
            assertThat(kase.balance().isNegative()).isFalse();
            assertThat(kase.stage().isClosed()).isEqualTo(kase.balance().isZero());
          }
        });
  }

  /** The case saved attribute by attribute and restored: every reachable state restores. */
  static CollectionCase restored(CollectionCase k) {
    return CollectionCase.restore(k.caseId(), k.customerId(), k.documents(), k.openedOn(),
        k.policy(), k.stage(), k.anchorDate(), CollectionCase.SavedAmounts.of(k), k.payments(),
        k.contacts(), k.handOver(), k.history());
  }
}
