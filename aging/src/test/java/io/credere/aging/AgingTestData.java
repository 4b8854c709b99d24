package io.credere.aging;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import org.joda.money.Money;

/** Small hand-made items for the aging tests. */
final class AgingTestData {

  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private AgingTestData() {}

  static OpenItem item(String customer, String document, DocumentType type, LocalDate due,
      String open) {
    Money amount = Money.parse(open);
    return OpenItem.builder()
        .customerId(CustomerId.of(customer))
        .documentId(DocumentId.of(document))
        .documentType(type)
        .documentDate(due.minusDays(30))
        .dueDate(due)
        .amount(amount)
        .openAmount(amount)
        .build();
  }

  static OpenItem invoice(String customer, String document, int daysPastDue, String open) {
    return item(customer, document, DocumentType.INVOICE, AS_OF.minusDays(daysPastDue), open);
  }

  static OpenItem credit(String customer, String document, int daysPastDue, String open) {
    return item(customer, document, DocumentType.CREDIT_NOTE, AS_OF.minusDays(daysPastDue), open);
  }
}
