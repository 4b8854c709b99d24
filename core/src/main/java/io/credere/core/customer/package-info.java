/**
 * {@link io.credere.core.customer.Customer}: a customer account with its credit terms, limit,
 * risk class, hold flag, open orders and known bank accounts.
 */
@CredereStyle
package io.credere.core.customer;

import io.credere.core.CredereStyle;
