/**
 * Disputes: the {@link io.credere.collections.dispute.Dispute} state machine (OPEN to IN_REVIEW
 * to RESOLVED as credit note, write-off or rejected-and-rebilled, or CANCELLED), created from a
 * short payment ({@link io.credere.collections.dispute.ShortPaymentClaim}) or by a controller
 * ({@link io.credere.collections.dispute.DisputeRequest}), with reason codes, routing to an owner
 * by a {@link io.credere.collections.dispute.DisputeRouting} strategy, due dates per reason in
 * business days ({@link io.credere.collections.dispute.DisputePolicy}), and the disputed amounts
 * a dunning run must leave out ({@link io.credere.collections.dispute.DisputedAmounts}).
 *
 * <p>Everything here is immutable and thread-safe; nothing reads a clock.
 */
@CredereStyle
package io.credere.collections.dispute;

import io.credere.core.CredereStyle;
