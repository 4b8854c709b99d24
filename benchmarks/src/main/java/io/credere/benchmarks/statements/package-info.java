/** Benchmarks of the bank statement readers. */
package io.credere.benchmarks.statements;
