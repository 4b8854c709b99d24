/**
 * Dunning: a {@link io.credere.collections.dunning.DunningPolicy} as data (levels with days
 * overdue, minimum amount, {@link io.credere.collections.dunning.DunningChannel}, fee, interest
 * and waiting days), and the dunning run as a pure function,
 * {@link io.credere.collections.dunning.DunningRun#propose}, from the ledger, customers, the
 * {@link io.credere.collections.dunning.DunningNotice}s already sent and the host's
 * {@link io.credere.collections.dunning.DunningExclusions} to one
 * {@link io.credere.collections.dunning.DunningProposal} per customer and currency, each with its
 * {@link io.credere.core.explain.Explanation} and every exclusion recorded.
 */
@CredereStyle
package io.credere.collections.dunning;

import io.credere.core.CredereStyle;
