/** The {@code allocate} command: cash application on the contract's files. */
package io.credere.cli.allocation;
