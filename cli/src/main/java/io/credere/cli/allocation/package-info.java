/** The {@code allocate} command: cash application on the contract's files, and its demo step. */
package io.credere.cli.allocation;
