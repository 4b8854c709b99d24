/**
 * Promises to pay: what a customer promised on a call or in a letter (amount, date, documents),
 * the {@link io.credere.collections.promise.PromiseToPay} state machine (OPEN to KEPT,
 * PARTIALLY_KEPT or BROKEN from the payments applied by the promised date plus a grace period)
 * and the {@link io.credere.collections.promise.PromiseOutcome} that tells the dunning run to
 * start again when a promise is broken. Also {@link io.credere.collections.promise.AppliedPayment},
 * the plain value of a payment applied to documents that promises, payment plans and collection
 * cases take.
 *
 * <p>Everything here is immutable and thread-safe; nothing reads a clock.
 */
@CredereStyle
package io.credere.collections.promise;

import io.credere.core.CredereStyle;
