package io.credere.collections.dispute;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.collections.statemachine.IllegalTransitionException;
import io.credere.collections.statemachine.MachineInvariants;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class DisputeProperties {

  @Test
  void random_commands_never_resolve_more_than_disputed_and_exclude_only_open_disputes() {
    theory().forAll(Generate.longRange(1, 1_000_000), Generate.enumValues(DisputeReason.class),
            SourceDSL.lists().of(Generate.longRange(0, Long.MAX_VALUE)).ofSizeBetween(1, 20))
        .checkAssert((amount, reason, commands) -> {
          Money disputed = Money.ofMinor(CurrencyUnit.GBP, amount);
          LocalDate date = LocalDate.of(2026, 5, 4);
          Dispute dispute = Dispute.open("D", DisputeRequest.builder()
              .customerId(CustomerId.of("C")).documentId(DocumentId.of("INV"))
              .amount(disputed).reason(reason).raisedOn(date).build(), DisputePolicy.standard());
          assertThat(dispute.dueDate()).isAfter(date);
          for (long command : commands) {
            date = date.plusDays(command % 4);
            long resolved = (command / 11) % (amount + amount / 10 + 2);
            DisputeEvent event;
            switch ((int) (command % 5)) {
              case 0: event = DisputeEvent.startReview(date); break;
              case 1: event = DisputeEvent.reassign(date,
                  DisputeOwner.values()[(int) (command / 3 % 4)]); break;
              case 2: event = DisputeEvent.resolve(date, resolved == 0
                  ? DisputeResolution.rejected(CurrencyUnit.GBP) : command % 2 == 0
                  ? DisputeResolution.creditNote(Money.ofMinor(CurrencyUnit.GBP, resolved))
                  : DisputeResolution.writeOff(Money.ofMinor(CurrencyUnit.GBP, resolved)));
                break;
              case 3: event = command % 7 == 0 ? DisputeEvent.cancel(date)
                  : DisputeEvent.startReview(date); break;
              default: event = DisputeEvent.resolve(date,
                  DisputeResolution.creditNote(disputed));
            }
            try {
              Dispute next = dispute.apply(event);
              MachineInvariants.stepped(Dispute.TRANSITIONS, dispute.state(), dispute.history(),
                  next.state(), next.history(), event.kind());
              dispute = next;
            } catch (IllegalTransitionException e) {
              MachineInvariants.refused(Dispute.TRANSITIONS, dispute.state(), event.kind(), e);
            } catch (ValidationException e) {
              assertThat(resolved).isGreaterThan(amount);
            }
            assertThat(restored(dispute)).isEqualTo(dispute);
            assertThat(dispute.resolvedAmount().isGreaterThan(disputed)).isFalse();
            assertThat(dispute.stillOwed().isNegative()).isFalse();
            assertThat(dispute.resolvedAmount().plus(dispute.stillOwed())).isEqualTo(disputed);
            assertThat(DisputedAmounts.of(List.of(dispute)).items()).hasSize(
                dispute.isOpen() ? 1 : 0);
          }
        });
  }

  /** The dispute saved attribute by attribute and restored: every reachable state restores. */
  static Dispute restored(Dispute d) {
    return Dispute.restore(d.disputeId(), d.request(), d.owner(), d.dueDate(), d.explanation(),
        d.state(), d.resolution(), d.history());
  }
}
