/**
 * Payment terms ({@link io.credere.core.terms.PaymentTerms}: net, end of month, early-payment
 * discount) and business calendars ({@link io.credere.core.terms.BusinessCalendar}) with a
 * {@link io.credere.core.terms.RollConvention} for dates that fall on a holiday.
 */
package io.credere.core.terms;
