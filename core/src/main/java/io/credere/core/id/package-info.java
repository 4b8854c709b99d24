/**
 * Identifiers as values: {@link io.credere.core.id.CustomerId}, {@link io.credere.core.id.DocumentId},
 * {@link io.credere.core.id.PaymentId}. Each is trimmed, never blank, compared in code-point order,
 * and prints exactly the text it was made of.
 */
package io.credere.core.id;
