package io.credere.workflow;

import static io.credere.workflow.ShortPaymentDisputesTest.AS_OF;
import static io.credere.workflow.ShortPaymentDisputesTest.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.dispute.ResolutionOutcome;
import io.credere.core.error.ValidationException;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DisputePostingsTest {

  static final DocumentId CN = DocumentId.of("CN-7");

  static Dispute resolved(DisputeResolution resolution) {
    return DunningExclusionsFlowTest.dispute("D-1", "C-1", "INV-1", "EUR 300.00")
        .apply(DisputeEvent.startReview(AS_OF.minusDays(3)))
        .apply(DisputeEvent.resolve(AS_OF.minusDays(1), resolution));
  }

  @Test
  void a_credit_note_is_issued_and_applied_to_the_disputed_invoice() {
    OpenItem invoice = invoice("C-1", "INV-1", "EUR 3000.00", 60);
    LedgerPosting posting = DisputePostings.posting(resolved(DisputeResolution.creditNote(
        Money.parse("EUR 250.00"))), invoice, CN, AS_OF).orElseThrow();

    assertThat(posting.outcome()).isEqualTo(ResolutionOutcome.CREDIT_NOTE);
    assertThat(posting.document().openAmount()).isEqualTo(Money.parse("EUR 2750.00"));
    OpenItem note = posting.creditNote().orElseThrow();
    assertThat(note.documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
    assertThat(note.amount()).isEqualTo(Money.parse("EUR -250.00"));
    assertThat(note.openAmount()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(note.reference()).contains("INV-1");
    List<OpenItem> after = posting.applyTo(List.of(invoice));
    assertThat(after).containsExactly(posting.document(), note);
  }

  @Test
  void a_credit_note_larger_than_what_is_still_open_leaves_the_rest_open_on_the_note() {
    OpenItem invoice = invoice("C-1", "INV-1", "EUR 3000.00", 60)
        .withOpenAmount(Money.parse("EUR 100.00"));
    LedgerPosting posting = DisputePostings.posting(resolved(DisputeResolution.creditNote(
        Money.parse("EUR 300.00"))), invoice, CN, AS_OF).orElseThrow();

    assertThat(posting.document().openAmount()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(posting.creditNote().orElseThrow().openAmount())
        .isEqualTo(Money.parse("EUR -200.00"));
  }

  @Test
  void a_write_off_reduces_the_invoice_and_never_below_zero() {
    OpenItem invoice = invoice("C-1", "INV-1", "EUR 3000.00", 60);
    LedgerPosting posting = DisputePostings.posting(resolved(DisputeResolution.writeOff(
        Money.parse("EUR 300.00"))), invoice, CN, AS_OF).orElseThrow();
    assertThat(posting.document().openAmount()).isEqualTo(Money.parse("EUR 2700.00"));
    assertThat(posting.creditNote()).isEmpty();

    OpenItem paid = invoice.withOpenAmount(Money.parse("EUR 200.00"));
    assertThatThrownBy(() -> DisputePostings.posting(resolved(DisputeResolution.writeOff(
        Money.parse("EUR 300.00"))), paid, CN, AS_OF))
        .isInstanceOf(ValidationException.class).hasMessageContaining("only EUR 200.00 is open");
  }

  @Test
  void a_rejected_or_open_dispute_posts_nothing() {
    OpenItem invoice = invoice("C-1", "INV-1", "EUR 3000.00", 60);
    assertThat(DisputePostings.posting(resolved(DisputeResolution.rejected(CurrencyUnit.EUR)),
        invoice, CN, AS_OF)).isEmpty();
    assertThat(DisputePostings.posting(DunningExclusionsFlowTest.dispute("D-2", "C-1", "INV-1",
        "EUR 300.00"), invoice, CN, AS_OF)).isEmpty();
  }
}
