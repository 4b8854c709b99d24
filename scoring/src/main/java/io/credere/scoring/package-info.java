/**
 * Credit scoring: financial ratios and Altman Z models ({@link io.credere.scoring.AltmanModel}),
 * payment behaviour and the payment index ({@link io.credere.scoring.PaymentBehaviourAnalysis},
 * {@link io.credere.scoring.PaymentIndex}), bureau reports and knock-out rules
 * ({@link io.credere.scoring.CreditReport}, {@link io.credere.scoring.KnockOutRules}), points
 * scorecards with reason codes ({@link io.credere.scoring.Scorecard}), credit limit policies
 * ({@link io.credere.scoring.LimitPolicies}), approval and review
 * ({@link io.credere.scoring.ApprovalMatrix}, {@link io.credere.scoring.ReviewSchedule},
 * {@link io.credere.scoring.ReviewTriggers}) and order credit checks
 * ({@link io.credere.scoring.CreditCheck}). {@link io.credere.scoring.CreditAssessor} ties them
 * together for one customer.
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock (as-of dates
 * are parameters) and uses no randomness. Every value is immutable and thread-safe.
 */
@CredereStyle
package io.credere.scoring;

import io.credere.core.CredereStyle;
