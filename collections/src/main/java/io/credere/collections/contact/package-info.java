/**
 * The contact log: {@link io.credere.collections.contact.ContactRecord}, one immutable record per
 * call, email, letter, meeting or portal message with a customer, with its
 * {@link io.credere.collections.contact.ContactChannel} and
 * {@link io.credere.collections.contact.ContactOutcome}, and
 * {@link io.credere.collections.contact.ContactLog}, a customer's records in time order.
 *
 * <p>A record with outcome {@code PROMISED_TO_PAY} carries the promised amount and date; promises
 * to pay are created from such records.
 */
@CredereStyle
package io.credere.collections.contact;

import io.credere.core.CredereStyle;
