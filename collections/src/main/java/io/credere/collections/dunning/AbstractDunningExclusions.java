package io.credere.collections.dunning;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What the host knows that keeps items or accounts out of a dunning run: documents disputed as a
 * whole, amounts of documents under open dispute (a partial dispute keeps only its amount out; the
 * undisputed rest is still dunned), documents and accounts under a kept or open promise to pay,
 * documents and accounts in an active payment plan, and accounts in legal escalation. A document
 * flagged {@code disputed} in the ledger is excluded as a whole.
 *
 * <p>{@code io.credere.workflow.DunningExclusionsFlow} builds it from a host's disputes,
 * promises, plans and collection cases.
 *
 * <p>Use {@link #none()} or the generated {@code DunningExclusions.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningExclusions {

  /** Documents disputed as a whole (nothing of them is dunned). */
  public abstract Set<DocumentId> disputedDocuments();

  /**
   * Amounts under open dispute per document, positive, in the document's currency: only this
   * amount is kept out of dunning; the rest of the document's open amount is still dunned. An
   * amount at or above the open amount keeps the whole document out.
   */
  public abstract Map<DocumentId, Money> disputedAmounts();

  /** The amount of {@code document} under open dispute, when some is. */
  public final Optional<Money> findDisputedAmount(DocumentId document) {
    return Optional.ofNullable(disputedAmounts().get(document));
  }

  /** Documents under a kept or open promise to pay. */
  public abstract Set<DocumentId> promisedDocuments();

  /** Customers whose whole account is under a kept or open promise to pay. */
  public abstract Set<CustomerId> promisedCustomers();

  /** Documents in an active payment plan. */
  public abstract Set<DocumentId> paymentPlanDocuments();

  /** Customers whose whole account is in an active payment plan. */
  public abstract Set<CustomerId> paymentPlanCustomers();

  /** Customers in legal escalation (or with an agency): dunning has ended for them. */
  public abstract Set<CustomerId> legalEscalationCustomers();

  @Value.Check
  void check() {
    disputedAmounts().forEach((document, amount) -> {
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("Disputed amount of " + document.value()
            + " must be positive, but was " + amount);
      }
    });
  }

  /** No exclusions beyond the ledger's own {@code disputed} flags. */
  public static DunningExclusions none() {
    return DunningExclusions.builder().build();
  }
}
