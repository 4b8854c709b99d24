/**
 * Aging: aged receivables reports by bucket, per customer and currency, mergeable and streaming, and the AR KPIs (DSO, countback DSO, best possible DSO, average days delinquent, CEI, percent current).
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock and uses no
 * randomness.
 */
package io.credere.aging;
