package io.credere.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.terms.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class InvoiceTermsTest {

  @Test
  void discount_terms_give_the_invoice_its_due_date_and_discount() {
    OpenItem invoice = InvoiceTerms.invoice(CustomerId.of("C-1"), DocumentId.of("INV-42"),
        LocalDate.of(2026, 11, 2), Money.parse("EUR 1000.00"), PaymentTerms.parse("2/10NET30"));

    assertThat(invoice.dueDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(invoice.discount()).contains(EarlyPaymentDiscount.of(LocalDate.of(2026, 11, 12),
        new BigDecimal("2")));
    assertThat(invoice.discount().orElseThrow().amountOf(invoice.amount()))
        .isEqualTo(Money.parse("EUR 20.00"));
  }

  @Test
  void end_of_month_terms_count_the_discount_from_the_document_date() {
    assertThat(InvoiceTerms.discount(PaymentTerms.parse("1.5/15EOM30"),
        LocalDate.of(2026, 1, 20))).contains(EarlyPaymentDiscount.of(LocalDate.of(2026, 2, 4),
        new BigDecimal("1.5")));
    assertThat(InvoiceTerms.discount(PaymentTerms.parse("NET30"), LocalDate.of(2026, 1, 20)))
        .isEmpty();
  }
}
