/**
 * Credit scoring: financial ratios and Altman Z models, payment behaviour (payment index), bureau reports, scorecards with reason codes, credit limit policies and order credit checks.
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock and uses no
 * randomness.
 */
package io.credere.scoring;
