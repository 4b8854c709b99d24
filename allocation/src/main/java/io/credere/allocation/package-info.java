/**
 * Cash application: matching incoming payments to open items by references, amounts and payer,
 * with differences (discounts, write-offs, short payments) and an explanation for every decision.
 *
 * <p>Entry point: {@link io.credere.allocation.CashApplication}; inputs
 * {@link io.credere.allocation.IncomingPayment}; results
 * {@link io.credere.allocation.AllocationRun}, {@link io.credere.allocation.AllocationResult} and
 * {@link io.credere.allocation.Allocation} lines; the pipeline of
 * {@link io.credere.allocation.AllocationRule}s is listed in
 * {@link io.credere.allocation.AllocationRules}.
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock and uses no
 * randomness.
 */
@CredereStyle
package io.credere.allocation;

import io.credere.core.CredereStyle;
