package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.PropertyTesting;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CashApplicationProperties {

  @Test
  void every_run_keeps_the_contract_invariants() {
    PropertyTesting.theory().forAll(PaymentGenerators.cases(), PaymentGenerators.policies())
        .checkAssert((c, policy) -> {
          AllocationRun run = CashApplication.builder().policy(policy).build()
              .apply(c.ledger(), List.of(), c.payments());
          Map<DocumentId, OpenItem> before = new HashMap<>();
          c.ledger().forEach(i -> before.put(i.documentId(), i));
          Map<DocumentId, Long> reduced = new HashMap<>();
          Map<DocumentId, Long> cash = new HashMap<>();
          for (AllocationResult result : run.results()) {
            long sum = 0;
            for (Allocation line : result.lines()) {
              assertThat(line.amount().getCurrencyUnit()).isEqualTo(result.payment().currency());
              if (line.kind().isCash()) {
                sum += line.amount().getAmountMinorLong();
              }
              line.documentId().ifPresent(d ->
                  assertThat(before.get(d).currency()).isEqualTo(line.amount().getCurrencyUnit()));
              if (line.kind().reducesDocument()) {
                reduced.merge(line.documentId().get(), line.amount().getAmountMinorLong(), Long::sum);
              }
              if (line.kind() == AllocationKind.ALLOCATED) {
                cash.merge(line.documentId().get(), line.amount().getAmountMinorLong(), Long::sum);
              }
              if (line.kind() == AllocationKind.WRITE_OFF) {
                OpenItem doc = before.get(line.documentId().get());
                assertThat(line.amount().isGreaterThan(policy.tolerance()
                    .limitFor(doc.openAmount()))).isFalse();
              }
            }
            assertThat(sum).isEqualTo(result.payment().amount().getAmountMinorLong());
          }
          Map<DocumentId, Long> shorts = new HashMap<>();
          run.lines().stream().filter(l -> l.kind() == AllocationKind.SHORT_PAYMENT)
              .forEach(l -> shorts.merge(l.documentId().get(), l.amount().getAmountMinorLong(),
                  Long::sum));
          for (OpenItem after : run.ledgerAfter()) {
            OpenItem original = before.get(after.documentId());
            if (original == null) {
              continue;
            }
            long open = original.openAmount().getAmountMinorLong();
            assertThat(reduced.getOrDefault(after.documentId(), 0L)).isLessThanOrEqualTo(
                Math.abs(open));
            // no run reopens a document: an open amount only moves towards zero, never past it
            // (a run keeps a customer's items open at its start on this: RunLedger.openAtStartOf)
            long now = after.openAmount().getAmountMinorLong();
            assertThat(Math.abs(now)).as(after.documentId().value())
                .isLessThanOrEqualTo(Math.abs(open));
            assertThat(now == 0 || Long.signum(now) == Long.signum(open))
                .as(after.documentId().value()).isTrue();
            long expectedShort = cash.containsKey(after.documentId())
                ? after.openAmount().getAmountMinorLong() : 0;
            assertThat(shorts.getOrDefault(after.documentId(), 0L)).isEqualTo(expectedShort);
          }
        });
  }

  @Test
  void same_input_gives_the_same_output() {
    PropertyTesting.theory().forAll(PaymentGenerators.cases()).checkAssert(c -> {
      AllocationRun first = CashApplication.standard().apply(c.ledger(), List.of(), c.payments());
      AllocationRun second = CashApplication.standard().apply(c.ledger(), List.of(), c.payments());
      assertThat(second).isEqualTo(first);
    });
  }

  @Test
  void reversing_every_payment_restores_the_ledger() {
    PropertyTesting.theory().forAll(PaymentGenerators.cases(), PaymentGenerators.policies())
        .checkAssert((c, policy) -> {
          AllocationRun run = CashApplication.builder().policy(policy).build()
              .apply(c.ledger(), List.of(), c.payments());
          List<OpenItem> ledger = run.ledgerAfter();
          for (int i = run.results().size() - 1; i >= 0; i--) {
            ledger = CashApplication.reverse(ledger, run.results().get(i));
          }
          assertThat(ledger).isEqualTo(c.ledger());
        });
  }
}
