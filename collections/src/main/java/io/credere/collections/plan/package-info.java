/**
 * Payment plans: an instalment {@link io.credere.collections.plan.PaymentSchedule} (equal parts
 * through core's {@code MoneySplit}, or custom), with interest ({@link
 * io.credere.collections.plan.PlanInterest}: flat or on the declining balance, simple, ACT/365)
 * or without; the {@link io.credere.collections.plan.PaymentPlan} state machine PROPOSED to
 * ACTIVE to COMPLETED or DEFAULTED (after N missed instalments, with grace days); payments
 * allocated to instalments oldest first, overpayment reported.
 *
 * <p>Invariants: the principal parts sum to the debt, instalments sum to debt plus interest,
 * payments allocated to an instalment never exceed it. Everything here is immutable and
 * thread-safe; nothing reads a clock.
 */
@CredereStyle
package io.credere.collections.plan;

import io.credere.core.CredereStyle;
