package io.credere.examples;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.money.MoneySplit;
import io.credere.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * The README's embedding example: a host maps its invoice to an {@link OpenItem}, with the due
 * date from the customer's terms, and splits the debt into three instalments that sum exactly.
 */
public final class QuickStart {

  private QuickStart() {}

  /** Builds the open item and the instalments and prints them. */
  public static void main(String[] args) {
    System.out.println(run());
  }

  /** What {@link #main} prints. */
  public static String run() {
    // --- README example: start ---
    PaymentTerms terms = PaymentTerms.parse("2/10NET30");
    LocalDate invoiced = LocalDate.of(2026, 11, 2);
    OpenItem invoice = OpenItem.builder()
        .customerId(CustomerId.of("C-1001"))
        .documentId(DocumentId.of("INV-2026-0042"))
        .documentType(DocumentType.INVOICE)
        .documentDate(invoiced)
        .dueDate(terms.dueDate(invoiced))
        .amount(Money.parse("EUR 1000.00"))
        .openAmount(Money.parse("EUR 1000.00"))
        .build();
    List<Money> instalments = MoneySplit.evenly(invoice.openAmount(), 3);
    // --- README example: end ---
    return invoice.documentId() + " due " + invoice.dueDate() + ", "
        + invoice.daysPastDue(LocalDate.of(2026, 12, 10)) + " days past due on 2026-12-10; "
        + "instalments " + instalments;
  }
}
