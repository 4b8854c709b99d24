package io.credere.workflow;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.dispute.DisputeState;
import io.credere.collections.dispute.ResolutionOutcome;
import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A resolved dispute to the ledger change to post:
 *
 * <ul>
 *   <li>{@code CREDIT_NOTE}: a new credit note for the resolved amount, applied to the disputed
 *       document as far as it is still open; what the document no longer has open stays open on
 *       the credit note (a credit the customer can use or have refunded);
 *   <li>{@code WRITE_OFF}: the disputed document's open amount reduced by the resolved amount
 *       (never more than is open);
 *   <li>{@code REJECTED_REBILLED}, or a dispute not resolved: nothing to post.
 * </ul>
 *
 * <p>Nothing is created or lost: the ledger's open total after the posting is the total before
 * less the resolved amount, and the disputed document never goes below zero.
 *
 * <pre>{@code
 * Optional<LedgerPosting> posting = DisputePostings.posting(dispute, invoice,
 *     DocumentId.of("CN-2026-0107"), resolvedOn);
 * List<OpenItem> after = posting.map(p -> p.applyTo(ledger)).orElse(ledger);
 * }</pre>
 */
public final class DisputePostings {

  private DisputePostings() {}

  /**
   * The ledger change of {@code dispute}'s resolution.
   *
   * @param dispute the dispute, RESOLVED to post anything
   * @param document the disputed document as it stands in the ledger now
   * @param creditNoteId the id of the credit note to issue (used for {@code CREDIT_NOTE} only)
   * @param postingDate the date of the credit note
   * @return the change, empty when there is nothing to post
   * @throws IllegalArgumentException when {@code document} is not the dispute's document
   * @throws ValidationException when a write-off exceeds what is open on the document
   */
  public static Optional<LedgerPosting> posting(Dispute dispute, OpenItem document,
      DocumentId creditNoteId, LocalDate postingDate) {
    Checks.notNull(dispute, "dispute");
    Checks.notNull(document, "document");
    Checks.notNull(creditNoteId, "creditNoteId");
    Checks.notNull(postingDate, "postingDate");
    Checks.argument(document.documentId().equals(dispute.documentId())
        && document.customerId().equals(dispute.customerId()),
        "Document " + document.documentId().value() + " of " + document.customerId().value()
            + " is not the disputed " + dispute.documentId().value() + " of "
            + dispute.customerId().value());
    if (dispute.state() != DisputeState.RESOLVED || dispute.resolution().isEmpty()) {
      return Optional.empty();
    }
    DisputeResolution resolution = dispute.resolution().get();
    Money resolved = resolution.amount();
    if (resolution.outcome() == ResolutionOutcome.REJECTED_REBILLED || resolved.isZero()) {
      return Optional.empty();
    }
    Checks.argument(resolved.getCurrencyUnit().equals(document.currency()),
        "Resolution " + resolved + " is not in the currency of " + document.documentId().value());
    Money open = document.openAmount().isPositive() ? document.openAmount()
        : Money.zero(document.currency());
    Money applied = resolved.isGreaterThan(open) ? open : resolved;
    OpenItem reduced = document.withOpenAmount(document.openAmount().minus(applied));
    if (resolution.outcome() == ResolutionOutcome.WRITE_OFF) {
      if (resolved.isGreaterThan(open)) {
        throw ValidationException.of("resolution_amount", Optional.of(resolved.toString()),
            "cannot be written off: only " + open + " is open on "
                + document.documentId().value() + " (dispute " + dispute.disputeId() + ")");
      }
      return Optional.of(new LedgerPosting(dispute.disputeId(), ResolutionOutcome.WRITE_OFF,
          resolved, reduced, Optional.empty(), Explanation.builder()
              .ruleId("DISPUTE_WRITE_OFF").sentence("Dispute " + dispute.disputeId()
                  + " resolved by write-off: " + resolved + " of "
                  + document.documentId().value() + " written off, " + reduced.openAmount()
                  + " stays open.")
              .addReasonCodes("WRITE_OFF").putFacts("dispute_id", dispute.disputeId())
              .putFacts("written_off", resolved.toString()).build()));
    }
    Money unused = resolved.minus(applied);
    OpenItem creditNote = OpenItem.builder().customerId(document.customerId())
        .documentId(creditNoteId).documentType(DocumentType.CREDIT_NOTE)
        .documentDate(postingDate).dueDate(postingDate).amount(resolved.negated())
        .openAmount(unused.negated()).reference(dispute.documentId().value()).build();
    String rest = unused.isZero() ? "" : "; " + unused + " was no longer open on "
        + document.documentId().value() + " and stays open on the credit note";
    return Optional.of(new LedgerPosting(dispute.disputeId(), ResolutionOutcome.CREDIT_NOTE,
        resolved, reduced, Optional.of(creditNote), Explanation.builder()
            .ruleId("DISPUTE_CREDIT_NOTE").sentence("Dispute " + dispute.disputeId()
                + " resolved by credit note " + creditNoteId.value() + " for " + resolved
                + ", applied " + applied + " to " + document.documentId().value() + rest + ".")
            .addReasonCodes("CREDIT_NOTE").putFacts("dispute_id", dispute.disputeId())
            .putFacts("credit_note", creditNoteId.value())
            .putFacts("applied", applied.toString()).build()));
  }
}
