package io.credere.scoring;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A legal event on a credit report: what happened, when, and the amount involved when known.
 * Use {@code LegalEvent.of(type, date)} or the builder. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractLegalEvent {

  /** What happened. */
  @Value.Parameter
  public abstract LegalEventType type();

  /** When it happened (filed, decided). */
  @Value.Parameter
  public abstract LocalDate date();

  /** The amount at stake, when the report gives one. */
  public abstract Optional<Money> amount();
}
