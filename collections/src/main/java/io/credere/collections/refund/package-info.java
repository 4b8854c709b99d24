/**
 * Refunds: credit balances (unapplied credit notes, payments on account and overpayments, i.e.
 * open items with a negative open amount) proposed for offset against open invoices of the same
 * customer and currency, or for refund, with approval above a threshold
 * ({@link io.credere.collections.refund.RefundPlanner}, {@link
 * io.credere.collections.refund.RefundPolicy}). Conservation: offsets plus refunds plus what is
 * left unused equal the credit balance, never more.
 *
 * <p>Everything here is immutable and thread-safe; nothing reads a clock.
 */
@CredereStyle
package io.credere.collections.refund;

import io.credere.core.CredereStyle;
