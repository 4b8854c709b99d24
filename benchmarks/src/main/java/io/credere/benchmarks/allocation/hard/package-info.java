/**
 * The hard cash-application harness: a seeded generator of realistic bank months (near-namesake
 * customers, slipped and colliding references, numbers that are not references, third-party
 * payers, discounts, fees, bank charges, credit notes, duplicates) with the booking a careful
 * credit controller would make, hand-written cases for every situation of issue 11, and a scorer
 * that runs them through the library (or reads a {@code ./credere allocate} output) and counts
 * exact, wrong, wrong-customer and abstained payments per situation.
 */
package io.credere.benchmarks.allocation.hard;
