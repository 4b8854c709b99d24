/**
 * The {@code ./credere} command-line tool: {@link io.credere.cli.Main} and the top command
 * {@link io.credere.cli.CredereCli}, whose subcommands follow the file contract (see the README).
 * Exit codes: 0 success, 1 invalid input, 2 wrong usage.
 */
package io.credere.cli;
