/**
 * Receivable documents: {@link io.credere.core.item.OpenItem} (an invoice, credit note, debit
 * note or unapplied payment with its open amount), {@link io.credere.core.item.DocumentType} and
 * {@link io.credere.core.item.EarlyPaymentDiscount}.
 *
 * <p>Amounts follow the receivable sign convention: positive for what the customer owes
 * (invoices, debit notes), negative for credits (credit notes, unapplied payments).
 */
@CredereStyle
package io.credere.core.item;

import io.credere.core.CredereStyle;
