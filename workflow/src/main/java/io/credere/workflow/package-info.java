/**
 * The flows between domain modules that a host calls for a month-end, as public API:
 *
 * <ul>
 *   <li>{@link io.credere.workflow.ShortPayments}: an allocation result to short-payment claims;
 *       {@link io.credere.workflow.ShortPaymentDisputes}: claims to disputes, opened, routed and
 *       due, the disputes of an earlier run kept (same ids and states, nothing duplicated);
 *   <li>{@link io.credere.workflow.CustomerPayments}: an allocation result to the applied
 *       payments of each customer, for evaluating promises: one customer's cash never counts
 *       toward another's promise, and a payment counts toward one promise only;
 *   <li>{@link io.credere.workflow.DunningExclusionsFlow}: disputes (with their amounts),
 *       promises, payment plans and collection cases to the dunning run's exclusions;
 *   <li>{@link io.credere.workflow.DisputePostings}: a resolved dispute (credit note, write-off)
 *       to the ledger change to post;
 *   <li>{@link io.credere.workflow.InvoiceTerms}: payment terms to an invoice's due date and
 *       {@link io.credere.core.item.EarlyPaymentDiscount}.
 * </ul>
 *
 * <p>Depends on the domain modules (which never depend on it or on each other); pure: no I/O, no
 * clock, no randomness. Every type is immutable and thread-safe.
 */
@CredereStyle
package io.credere.workflow;

import io.credere.core.CredereStyle;
