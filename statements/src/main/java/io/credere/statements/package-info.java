/**
 * Bank statements: one model ({@link io.credere.statements.BankStatement} of
 * {@link io.credere.statements.BankTransaction}s) for camt.053/054, MT940/MT942 and BAI2, the
 * streaming readers that fill it ({@link io.credere.statements.StatementReaders}) and the balance
 * control of each statement ({@link io.credere.statements.BalanceCheck}).
 *
 * <p>Depends on {@code credere-core} only. The readers parse streams a host opens (an
 * {@code InputStream} or {@code Reader} plus a source name for messages); the library never opens
 * files, reads no clock and uses no randomness.
 */
@CredereStyle
package io.credere.statements;

import io.credere.core.CredereStyle;
