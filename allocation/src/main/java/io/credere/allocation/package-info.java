/**
 * Cash application: matching incoming payments to open items by references, amounts and payer, with differences (discounts, write-offs, short payments) and an explanation for every decision.
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock and uses no
 * randomness.
 */
package io.credere.allocation;
