package io.credere.collections.refund;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class RefundPlannerProperties {

  @Test
  void offsets_plus_refunds_plus_unused_equal_the_credit_balance_and_no_invoice_is_overpaid() {
    theory().forAll(CoreGenerators.ledgers(30, 4), Generate.enumValues(RefundMode.class))
        .checkAssert((ledger, mode) -> {
          Map<DocumentId, OpenItem> byId = new HashMap<>();
          ledger.forEach(i -> byId.put(i.documentId(), i));
          List<RefundProposal> proposals = RefundPlanner.propose(ledger,
              RefundPolicy.builder().mode(mode).build());
          Map<DocumentId, Money> used = new HashMap<>();
          for (RefundProposal p : proposals) {
            Money credits = Money.zero(p.currency());
            for (OpenItem i : ledger) {
              if (i.customerId().equals(p.customerId()) && i.currency().equals(p.currency())
                  && i.openAmount().isNegative()) {
                credits = credits.minus(i.openAmount());
              }
            }
            assertThat(p.creditBalance()).isEqualTo(credits);
            assertThat(p.offsetTotal().plus(p.refundTotal()).plus(p.unused()))
                .isEqualTo(p.creditBalance());
            assertThat(p.unused().isNegative()).isFalse();
            for (Offset o : p.offsets()) {
              assertThat(o.amount().isPositive()).isTrue();
              assertThat(byId.get(o.invoice()).customerId()).isEqualTo(p.customerId());
              used.merge(o.invoice(), o.amount(), Money::plus);
              used.merge(o.credit(), o.amount(), Money::plus);
            }
            for (Refund r : p.refunds()) {
              used.merge(r.credit(), r.amount(), Money::plus);
            }
          }
          used.forEach((id, amount) -> assertThat(amount.isGreaterThan(
              byId.get(id).openAmount().abs())).isFalse());
        });
  }
}
