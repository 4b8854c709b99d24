package io.credere.scoring;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * An invoice the customer has paid: how much, when it was due and when it was paid. The raw
 * material of payment behaviour. Use the generated {@code SettledInvoice.builder()}. Immutable
 * and thread-safe.
 */
@Value.Immutable
abstract class AbstractSettledInvoice {

  /** The customer who paid. */
  public abstract CustomerId customerId();

  /** The invoice. */
  public abstract DocumentId documentId();

  /** The invoice amount (its absolute value weighs the invoice in averages). */
  public abstract Money amount();

  /** When it was due. */
  public abstract LocalDate dueDate();

  /** When it was paid. */
  public abstract LocalDate paidDate();

  /** When it was issued, when known (sales history falls back to the due date). */
  public abstract Optional<LocalDate> documentDate();

  /** Days from due date to paid date: positive when paid late, negative when paid early. */
  public final long daysBeyondTerms() {
    return ChronoUnit.DAYS.between(dueDate(), paidDate());
  }

  /** The date the sale counts on: the document date, else the due date. */
  public final LocalDate saleDate() {
    return documentDate().orElse(dueDate());
  }
}
