/**
 * The {@code score} and {@code credit-check} commands: read the contract's customers, ledger,
 * history and financials files, run {@link io.credere.scoring.CreditAssessor} and
 * {@link io.credere.scoring.CreditCheck}, and write the contract's columns.
 */
package io.credere.cli.scoring;
