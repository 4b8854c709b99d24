/**
 * Statutory late-payment interest and fixed compensation on commercial debts:
 * {@link io.credere.collections.interest.InterestRegime} (UK Late Payment Act 1998, EU Directive
 * 2011/7/EU, German BGB section 288), {@link io.credere.collections.interest.RateTable} (the
 * reference rate history a host supplies) and
 * {@link io.credere.collections.interest.LateInterestCalculator}, which gives a
 * {@link io.credere.collections.interest.LateInterest} with one
 * {@link io.credere.collections.interest.InterestPeriod} per rate applied.
 *
 * <p>Interest runs from the day after the due date to the paid date inclusive, simple interest
 * on actual days over 365, summed exactly and rounded once, HALF_EVEN, at the currency's scale.
 */
@CredereStyle
package io.credere.collections.interest;

import io.credere.core.CredereStyle;
