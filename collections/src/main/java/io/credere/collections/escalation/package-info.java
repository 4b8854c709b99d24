/**
 * Escalation: the {@link io.credere.collections.escalation.CollectionCase} state machine from
 * reminders through the final demand to a collection agency or legal action (or closed, paid or
 * written off), its waiting periods ({@link io.credere.collections.escalation.EscalationPolicy}),
 * re-anchoring on part payments, and the {@link io.credere.collections.escalation.HandOver}
 * file given to the agency or lawyer (debt, interest, costs, contact history).
 *
 * <p>Everything here is immutable and thread-safe; nothing reads a clock.
 */
@CredereStyle
package io.credere.collections.escalation;

import io.credere.core.CredereStyle;
