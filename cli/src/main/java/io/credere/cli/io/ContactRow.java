package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One row of the contract's {@code contacts} file: a call, email, letter or meeting with a
 * customer, what came of it and, for a promise to pay, the amount and date promised.
 *
 * <p>Invariant (checked by {@link ContactsFile}): a {@link Outcome#PROMISE_TO_PAY} row has a
 * promised amount (positive, in the row's currency) and a promised date not before the contact.
 *
 * @param customerId the customer contacted
 * @param date the date of the contact
 * @param channel how the customer was contacted
 * @param outcome what came of it
 * @param promisedAmount the amount promised (with its currency), when the row gives one
 * @param promisedDate the date promised, when the row gives one
 * @param documents the documents the contact was about; empty for the account as a whole
 * @param note the collector's note, when written
 * @param line the line of the row in its file
 */
public record ContactRow(CustomerId customerId, LocalDate date, Channel channel, Outcome outcome,
    Optional<Money> promisedAmount, Optional<LocalDate> promisedDate, List<DocumentId> documents,
    Optional<String> note, long line) {

  /** The contract's {@code channel} values. */
  public enum Channel {
    /** A telephone call. */
    PHONE,
    /** An email. */
    EMAIL,
    /** A letter. */
    LETTER,
    /** A meeting. */
    MEETING
  }

  /** The contract's {@code outcome} values. */
  public enum Outcome {
    /** The customer promised to pay an amount by a date. */
    PROMISE_TO_PAY,
    /** The customer disputes (part of) a document. */
    DISPUTE_RAISED,
    /** The customer asked to be called back. */
    CALL_BACK,
    /** Nobody was reached. */
    NO_CONTACT,
    /** The customer says the money was paid. */
    PAYMENT_CLAIMED,
    /** The customer refused to pay. */
    REFUSED
  }

  /** Checks the arguments. */
  public ContactRow {
    java.util.Objects.requireNonNull(customerId, "customerId");
    java.util.Objects.requireNonNull(date, "date");
    java.util.Objects.requireNonNull(channel, "channel");
    java.util.Objects.requireNonNull(outcome, "outcome");
    java.util.Objects.requireNonNull(promisedAmount, "promisedAmount");
    java.util.Objects.requireNonNull(promisedDate, "promisedDate");
    documents = List.copyOf(documents);
    java.util.Objects.requireNonNull(note, "note");
    if (outcome == Outcome.PROMISE_TO_PAY
        && (promisedAmount.isEmpty() || promisedDate.isEmpty())) {
      throw new IllegalArgumentException("A promise to pay needs an amount and a date (line "
          + line + ")");
    }
  }

  /** Whether this contact recorded a promise to pay. */
  public boolean isPromise() {
    return outcome == Outcome.PROMISE_TO_PAY;
  }
}
