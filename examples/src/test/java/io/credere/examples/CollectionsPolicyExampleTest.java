package io.credere.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.ExclusionReason;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CollectionsPolicyExampleTest {

  private final CollectionsPolicyExample.Outcome outcome = CollectionsPolicyExample.run();

  private DunningProposal proposalFor(String customer) {
    return outcome.proposals().stream().filter(p -> p.customerId().value().equals(customer))
        .findFirst().orElseThrow();
  }

  @Test
  void key_account_goes_to_sales_small_amount_to_billing_the_rest_by_reason() {
    assertThat(outcome.disputes()).extracting(Dispute::disputeId, Dispute::owner,
        Dispute::dueDate).containsExactly(
            // raised on Friday 2026-11-20; PRICING and DAMAGED_GOODS 10, QUANTITY 5 business days
            tuple("D-1", DisputeOwner.SALES, LocalDate.of(2026, 12, 4)),
            tuple("D-2", DisputeOwner.LOGISTICS, LocalDate.of(2026, 11, 27)),
            tuple("D-3", DisputeOwner.BILLING, LocalDate.of(2026, 12, 4)));
    assertThat(outcome.disputes().get(0).explanation().sentence())
        .contains("routed to SALES by KEY_ACCOUNT_OR_SMALL_AMOUNT");
  }

  @Test
  void host_levels_fees_and_waiting_days_decide_the_run() {
    assertThat(outcome.proposals()).extracting(p -> p.customerId().value(),
        p -> p.level().map(l -> l.level()), DunningProposal::channel, DunningProposal::fee,
        DunningProposal::exclusion).containsExactly(
            // 50 days overdue, nothing sent yet: one level at a time, so the e-mail first
            tuple("C-100", Optional.of(1), Optional.of(DunningChannel.EMAIL),
                Money.parse("EUR 0.00"), Optional.empty()),
            // 66 days, letter sent 26 days ago (>= 14 waiting days): the final notice, fee 15
            tuple("C-200", Optional.of(3), Optional.of(DunningChannel.FINAL_NOTICE),
                Money.parse("EUR 15.00"), Optional.empty()),
            // EUR 20.00 is below the host's minimum of 25
            tuple("C-300", Optional.empty(), Optional.empty(), Money.parse("EUR 0.00"),
                Optional.of(ExclusionReason.BELOW_MINIMUM)),
            tuple("C-400", Optional.of(1), Optional.of(DunningChannel.EMAIL),
                Money.parse("EUR 0.00"), Optional.empty()));
  }

  @Test
  void disputed_documents_are_held_out_of_dunning() {
    DunningProposal beta = proposalFor("C-200");
    assertThat(beta.documents()).containsExactly(DocumentId.of("INV-B1"));
    assertThat(beta.overdueAmount()).isEqualTo(Money.parse("EUR 800.00"));
    assertThat(beta.totalClaim()).isEqualTo(Money.parse("EUR 815.00"));
    assertThat(beta.excludedItems()).extracting(e -> e.documentId(), e -> e.reason())
        .containsExactly(tuple(DocumentId.of("INV-B2"), ExclusionReason.DISPUTED));
    assertThat(proposalFor("C-400").documents()).isEqualTo(List.of(DocumentId.of("INV-D2")));
  }

  @Test
  void main_prints_owners_and_actions() throws Exception {
    List<String> out = MainOutput.lines(() -> CollectionsPolicyExample.main(new String[0]));
    assertThat(out).hasSize(7);
    assertThat(out.get(0)).startsWith("D-1 -> SALES by 2026-12-04: ");
    assertThat(out.get(4)).startsWith("C-200 level 3 FINAL_NOTICE fee EUR 15.00: ");
    assertThat(out.get(5)).startsWith("C-300 no action (BELOW_MINIMUM): ");
  }
}
