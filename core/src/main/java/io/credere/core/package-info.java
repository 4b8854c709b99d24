/**
 * The shared vocabulary of Credere: the house value style ({@link io.credere.core.CredereStyle})
 * and argument checks ({@link io.credere.core.Checks}).
 *
 * <p>Sub-packages hold money ({@code money}), identifiers ({@code id}), customers
 * ({@code customer}), open items ({@code item}), payment terms and business calendars
 * ({@code terms}), explanations ({@code explain}) and errors ({@code error}). Nothing here
 * does I/O, reads a clock or uses randomness.
 */
package io.credere.core;
