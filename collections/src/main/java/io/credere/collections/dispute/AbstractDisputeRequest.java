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
 * What a dispute is opened for: a customer disputes {@link #amount()} of a document for a
 * reason, raised on a date, from a short payment or by a controller. Build with
 * {@code DisputeRequest.builder()} or {@link #fromShortPayment}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDisputeRequest {

  /**
   * The request for a short payment: the short amount is disputed, the reason read from the
   * remittance ({@link DisputeReasons#classify}; OTHER without one), raised on the payment date.
   */
  public static DisputeRequest fromShortPayment(ShortPaymentClaim claim) {
    return DisputeRequest.builder().customerId(claim.customerId())
        .documentId(claim.documentId()).amount(claim.shortAmount())
        .reason(claim.remittance().map(DisputeReasons::classify).orElse(DisputeReason.OTHER))
        .origin(DisputeOrigin.SHORT_PAYMENT).raisedOn(claim.paymentDate())
        .paymentId(claim.paymentId()).note(claim.remittance()).build();
  }

  /** The customer. */
  public abstract CustomerId customerId();

  /** The disputed document. */
  public abstract DocumentId documentId();

  /** The amount disputed, positive. */
  public abstract Money amount();

  /** Why. */
  public abstract DisputeReason reason();

  /** How the dispute came about. */
  @Value.Default
  public DisputeOrigin origin() {
    return DisputeOrigin.CONTROLLER;
  }

  /** The date it was raised (due dates count from it). */
  public abstract LocalDate raisedOn();

  /** The short payment, when it came from one. */
  public abstract Optional<PaymentId> paymentId();

  /** What the customer said, when noted (the remittance of a short payment). */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw ValidationException.of("amount", Optional.of(amount().toString()),
          "must be positive for a dispute on " + documentId());
    }
  }
}
