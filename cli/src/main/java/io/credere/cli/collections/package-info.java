/**
 * The collections commands: {@code interest} (statutory late-payment interest on one debt),
 * {@code dunning} (the proposed dunning run, with letters) and {@code worklist} (accounts to
 * call today), with the readers of their own files (rate tables, dunning policies).
 */
package io.credere.cli.collections;
