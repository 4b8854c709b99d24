package io.credere.workflow;

import static io.credere.workflow.ShortPaymentDisputesTest.AS_OF;
import static io.credere.workflow.ShortPaymentDisputesTest.customer;
import static io.credere.workflow.ShortPaymentDisputesTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.collections.dunning.ExcludedItem;
import io.credere.collections.dunning.ExclusionReason;
import io.credere.collections.escalation.CaseEvent;
import io.credere.collections.escalation.CollectionCase;
import io.credere.collections.escalation.EscalationPolicy;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DunningExclusionsFlowTest {

  static Dispute dispute(String id, String customer, String document, String amount) {
    return Dispute.open(id, DisputeRequest.builder().customerId(CustomerId.of(customer))
        .documentId(DocumentId.of(document)).amount(Money.parse(amount))
        .reason(DisputeReason.PRICING).raisedOn(AS_OF.minusDays(20)).build(),
        DisputePolicy.standard());
  }

  @Test
  void a_partial_dispute_keeps_only_its_amount_out_and_the_undisputed_rest_is_dunned() {
    // 300.00 of a 3,000.00 invoice 60 days overdue: 2,700.00 is still dunned.
    DunningExclusions exclusions = DunningExclusionsFlow.builder()
        .disputes(List.of(dispute("D-1", "C-1", "INV-1", "EUR 300.00"))).build();

    List<DunningProposal> run = DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("C-1", "INV-1", "EUR 3000.00", 60)), List.of(customer("C-1", "Acme")),
        List.of(), exclusions, AS_OF);

    assertThat(exclusions.disputedDocuments()).isEmpty();
    assertThat(exclusions.disputedAmounts()).containsEntry(DocumentId.of("INV-1"),
        Money.parse("EUR 300.00"));
    assertThat(run).singleElement().satisfies(p -> {
      assertThat(p.isAction()).isTrue();
      assertThat(p.overdueAmount()).isEqualTo(Money.parse("EUR 2700.00"));
      assertThat(p.excludedItems()).containsExactly(ExcludedItem.of(DocumentId.of("INV-1"),
          Money.parse("EUR 300.00"), ExclusionReason.DISPUTED));
    });
  }

  @Test
  void open_disputes_on_one_document_add_up_and_closed_ones_hold_nothing() {
    Dispute resolved = dispute("D-3", "C-1", "INV-1", "EUR 50.00")
        .apply(DisputeEvent.startReview(AS_OF.minusDays(5)))
        .apply(DisputeEvent.resolve(AS_OF.minusDays(2),
            DisputeResolution.creditNote(Money.parse("EUR 50.00"))));
    DunningExclusions exclusions = DunningExclusionsFlow.builder().disputes(List.of(
        dispute("D-1", "C-1", "INV-1", "EUR 300.00"), dispute("D-2", "C-1", "INV-1",
            "EUR 200.00"), resolved)).build();

    assertThat(exclusions.disputedAmounts()).containsExactly(
        java.util.Map.entry(DocumentId.of("INV-1"), Money.parse("EUR 500.00")));
  }

  @Test
  void an_open_promise_keeps_its_documents_or_account_out_a_broken_one_nothing() {
    PromiseToPay onDocument = PromiseToPay.fromContact(CustomerId.of("C-1"), AS_OF.minusDays(2),
        Money.parse("EUR 100.00"), AS_OF.plusDays(5), List.of(DocumentId.of("INV-1")),
        Optional.empty());
    PromiseToPay onAccount = PromiseToPay.fromContact(CustomerId.of("C-2"), AS_OF.minusDays(2),
        Money.parse("EUR 100.00"), AS_OF.plusDays(5), List.of(), Optional.empty());
    PromiseToPay broken = PromiseToPay.fromContact(CustomerId.of("C-3"),
        AS_OF.minusDays(30), Money.parse("EUR 100.00"), AS_OF.minusDays(20), List.of(),
        Optional.empty()).evaluate(List.of(), AS_OF).promise();

    DunningExclusions exclusions = DunningExclusionsFlow.builder()
        .promises(List.of(onDocument, onAccount, broken)).build();

    assertThat(exclusions.promisedDocuments()).containsExactly(DocumentId.of("INV-1"));
    assertThat(exclusions.promisedCustomers()).containsExactly(CustomerId.of("C-2"));
  }

  @Test
  void a_case_handed_over_ends_dunning_for_the_customer_a_reminder_stage_does_not() {
    CollectionCase reminder = CollectionCase.open("K-1", CustomerId.of("C-1"),
        List.of(DocumentId.of("INV-1")), Money.parse("EUR 1000.00"), LocalDate.of(2026, 6, 1),
        EscalationPolicy.standard());
    CollectionCase agency = CollectionCase.open("K-2", CustomerId.of("C-2"),
        List.of(DocumentId.of("INV-2")), Money.parse("EUR 1000.00"), LocalDate.of(2026, 6, 1),
        EscalationPolicy.standard());
    LocalDate day = LocalDate.of(2026, 6, 1);
    for (int i = 0; i < 2; i++) {
      day = agency.nextStepDue().orElseThrow();
      agency = agency.apply(CaseEvent.escalate(day));
    }
    agency = agency.apply(CaseEvent.handOver(agency.nextStepDue().orElseThrow(),
        io.credere.collections.escalation.CaseStage.AGENCY));
    assertThat(agency.stage().isHandedOver()).isTrue();

    DunningExclusions exclusions = DunningExclusionsFlow.builder()
        .cases(List.of(reminder, agency)).build();

    assertThat(exclusions.legalEscalationCustomers()).containsExactly(CustomerId.of("C-2"));
  }
}
