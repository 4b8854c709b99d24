package io.credere.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.AllocationKind;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.promise.PromiseState;
import io.credere.scoring.CheckDecision;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MonthEndFlowsExampleTest {

  @Test
  void the_month_end_goes_through_the_flows_as_the_readme_says() {
    MonthEndFlowsExample.Outcome outcome = MonthEndFlowsExample.run();

    assertThat(outcome.run().total(AllocationKind.SHORT_PAYMENT).toMap().values())
        .containsExactly(Money.parse("EUR 300.00"));
    assertThat(outcome.disputes()).singleElement().satisfies(d -> {
      assertThat(d.disputeId()).isEqualTo("D-000001");
      assertThat(d.amount()).isEqualTo(Money.parse("EUR 300.00"));
      assertThat(d.owner().name()).isEqualTo("SALES");
    });
    assertThat(outcome.promises()).singleElement()
        .satisfies(p -> assertThat(p.state()).isEqualTo(PromiseState.KEPT));
    // Acme's 300.00 is disputed: nothing else of INV-1 is open, so nothing is dunned for Acme;
    // Beta's 800.00 invoice (less the 400.00 on account) is.
    DunningProposal acme = outcome.dunning().get(0);
    assertThat(acme.customerId().value()).isEqualTo("C-1001");
    assertThat(acme.isAction()).isFalse();
    DunningProposal beta = outcome.dunning().get(1);
    assertThat(beta.isAction()).isTrue();
    assertThat(beta.overdueAmount()).isEqualTo(Money.parse("EUR 800.00"));
    assertThat(beta.claimedAmount()).isEqualTo(Money.parse("EUR 400.00"));
    assertThat(outcome.ledgerAfterCredit()).extracting(i -> i.documentId().value() + " "
        + i.openAmount()).contains("INV-1 EUR 0.00", "CN-1 EUR 0.00");
    // INV-2 is 50 days overdue: watched; 800.00 - 400.00 on account + 1,500.00 ordered.
    assertThat(outcome.order().decision()).isEqualTo(CheckDecision.WATCH);
    assertThat(outcome.order().reasonCodes()).containsExactly("OVERDUE_BEYOND_30_DAYS");
    assertThat(outcome.order().exposure().total()).isEqualTo(Money.parse("EUR 1900.00"));
  }

  @Test
  void main_prints_the_month() throws Exception {
    java.util.List<String> out = MainOutput.lines(() -> MonthEndFlowsExample.main(new String[0]));
    assertThat(out).contains("D-000001 SALES due 2026-11-27: EUR 300.00 of INV-1")
        .contains("promise of C-1002: KEPT, paid EUR 400.00")
        .contains("dunning C-1001: no action (ALL_ITEMS_EXCLUDED)");
  }
}
