package io.credere.collections.contact;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One entry of the contact log: who (the collector) contacted which customer, when, how, what
 * came of it, an optional note, and, for a promise to pay, the promised amount and date, with
 * the documents the contact was about.
 *
 * <p>Invariants, refused with a {@link io.credere.core.error.ValidationException}: the collector is not blank; a
 * promised amount is positive; an outcome of {@link ContactOutcome#PROMISED_TO_PAY} has both a
 * promised amount and a promised date, and no other outcome has either; a promised date is not
 * before the contact date. Use the generated {@code ContactRecord.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractContactRecord {

  /** The customer contacted. */
  public abstract CustomerId customerId();

  /** The date of the contact. */
  public abstract LocalDate date();

  /** How the customer was contacted. */
  public abstract ContactChannel channel();

  /** What came of it. */
  public abstract ContactOutcome outcome();

  /** Who made the contact (the collector's name or user id). */
  public abstract String collector();

  /** A free-text note, when one was written. */
  public abstract Optional<String> note();

  /** The amount promised, present exactly when the outcome is {@code PROMISED_TO_PAY}. */
  public abstract Optional<Money> promisedAmount();

  /** The date by which payment was promised, present exactly with a promised amount. */
  public abstract Optional<LocalDate> promisedDate();

  /** The documents the contact was about, in the order given; may be empty (the whole account). */
  public abstract List<DocumentId> documents();

  /** Whether this contact recorded a promise to pay. */
  public final boolean isPromise() {
    return outcome() == ContactOutcome.PROMISED_TO_PAY;
  }

  @Value.Check
  void check() {
    String id = customerId().value();
    if (collector().isBlank()) {
      throw ValidationException.of("collector", Optional.of(collector()),
          "must not be blank for a contact with " + id);
    }
    promisedAmount().ifPresent(amount -> {
      if (!amount.isPositive()) {
        throw ValidationException.of("promised_amount", Optional.of(amount.toString()),
            "must be positive for a contact with " + id);
      }
    });
    if (isPromise() && (promisedAmount().isEmpty() || promisedDate().isEmpty())) {
      throw ValidationException.of("outcome", Optional.of(outcome().name()),
          "needs a promised amount and a promised date for a contact with " + id);
    }
    if (!isPromise() && (promisedAmount().isPresent() || promisedDate().isPresent())) {
      throw ValidationException.of("outcome", Optional.of(outcome().name()),
          "cannot carry a promised amount or date (only PROMISED_TO_PAY can) for a contact with "
              + id);
    }
    promisedDate().ifPresent(promised -> {
      if (promised.isBefore(date())) {
        throw ValidationException.of("promised_date", Optional.of(promised.toString()),
            "is before the contact date " + date() + " for a contact with " + id);
      }
    });
  }
}
