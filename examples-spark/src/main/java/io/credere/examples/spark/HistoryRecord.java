package io.credere.examples.spark;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.money.Monies;
import io.credere.scoring.SettledInvoice;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * A {@link SettledInvoice} in primitive, serializable form, for the shuffle that groups history by
 * customer (the library's values are not {@link Serializable}). {@link #toInvoice()} gives back an
 * equal invoice.
 *
 * @param customerId the customer's id
 * @param documentId the invoice's id
 * @param currency the ISO 4217 code
 * @param amountMinor the amount in minor units
 * @param dueDay the due date as an epoch day
 * @param paidDay the paid date as an epoch day
 * @param documentDay the document date as an epoch day, {@link Long#MIN_VALUE} when unknown
 */
public record HistoryRecord(String customerId, String documentId, String currency,
    long amountMinor, long dueDay, long paidDay, long documentDay) implements Serializable {

  private static final long NO_DATE = Long.MIN_VALUE;

  /** The primitive form of an invoice. */
  public static HistoryRecord of(SettledInvoice invoice) {
    return new HistoryRecord(invoice.customerId().value(), invoice.documentId().value(),
        invoice.amount().getCurrencyUnit().getCode(), invoice.amount().getAmountMinorLong(),
        invoice.dueDate().toEpochDay(), invoice.paidDate().toEpochDay(),
        invoice.documentDate().map(LocalDate::toEpochDay).orElse(NO_DATE));
  }

  /** The invoice again. */
  public SettledInvoice toInvoice() {
    return SettledInvoice.builder()
        .customerId(CustomerId.of(customerId))
        .documentId(DocumentId.of(documentId))
        .amount(Monies.ofMinor(CurrencyUnit.of(currency), amountMinor))
        .dueDate(LocalDate.ofEpochDay(dueDay))
        .paidDate(LocalDate.ofEpochDay(paidDay))
        .documentDate(documentDay == NO_DATE ? Optional.empty()
            : Optional.of(LocalDate.ofEpochDay(documentDay)))
        .build();
  }
}
