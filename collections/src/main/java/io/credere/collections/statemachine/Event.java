package io.credere.collections.statemachine;

import java.time.LocalDate;

/**
 * An event sent to a state machine: an immutable value saying what happened and when. Its
 * {@link #kind()} is what the {@link TransitionTable} is keyed by.
 *
 * <p>Implementations must be immutable and thread-safe.
 *
 * @param <K> the machine's enum of event kinds
 */
public interface Event<K extends Enum<K>> {

  /** What kind of event this is (the key of the transition table). */
  K kind();

  /** The date the event happened (business date, never read from a clock). */
  LocalDate date();
}
