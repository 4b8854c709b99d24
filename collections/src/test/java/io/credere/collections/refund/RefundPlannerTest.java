package io.credere.collections.refund;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class RefundPlannerTest {

  static OpenItem item(String id, DocumentType type, String amount, int day) {
    return OpenItem.builder().customerId(CustomerId.of("C-1")).documentId(DocumentId.of(id))
        .documentType(type).documentDate(LocalDate.of(2026, 10, day))
        .dueDate(LocalDate.of(2026, 10, day)).amount(Money.parse(amount))
        .openAmount(Money.parse(amount)).build();
  }

  @Test
  void offsets_first_then_refunds_the_rest_above_threshold_with_approval() {
    List<OpenItem> ledger = List.of(item("CN-1", DocumentType.CREDIT_NOTE, "EUR -300.00", 1),
        item("PAY-1", DocumentType.PAYMENT, "EUR -500.00", 2),
        item("INV-1", DocumentType.INVOICE, "EUR 200.00", 3));
    RefundPolicy policy = RefundPolicy.builder()
        .putApprovalThresholds(CurrencyUnit.EUR, Money.parse("EUR 500.00")).build();
    RefundProposal proposal = RefundPlanner.propose(ledger, policy).get(0);
    assertThat(proposal.offsetTotal()).isEqualTo(Money.parse("EUR 200.00"));
    assertThat(proposal.refundTotal()).isEqualTo(Money.parse("EUR 600.00"));
    assertThat(proposal.isApprovalRequired()).isTrue();
    assertThat(proposal.explanation().sentence()).isEqualTo("C-1 has a credit balance of "
        + "EUR 800.00: EUR 200.00 offset against 1 open invoice(s), EUR 600.00 to refund "
        + "(approval required) (OFFSET_FIRST).");
  }

  @Test
  void offset_only_leaves_the_rest_on_account() {
    List<OpenItem> ledger = List.of(item("CN-1", DocumentType.CREDIT_NOTE, "EUR -300.00", 1),
        item("INV-1", DocumentType.INVOICE, "EUR 100.00", 3));
    RefundProposal proposal = RefundPlanner.propose(ledger,
        RefundPolicy.builder().mode(RefundMode.OFFSET_ONLY).build()).get(0);
    assertThat(proposal.unused()).isEqualTo(Money.parse("EUR 200.00"));
    assertThat(proposal.refunds()).isEmpty();
    assertThat(proposal.isApprovalRequired()).isFalse();
  }
}
