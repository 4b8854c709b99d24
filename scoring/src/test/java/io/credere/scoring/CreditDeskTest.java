package io.credere.scoring;

import static io.credere.scoring.Fixtures.AS_OF;
import static io.credere.scoring.Fixtures.C1;
import static io.credere.scoring.Fixtures.customer;
import static io.credere.scoring.Fixtures.eur;
import static io.credere.scoring.Fixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.explain.Explanation;
import io.credere.core.id.DocumentId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditDeskTest {

  @Test
  void an_indexed_view_gives_the_result_of_the_whole_book_and_follows_changes() {
    CreditLedgerIndex index = CreditLedgerIndex.of(List.of(
        invoice("INV-1", "6000.00", AS_OF.minusDays(40)),
        invoice("INV-2", "1000.00", AS_OF.plusDays(5))));
    CreditDesk desk = CreditDesk.of(CreditCheck.standard(), index);

    CreditCheckResult indexed = desk.check(customer("10000.00"), eur("4500.00"), AS_OF);
    CreditCheckResult whole = CreditCheck.standard().check(CreditCheckRequest.builder()
        .customer(customer("10000.00")).addOpenItems(invoice("INV-1", "6000.00",
            AS_OF.minusDays(40)), invoice("INV-2", "1000.00", AS_OF.plusDays(5)))
        .newOrder(eur("4500.00")).asOf(AS_OF).build());
    assertThat(indexed).isEqualTo(whole);
    assertThat(indexed.reasonCodes()).containsExactly("OVER_LIMIT", "OVERDUE_BEYOND_30_DAYS");

    // Cash applied to INV-1 in full, a new invoice posted: the next check sees both.
    index.put(invoice("INV-1", "6000.00", AS_OF.minusDays(40)).withOpenAmount(eur("0.00")));
    index.put(invoice("INV-3", "500.00", AS_OF.plusDays(20)));
    CreditCheckResult after = desk.check(customer("10000.00"), eur("4500.00"), AS_OF);
    assertThat(after.exposure().total()).isEqualTo(eur("6000.00"));
    assertThat(after.decision()).isEqualTo(CheckDecision.OK);
    index.remove(C1, DocumentId.of("INV-3"));
    assertThat(index.view(C1).items()).extracting(i -> i.documentId().value())
        .containsExactly("INV-2");
  }

  @Test
  void a_kept_knock_out_blocks_until_a_clean_assessment_replaces_it() {
    CreditDesk desk = CreditDesk.of(CreditCheck.standard(), CreditLedgerIndex.empty());
    KnockOut insolvency = KnockOut.of("INSOLVENCY", Explanation.of("INSOLVENCY", "Filed."));
    CustomerData data = CustomerData.builder().customer(customer("10000.00")).asOf(AS_OF)
        .build();
    CreditAssessment clean = CreditAssessor.standard().assess(data);
    CreditAssessment knockedOut = clean.withKnockOut(insolvency);

    desk.keep(knockedOut);
    assertThat(desk.check(customer("10000.00"), eur("10.00"), AS_OF).decision())
        .isEqualTo(CheckDecision.BLOCK);
    desk.keep(clean);
    assertThat(desk.findKnockOut(C1)).isEmpty();
    assertThat(desk.check(customer("10000.00"), eur("10.00"), AS_OF).decision())
        .isEqualTo(CheckDecision.OK);
  }

  @Test
  void a_request_takes_a_list_or_a_view_of_its_own_customer_never_both() {
    assertThatThrownBy(() -> CreditCheckRequest.builder().customer(customer("1.00"))
        .view(CustomerLedger.empty(io.credere.core.id.CustomerId.of("C-2")))
        .newOrder(eur("1.00")).asOf(AS_OF).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C-2");
    assertThatThrownBy(() -> CreditCheckRequest.builder().customer(customer("1.00"))
        .view(CustomerLedger.empty(C1)).addOpenItems(invoice("INV-1", "1.00", AS_OF))
        .newOrder(eur("1.00")).asOf(AS_OF).knockOut(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
  }
}
