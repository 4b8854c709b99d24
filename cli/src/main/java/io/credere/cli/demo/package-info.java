/**
 * {@code ./credere demo}: a credit controller's month on the sample data shipped in the jar
 * ({@code examples/data} in the repository). Each part of the month is a
 * {@link io.credere.cli.demo.DemoStep}; {@link io.credere.cli.demo.DemoSteps#all()} is the one
 * list to extend. Every step lives here, in this package; the command packages hold the
 * commands and what a step shares with its command, and never depend on the demo.
 */
package io.credere.cli.demo;
