package io.credere.allocation;

import io.credere.core.id.CustomerId;

/**
 * A customer whose name resembles a payer's name, with the similarity from 0 (nothing shared)
 * to 1 (the same name once legal forms, punctuation, case and diacritics are set aside).
 *
 * @param customerId the customer
 * @param similarity the similarity, 0 to 1
 */
public record CustomerMatch(CustomerId customerId, double similarity) {}
