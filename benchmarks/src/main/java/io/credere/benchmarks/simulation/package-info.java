/**
 * A deterministic simulation of an accounts-receivable year, after TigerBeetle's simulator
 * (VOPR): from one seed, a customer base is invoiced, pays with the noise of real banks, is
 * cash-applied through the library's public API (on a {@code LedgerIndex} kept current as a
 * host keeps it) and sometimes reversed, gets credit notes, disputes, promises, payment plans,
 * dunning runs, collection cases, write-offs, offsets and refunds, while a checker verifies
 * after every step what the step touched and, every 1,000 steps, the whole ledger (every cent of
 * every customer, the index against the ledger, aging totals, state machines, explanations). A
 * failing seed is shrunk to a short operation sequence that still fails.
 *
 * <p>{@link io.credere.benchmarks.simulation.Simulation} is the entry point
 * ({@code benchmarks/scripts/simulate.sh SEED OPERATIONS}). Randomness lives here, in
 * {@link java.util.SplittableRandom}, never in the domain modules.
 */
package io.credere.benchmarks.simulation;
