package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One row of an {@code allocate} output read back as input ({@code disputes --allocations}). The
 * output has no currency column: {@link #amount()} is the plain positive number, to be read in the
 * document's (or payment's) currency by whoever knows it.
 *
 * @param paymentId the payment the row explains
 * @param customerId the customer the payment was attributed to; empty for {@code UNAPPLIED}
 * @param documentId the document; empty for {@code ON_ACCOUNT} and {@code UNAPPLIED}
 * @param kind what the row does, one of {@link AllocationsFile#KINDS}
 * @param amount the amount, positive, as written
 * @param line the line of the row in its file
 */
public record AllocationRow(PaymentId paymentId, Optional<CustomerId> customerId,
    Optional<DocumentId> documentId, String kind, BigDecimal amount, long line) {

  /** Whether this row is a {@code SHORT_PAYMENT}. */
  public boolean isShortPayment() {
    return kind.equals("SHORT_PAYMENT");
  }
}
