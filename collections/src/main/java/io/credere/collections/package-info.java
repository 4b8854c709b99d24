/**
 * Collections: dunning policies and runs, statutory late-payment interest, promises to pay, payment plans, escalation, disputes and refunds, as pure state machines and policies.
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock and uses no
 * randomness.
 */
package io.credere.collections;
