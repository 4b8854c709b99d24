package io.credere.collections.dispute;

import io.credere.collections.statemachine.Event;
import io.credere.core.Checks;
import java.time.LocalDate;

/**
 * What can happen to a dispute. Immutable values; {@link #kind()} keys
 * {@link Dispute#TRANSITIONS}. Sealed: the records below are every event there is, and each
 * refuses a missing argument.
 */
public sealed interface DisputeEvent extends Event<DisputeEvent.Kind> {

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
    return new StartReview(date);
  }

  /** Moved to {@code owner} on {@code date}. */
  static DisputeEvent reassign(LocalDate date, DisputeOwner owner) {
    return new Reassign(date, owner);
  }

  /** Decided on {@code date}. */
  static DisputeEvent resolve(LocalDate date, DisputeResolution resolution) {
    return new Resolve(date, resolution);
  }

  /** Withdrawn on {@code date}. */
  static DisputeEvent cancel(LocalDate date) {
    return new Cancel(date);
  }

  /** See {@link #startReview(LocalDate)}. */
  record StartReview(LocalDate date) implements DisputeEvent {
    /** The date is required. */
    public StartReview {
      Checks.notNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.START_REVIEW;
    }
  }

  /** See {@link #reassign(LocalDate, DisputeOwner)}. */
  record Reassign(LocalDate date, DisputeOwner owner) implements DisputeEvent {
    /** Date and new owner are required. */
    public Reassign {
      Checks.notNull(date, "date");
      Checks.notNull(owner, "owner");
    }

    @Override
    public Kind kind() {
      return Kind.REASSIGN;
    }
  }

  /** See {@link #resolve(LocalDate, DisputeResolution)}. */
  record Resolve(LocalDate date, DisputeResolution resolution) implements DisputeEvent {
    /** Date and resolution are required. */
    public Resolve {
      Checks.notNull(date, "date");
      Checks.notNull(resolution, "resolution");
    }

    @Override
    public Kind kind() {
      return Kind.RESOLVE;
    }
  }

  /** See {@link #cancel(LocalDate)}. */
  record Cancel(LocalDate date) implements DisputeEvent {
    /** The date is required. */
    public Cancel {
      Checks.notNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.CANCEL;
    }
  }
}
