package io.credere.collections.dispute;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A document paid short, as cash application reports it (a {@code SHORT_PAYMENT} line): the
 * customer, the document, what stayed open, the payment and its remittance text. A host maps its
 * allocation result to it; {@link DisputeRequest#fromShortPayment} opens a dispute from it.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractShortPaymentClaim {

  /** The customer who paid short. */
  public abstract CustomerId customerId();

  /** The document paid short. */
  public abstract DocumentId documentId();

  /** What stayed open on the document, positive. */
  public abstract Money shortAmount();

  /** The date of the payment. */
  public abstract LocalDate paymentDate();

  /** The payment, when known. */
  public abstract Optional<PaymentId> paymentId();

  /** The payment's remittance text, when there was one (the reason is read from it). */
  public abstract Optional<String> remittance();

  @Value.Check
  void check() {
    if (!shortAmount().isPositive()) {
      throw ValidationException.of("short_amount", Optional.of(shortAmount().toString()),
          "must be positive for " + documentId());
    }
  }
}
