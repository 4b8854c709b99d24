package io.credere.collections.statemachine;

import io.credere.core.Checks;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a case's history: on {@code date}, event {@code event} moved the case from
 * {@code from} to {@code to} (the same state for an event that changes only amounts or dates),
 * with a short readable {@code detail}. Histories are append-only: every command returns a case
 * whose history is the old one plus one entry.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the machine's enum of states
 */
public final class StateChange<S extends Enum<S>> {

  private final LocalDate date;
  private final String event;
  private final S from;
  private final S to;
  private final String detail;

  private StateChange(LocalDate date, String event, S from, S to, String detail) {
    this.date = Checks.notNull(date, "date");
    this.event = Checks.notBlank(event, "event");
    this.from = Checks.notNull(from, "from");
    this.to = Checks.notNull(to, "to");
    this.detail = Checks.notNull(detail, "detail");
  }

  /**
   * A history entry.
   *
   * @param date the event's date
   * @param event the event's kind
   * @param from the state before
   * @param to the state after
   * @param detail a short readable note (amounts, reasons); may be empty, never null
   */
  public static <S extends Enum<S>> StateChange<S> of(LocalDate date, Enum<?> event, S from, S to,
      String detail) {
    return new StateChange<>(date, Checks.notNull(event, "event").name(), from, to, detail);
  }

  /** The event's date. */
  public LocalDate date() {
    return date;
  }

  /** The event's kind. */
  public String event() {
    return event;
  }

  /** The state before the event. */
  public S from() {
    return from;
  }

  /** The state after the event. */
  public S to() {
    return to;
  }

  /** A short readable note; may be empty. */
  public String detail() {
    return detail;
  }

  /** Reads as {@code 2026-11-20 PAYMENT: OPEN -> KEPT (EUR 100.00 paid)}. */
  @Override
  public String toString() {
    return date + " " + event + ": " + from + " -> " + to
        + (detail.isEmpty() ? "" : " (" + detail + ")");
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof StateChange)) {
      return false;
    }
    StateChange<?> that = (StateChange<?>) other;
    return date.equals(that.date) && event.equals(that.event) && from.equals(that.from)
        && to.equals(that.to) && detail.equals(that.detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, event, from, to, detail);
  }
}
