/**
 * Runnable examples of a host system (an ERP extension, a finance service) embedding Credere.
 * Each is a small class with a {@code main}; {@code ExamplesTest} runs them all and checks what
 * they produce.
 */
package io.credere.examples;
