/**
 * The generic machinery every case state machine of the collections module shares: a
 * {@link io.credere.collections.statemachine.TransitionTable} (states, event kinds and the
 * allowed transitions, as data), {@link io.credere.collections.statemachine.StateChange} history
 * entries, and the {@link io.credere.collections.statemachine.IllegalTransitionException} a
 * machine throws when an event is not allowed in the current state.
 *
 * <p>Everything here is immutable and thread-safe.
 */
@CredereStyle
package io.credere.collections.statemachine;

import io.credere.core.CredereStyle;
