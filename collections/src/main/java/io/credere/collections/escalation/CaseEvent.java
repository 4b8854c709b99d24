package io.credere.collections.escalation;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.Event;
import io.credere.core.Checks;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * What can happen to a collection case. Immutable values; {@link #kind()} keys
 * {@link CollectionCase#TRANSITIONS}. Sealed: the records below are every event there is, and
 * each refuses a missing or meaningless argument (a charge that is not positive, a hand-over to a
 * stage other than AGENCY or LEGAL).
 */
public sealed interface CaseEvent extends Event<CaseEvent.Kind> {

  /** The kinds of case events. */
  enum Kind {
    /** The next reminder or the final demand is sent. */
    ESCALATE,
    /** The case goes to an agency or to legal action. */
    HAND_OVER,
    /** A payment was applied to the case's documents. */
    PAYMENT,
    /** Interest or costs were added. */
    CHARGE,
    /** A contact with the customer was logged. */
    CONTACT,
    /** What is left is written off. */
    WRITE_OFF
  }

  /** The next step sent on {@code date}. */
  static CaseEvent escalate(LocalDate date) {
    return new Escalate(date);
  }

  /** Handed over to {@code target} ({@link CaseStage#AGENCY} or {@link CaseStage#LEGAL}). */
  static CaseEvent handOver(LocalDate date, CaseStage target) {
    return new HandOverTo(date, target);
  }

  /** A payment applied to the case. */
  static CaseEvent payment(AppliedPayment payment) {
    return new Payment(payment);
  }

  /** Interest or costs added on {@code date}; {@code amount} positive. */
  static CaseEvent charge(LocalDate date, ChargeKind kind, Money amount) {
    return new Charge(date, kind, amount);
  }

  /** A contact logged. */
  static CaseEvent contact(ContactNote note) {
    return new Contact(note);
  }

  /** What is left written off on {@code date}. */
  static CaseEvent writeOff(LocalDate date) {
    return new WriteOff(date);
  }

  /** See {@link #escalate(LocalDate)}. */
  record Escalate(LocalDate date) implements CaseEvent {
    /** The date is required. */
    public Escalate {
      Checks.notNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.ESCALATE;
    }
  }

  /** See {@link #handOver(LocalDate, CaseStage)}. */
  record HandOverTo(LocalDate date, CaseStage target) implements CaseEvent {
    /** Date and target are required; the target is AGENCY or LEGAL. */
    public HandOverTo {
      Checks.notNull(date, "date");
      Checks.argument(Checks.notNull(target, "target").isHandedOver(),
          "A case is handed over to AGENCY or LEGAL, not " + target);
    }

    @Override
    public Kind kind() {
      return Kind.HAND_OVER;
    }
  }

  /** See {@link #payment(AppliedPayment)}. */
  record Payment(AppliedPayment payment) implements CaseEvent {
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

  /** See {@link #charge(LocalDate, ChargeKind, Money)}. */
  record Charge(LocalDate date, ChargeKind chargeKind, Money amount) implements CaseEvent {
    /** Date, kind and amount are required; the amount is positive. */
    public Charge {
      Checks.notNull(date, "date");
      Checks.notNull(chargeKind, "chargeKind");
      Checks.argument(Checks.notNull(amount, "amount").isPositive(),
          "A charge must be positive, but was " + amount);
    }

    @Override
    public Kind kind() {
      return Kind.CHARGE;
    }
  }

  /** See {@link #contact(ContactNote)}. */
  record Contact(ContactNote note) implements CaseEvent {
    /** The note is required. */
    public Contact {
      Checks.notNull(note, "note");
    }

    @Override
    public Kind kind() {
      return Kind.CONTACT;
    }

    @Override
    public LocalDate date() {
      return note.date();
    }
  }

  /** See {@link #writeOff(LocalDate)}. */
  record WriteOff(LocalDate date) implements CaseEvent {
    /** The date is required. */
    public WriteOff {
      Checks.notNull(date, "date");
    }

    @Override
    public Kind kind() {
      return Kind.WRITE_OFF;
    }
  }
}
