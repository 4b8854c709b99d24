package io.credere.collections.dispute;

import io.credere.collections.statemachine.Event;
import io.credere.core.Checks;
import java.time.LocalDate;

/**
 * What can happen to a dispute. Immutable values; {@link #kind()} keys
 * {@link Dispute#TRANSITIONS}.
 */
public interface DisputeEvent extends Event<DisputeEvent.Kind> {

  /** The kinds of dispute events. */
  enum Kind {
    /** The owner starts investigating. */
    START_REVIEW,
    /** The dispute moves to another owner. */
    REASSIGN,
    /** The dispute is decided. */
    RESOLVE,
    /** The dispute is withdrawn. */
    CANCEL
  }

  /** The owner starts the review on {@code date}. */
  static DisputeEvent startReview(LocalDate date) {
    return new StartReview(Checks.notNull(date, "date"));
  }

  /** Moved to {@code owner} on {@code date}. */
  static DisputeEvent reassign(LocalDate date, DisputeOwner owner) {
    return new Reassign(Checks.notNull(date, "date"), Checks.notNull(owner, "owner"));
  }

  /** Decided on {@code date}. */
  static DisputeEvent resolve(LocalDate date, DisputeResolution resolution) {
    return new Resolve(Checks.notNull(date, "date"), Checks.notNull(resolution, "resolution"));
  }

  /** Withdrawn on {@code date}. */
  static DisputeEvent cancel(LocalDate date) {
    return new Cancel(Checks.notNull(date, "date"));
  }

  /** See {@link #startReview(LocalDate)}. */
  record StartReview(LocalDate date) implements DisputeEvent {
    @Override
    public Kind kind() {
      return Kind.START_REVIEW;
    }
  }

  /** See {@link #reassign(LocalDate, DisputeOwner)}. */
  record Reassign(LocalDate date, DisputeOwner owner) implements DisputeEvent {
    @Override
    public Kind kind() {
      return Kind.REASSIGN;
    }
  }

  /** See {@link #resolve(LocalDate, DisputeResolution)}. */
  record Resolve(LocalDate date, DisputeResolution resolution) implements DisputeEvent {
    @Override
    public Kind kind() {
      return Kind.RESOLVE;
    }
  }

  /** See {@link #cancel(LocalDate)}. */
  record Cancel(LocalDate date) implements DisputeEvent {
    @Override
    public Kind kind() {
      return Kind.CANCEL;
    }
  }
}
