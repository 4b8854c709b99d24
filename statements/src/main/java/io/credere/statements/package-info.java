/**
 * Bank statements: camt.053/054, MT940/MT942 and BAI2 readers into one model of statements and transactions.
 *
 * <p>Depends on {@code credere-core} only; does no I/O of its own, reads no clock and uses no
 * randomness.
 */
package io.credere.statements;
