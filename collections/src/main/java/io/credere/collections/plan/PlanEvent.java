package io.credere.collections.plan;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.Event;
import io.credere.core.Checks;
import java.time.LocalDate;

/**
 * What can happen to a payment plan. Immutable values; {@link #kind()} keys
 * {@link PaymentPlan#TRANSITIONS}. Sealed: the records below are every event there is, and each
 * refuses a missing argument.
 */
public sealed interface PlanEvent extends Event<PlanEvent.Kind> {

  /** The kinds of plan events. */
  enum Kind {
    /** The customer agreed to the plan. */
    ACCEPT,
    /** A payment was applied to the plan. */
    PAYMENT,
    /** The plan is looked at on a date: defaulted when too many instalments are missed. */
    REVIEW,
    /** The proposal is rejected or withdrawn. */
    CANCEL
  }

  /** The customer agreed on {@code date}. */
  static PlanEvent accept(LocalDate date) {
    return new Accept(date);
  }

  /** A payment applied to the plan. */
  static PlanEvent payment(AppliedPayment payment) {
    return new Payment(payment);
  }

  /** A review as of {@code asOf}. */
  static PlanEvent review(LocalDate asOf) {
    return new Review(asOf);
  }

  /** The proposal rejected or withdrawn on {@code date}. */
  static PlanEvent cancel(LocalDate date) {
    return new Cancel(date);
  }

  /** See {@link #accept(LocalDate)}. */
  record Accept(LocalDate date) implements PlanEvent {
    /** The date is required. */
    public Accept {
      Checks.notNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.ACCEPT;
    }
  }

  /** See {@link #payment(AppliedPayment)}. */
  record Payment(AppliedPayment payment) implements PlanEvent {
    /** The payment is required. */
    public Payment {
      Checks.notNull(payment, "payment");
    }

    @Override
    public Kind kind() {
      return Kind.PAYMENT;
    }

    @Override
    public LocalDate date() {
      return payment.date();
    }
  }

  /** See {@link #review(LocalDate)}. */
  record Review(LocalDate date) implements PlanEvent {
    /** The date is required. */
    public Review {
      Checks.notNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.REVIEW;
    }
  }

  /** See {@link #cancel(LocalDate)}. */
  record Cancel(LocalDate date) implements PlanEvent {
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
