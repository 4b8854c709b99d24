/**
 * Credere's errors: {@link io.credere.core.error.CredereException} at the root and
 * {@link io.credere.core.error.ValidationException} for input that breaks a rule, carrying the
 * field, the value and where it was read ({@link io.credere.core.error.InputPosition}).
 *
 * <p>Business outcomes (an order held, cash left unapplied) are results, never exceptions.
 */
package io.credere.core.error;
