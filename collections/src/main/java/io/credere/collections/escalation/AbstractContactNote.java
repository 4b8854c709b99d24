package io.credere.collections.escalation;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One contact with the customer as a collection case keeps it for the hand-over file: when, by
 * which channel, with what outcome, by whom and what was said. Plain values, so the case works
 * without the contact log module. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractContactNote {

  /** The date of the contact. */
  public abstract LocalDate date();

  /** The channel, e.g. {@code PHONE}, {@code EMAIL}, {@code LETTER}. */
  public abstract String channel();

  /** The outcome, e.g. {@code PROMISED}, {@code NO_ANSWER}, {@code DISPUTED}. */
  public abstract String outcome();

  /** Who made the contact, when known. */
  public abstract Optional<String> collector();

  /** What was said, when noted. */
  public abstract Optional<String> note();
}
