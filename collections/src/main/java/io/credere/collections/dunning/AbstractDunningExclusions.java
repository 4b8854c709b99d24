package io.credere.collections.dunning;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the host knows that keeps items or accounts out of a dunning run: documents in open
 * disputes, documents and accounts under a kept or open promise to pay, documents and accounts in
 * an active payment plan, and accounts in legal escalation. A document flagged {@code disputed}
 * in the ledger is excluded as well.
 *
 * <p>Use {@link #none()} or the generated {@code DunningExclusions.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningExclusions {

  /** Documents with an open dispute. */
  public abstract Set<DocumentId> disputedDocuments();

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

  /** No exclusions beyond the ledger's own {@code disputed} flags. */
  public static DunningExclusions none() {
    return DunningExclusions.builder().build();
  }
}
