/**
 * Credit check speed for a service: one order checked against an indexed book
 * ({@link io.credere.benchmarks.scoring.CreditCheckBenchmark}) side by side with today's
 * whole-book request and a full assessment, and what an open item and the index cost on the
 * heap ({@link io.credere.benchmarks.scoring.OpenItemFootprint}).
 */
package io.credere.benchmarks.scoring;
