/**
 * Aging: aged receivables reports by bucket, per customer and currency, mergeable and streaming
 * ({@link io.credere.aging.AgingReport}, {@link io.credere.aging.AgingBuckets},
 * {@link io.credere.aging.AgingPolicy}, {@link io.credere.aging.ColumnarLedger} for the bulk
 * path), and the AR KPIs from month-end snapshots ({@link io.credere.aging.ArKpis}: DSO,
 * countback DSO, best possible DSO, average days delinquent, CEI, percent current).
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock (the as-of
 * date is a parameter) and uses no randomness.
 */
@CredereStyle
package io.credere.aging;

import io.credere.core.CredereStyle;
