package io.credere.scoring;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Small builders shared by the tests. */
final class Fixtures {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final CustomerId C1 = CustomerId.of("C-1");

  private Fixtures() {}

  static Money eur(String amount) {
    return Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
  }

  static SettledInvoice settled(String doc, String amount, LocalDate due, LocalDate paid) {
    return SettledInvoice.builder().customerId(C1).documentId(DocumentId.of(doc))
        .amount(eur(amount)).dueDate(due).paidDate(paid).build();
  }

  static OpenItem invoice(String doc, String amount, LocalDate due) {
    return OpenItem.builder().customerId(C1).documentId(DocumentId.of(doc))
        .documentType(DocumentType.INVOICE).documentDate(due.minusDays(30)).dueDate(due)
        .amount(eur(amount)).openAmount(eur(amount)).build();
  }

  static Customer customer(String limit) {
    Customer.Builder builder = Customer.builder().customerId(C1).name("One GmbH")
        .currency(CurrencyUnit.EUR);
    if (limit != null) {
      builder.creditLimit(eur(limit));
    }
    return builder.build();
  }
}
