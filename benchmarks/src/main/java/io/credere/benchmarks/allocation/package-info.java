/** Cash application quality harness (noisy remittances with the true answer) and speed run. */
package io.credere.benchmarks.allocation;
