package io.credere.workflow;

import io.credere.core.Checks;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Payment terms to an invoice's due date and {@link EarlyPaymentDiscount}: {@code 2/10NET30} on
 * an invoice dated 2 November gives the due date 2 December and 2 % discount when paid by
 * 12 November, which cash application then grants.
 *
 * <pre>{@code
 * OpenItem invoice = InvoiceTerms.invoice(CustomerId.of("C-1001"), DocumentId.of("INV-42"),
 *     LocalDate.of(2026, 11, 2), Money.parse("EUR 1000.00"), PaymentTerms.parse("2/10NET30"));
 * }</pre>
 */
public final class InvoiceTerms {

  private InvoiceTerms() {}

  /** The discount {@code terms} give a document dated {@code documentDate}, when they give one. */
  public static Optional<EarlyPaymentDiscount> discount(PaymentTerms terms,
      LocalDate documentDate) {
    Checks.notNull(terms, "terms");
    Checks.notNull(documentDate, "documentDate");
    return terms.discountDate(documentDate)
        .map(last -> EarlyPaymentDiscount.of(last, terms.discountPercent().orElseThrow()));
  }

  /**
   * A new, fully open invoice under {@code terms}: due date and discount from the terms.
   *
   * @param amount the invoice amount, positive
   */
  public static OpenItem invoice(CustomerId customer, DocumentId document,
      LocalDate documentDate, Money amount, PaymentTerms terms) {
    return OpenItem.builder().customerId(customer).documentId(document)
        .documentType(DocumentType.INVOICE).documentDate(documentDate)
        .dueDate(terms.dueDate(documentDate)).amount(amount).openAmount(amount)
        .discount(discount(terms, documentDate)).build();
  }

  /** {@code item} with the due date and discount {@code terms} give its document date. */
  public static OpenItem withTerms(OpenItem item, PaymentTerms terms) {
    Checks.notNull(item, "item");
    return item.withDueDate(terms.dueDate(item.documentDate()))
        .withDiscount(discount(terms, item.documentDate()));
  }
}
