package io.credere.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class OpenItemTest {

  private static OpenItem.Builder invoice(String amount, String open) {
    return OpenItem.builder()
        .customerId(CustomerId.of("C-1"))
        .documentId(DocumentId.of("INV-7"))
        .documentType(DocumentType.INVOICE)
        .documentDate(LocalDate.of(2026, 1, 1))
        .dueDate(LocalDate.of(2026, 1, 31))
        .amount(Money.parse(amount))
        .openAmount(Money.parse(open));
  }

  @Test
  void tells_days_past_due_and_overdue() {
    OpenItem item = invoice("EUR 100.00", "EUR 40.00").build();
    assertThat(item.daysPastDue(LocalDate.of(2026, 1, 31))).isZero();
    assertThat(item.isOverdue(LocalDate.of(2026, 1, 31))).isFalse();
    assertThat(item.daysPastDue(LocalDate.of(2026, 2, 10))).isEqualTo(10);
    assertThat(item.isOverdue(LocalDate.of(2026, 2, 10))).isTrue();
    assertThat(item.withOpenAmount(Money.parse("EUR 0.00")).isSettled()).isTrue();
    assertThat(item.isDisputed()).isFalse();
  }

  @Test
  void rejects_open_amount_above_amount() {
    assertThatThrownBy(() -> invoice("EUR 100.00", "EUR 120.00").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("open_amount: 'EUR 120.00' exceeds document amount EUR 100.00 for INV-7");
  }

  @Test
  void rejects_open_amount_of_the_other_sign() {
    assertThatThrownBy(() -> invoice("EUR 100.00", "EUR -1.00").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("open_amount: 'EUR -1.00' has the wrong sign for INVOICE INV-7 (expected "
            + "positive or zero)");
  }

  @Test
  void rejects_a_positive_credit_note() {
    assertThatThrownBy(() -> OpenItem.builder()
        .customerId(CustomerId.of("C-1")).documentId(DocumentId.of("CN-1"))
        .documentType(DocumentType.CREDIT_NOTE).documentDate(LocalDate.of(2026, 1, 1))
        .dueDate(LocalDate.of(2026, 1, 1)).amount(Money.parse("EUR 5.00"))
        .openAmount(Money.parse("EUR 5.00")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("wrong sign for CREDIT_NOTE CN-1");
  }

  @Test
  void rejects_mixed_currencies() {
    assertThatThrownBy(() -> invoice("EUR 100.00", "USD 10.00").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is not in the document currency EUR of INV-7");
  }

  @Test
  void computes_the_early_payment_discount() {
    EarlyPaymentDiscount discount = EarlyPaymentDiscount.of(LocalDate.of(2026, 1, 11),
        new BigDecimal("2"));
    assertThat(discount.amountOf(Money.parse("EUR 1234.25"))).isEqualTo(Money.parse("EUR 24.68"));
    assertThat(discount.appliesOn(LocalDate.of(2026, 1, 11))).isTrue();
    assertThat(discount.appliesOn(LocalDate.of(2026, 1, 12))).isFalse();
  }

  @Test
  void parses_document_types_leniently() {
    assertThat(DocumentType.parse("credit note")).isEqualTo(DocumentType.CREDIT_NOTE);
    assertThat(DocumentType.parse("Debit-Note")).isEqualTo(DocumentType.DEBIT_NOTE);
    assertThatThrownBy(() -> DocumentType.parse("RECEIPT"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("'RECEIPT'");
  }

  @Test
  void refuses_amounts_beyond_ten_to_the_fifteen_naming_field_and_document() {
    assertThatThrownBy(() -> invoice("EUR 92233720368547758.08", "EUR 1.00").build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("amount: 'EUR 92233720368547758.08' is beyond the supported range for INV-7"
            + " (amounts up to 10^15 in absolute value)");
    assertThatThrownBy(() -> invoice("EUR 1000000000000000.01", "EUR 1.00").build())
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("amount:");
    assertThat(invoice("EUR 1000000000000000.00", "EUR 1000000000000000.00").build()
        .openAmount().getAmountMinorLong()).isEqualTo(100_000_000_000_000_000L);
  }

  @Test
  void days_past_due_of_null_names_the_parameter() {
    OpenItem item = invoice("EUR 100.00", "EUR 0.00").build();
    assertThatThrownBy(() -> item.daysPastDue(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("Argument 'asOf' must not be null");
    assertThatThrownBy(() -> item.isOverdue(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("Argument 'asOf' must not be null");
  }
}
