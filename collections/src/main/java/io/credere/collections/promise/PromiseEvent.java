package io.credere.collections.promise;

import io.credere.collections.statemachine.Event;
import io.credere.core.Checks;
import java.time.LocalDate;

/**
 * What can happen to a promise to pay: a payment arrives, the promise is evaluated on a date, or
 * it is cancelled. Immutable values; {@link #kind()} keys {@link PromiseToPay#TRANSITIONS}. Sealed:
 * the records below are every event there is, and each refuses a missing argument.
 */
public sealed interface PromiseEvent extends Event<PromiseEvent.Kind> {

  /** The kinds of promise events. */
  enum Kind {
    /** A payment was applied (counts if it is on time and touches the promised documents). */
    PAYMENT,
    /** The promise is looked at on a date: decided once the deadline has passed. */
    EVALUATE,
    /** The promise is withdrawn. */
    CANCEL
  }

  /** A payment applied to the customer's documents. */
  static PromiseEvent payment(AppliedPayment payment) {
    return new Payment(payment);
  }

  /** An evaluation as of {@code asOf}. */
  static PromiseEvent evaluate(LocalDate asOf) {
    return new Evaluate(asOf);
  }

  /** A cancellation on {@code date}. */
  static PromiseEvent cancel(LocalDate date) {
    return new Cancel(date);
  }

  /** A payment applied: see {@link #payment(AppliedPayment)}. */
  record Payment(AppliedPayment payment) implements PromiseEvent {
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

  /** An evaluation: see {@link #evaluate(LocalDate)}. */
  record Evaluate(LocalDate date) implements PromiseEvent {
    /** The date is required. */
    public Evaluate {
      Checks.notNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.EVALUATE;
    }
  }

  /** A cancellation: see {@link #cancel(LocalDate)}. */
  record Cancel(LocalDate date) implements PromiseEvent {
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
