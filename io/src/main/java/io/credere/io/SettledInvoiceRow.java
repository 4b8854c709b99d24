package io.credere.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One row of the contract's {@code history} file: an invoice that was settled, and when.
 *
 * @param customerId the customer
 * @param documentId the invoice
 * @param amount the invoice amount
 * @param dueDate when it was due
 * @param paidDate when it was paid
 * @param documentDate when it was issued, if the file says
 */
public record SettledInvoiceRow(CustomerId customerId, DocumentId documentId, Money amount,
    LocalDate dueDate, LocalDate paidDate, Optional<LocalDate> documentDate) {}
