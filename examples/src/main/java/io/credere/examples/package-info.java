/**
 * Runnable examples of a host system (an ERP extension, a finance service) embedding Credere.
 * Each is a small class with a {@code main} and a test that checks what it computes; see
 * {@code examples/README.md}.
 */
package io.credere.examples;
