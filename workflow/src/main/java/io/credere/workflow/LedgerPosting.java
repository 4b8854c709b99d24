package io.credere.workflow;

import io.credere.collections.dispute.ResolutionOutcome;
import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The ledger change a resolved dispute posts ({@link DisputePostings}): the disputed document
 * with its reduced open amount and, for a credit note, the new credit note document.
 *
 * @param disputeId the dispute
 * @param outcome {@code CREDIT_NOTE} or {@code WRITE_OFF}
 * @param amount the resolved amount, positive
 * @param document the disputed document after the posting
 * @param creditNote the credit note issued (its open amount what was not applied), for a
 *     {@code CREDIT_NOTE}
 * @param explanation why
 */
public record LedgerPosting(String disputeId, ResolutionOutcome outcome, Money amount,
    OpenItem document, Optional<OpenItem> creditNote, Explanation explanation) {

  /** Checks the arguments. */
  public LedgerPosting {
    Checks.notBlank(disputeId, "disputeId");
    Checks.notNull(outcome, "outcome");
    Checks.notNull(amount, "amount");
    Checks.notNull(document, "document");
    Checks.notNull(creditNote, "creditNote");
    Checks.notNull(explanation, "explanation");
    Checks.argument(amount.isPositive(), "A posting's amount must be positive, not " + amount);
    Checks.argument(creditNote.isPresent() == (outcome == ResolutionOutcome.CREDIT_NOTE),
        "A credit note is posted exactly for a CREDIT_NOTE resolution");
  }

  /**
   * {@code ledger} with the change posted: the disputed document replaced (same position), the
   * credit note appended.
   *
   * @throws IllegalArgumentException when the ledger does not hold the disputed document, or
   *     already holds the credit note's id
   */
  public List<OpenItem> applyTo(List<OpenItem> ledger) {
    Checks.notNull(ledger, "ledger");
    List<OpenItem> after = new ArrayList<>(ledger.size() + 1);
    boolean found = false;
    for (OpenItem item : ledger) {
      if (item.documentId().equals(document.documentId())) {
        Checks.argument(!found, "The ledger holds " + document.documentId().value() + " twice");
        found = true;
        after.add(document);
      } else {
        creditNote.ifPresent(note -> Checks.argument(!item.documentId().equals(note.documentId()),
            "The ledger already holds " + note.documentId().value()));
        after.add(item);
      }
    }
    Checks.argument(found, "The ledger does not hold " + document.documentId().value());
    creditNote.ifPresent(after::add);
    return List.copyOf(after);
  }
}
