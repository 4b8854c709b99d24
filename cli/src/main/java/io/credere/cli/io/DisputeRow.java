package io.credere.cli.io;

import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputeState;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One row of a {@code disputes} output ({@code dispute_id,customer_id,document_id,payment_id,
 * currency,amount,reason,owner,status,opened,due,explanation}), as written by
 * {@code ./credere disputes} or edited by a person since (an owner's review, a resolution).
 *
 * @param disputeId {@code D-} and a number
 * @param customerId the customer
 * @param documentId the disputed document
 * @param paymentId the short payment it came from; empty for a dispute raised otherwise
 * @param amount the disputed amount, positive
 * @param reason the contract's reason
 * @param owner the team that owns it
 * @param status where it stands
 * @param opened the date it was opened
 * @param due the date it is to be resolved by
 * @param explanation the sentence, as written
 * @param line the line of the row in its file
 */
public record DisputeRow(String disputeId, CustomerId customerId, DocumentId documentId,
    Optional<PaymentId> paymentId, Money amount, Reason reason, DisputeOwner owner,
    DisputeState status, LocalDate opened, LocalDate due, String explanation, long line) {

  /** The contract's dispute reasons. */
  public enum Reason {
    /** The price charged is not the price agreed (or a discount the customer expects). */
    PRICING,
    /** Fewer goods delivered than invoiced. */
    QUANTITY,
    /** Goods arrived damaged or defective. */
    DAMAGED_GOODS,
    /** Goods not delivered, or delivered late. */
    DELIVERY,
    /** Anything else, or not known (an unexplained short payment). */
    OTHER
  }

  /** The number of the id ({@code 12} for {@code D-000012}). */
  public long number() {
    return Long.parseLong(disputeId.substring(2));
  }

  /** Whether the disputed amount is still held out of dunning ({@code OPEN} or {@code IN_REVIEW}). */
  public boolean isOpen() {
    return status.isOpen();
  }
}
