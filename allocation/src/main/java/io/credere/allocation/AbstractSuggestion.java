package io.credere.allocation;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A candidate match for cash left on account or unapplied, for a person to confirm at a
 * glance (the contract's {@code --suggestions} row): the customer, the documents (none for a
 * customer-only candidate), the cash it would apply, the engine's confidence and the evidence.
 * Suggestions never change the allocation. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractSuggestion {

  /** The rank, from 1 (look at this first). */
  public abstract int rank();

  /** The candidate customer. */
  public abstract CustomerId customerId();

  /** The candidate documents, empty for a customer-only candidate. */
  public abstract List<DocumentId> documentIds();

  /** The cash the candidate would apply. */
  public abstract Money amount();

  /**
   * The engine's estimate, 0 to 100, that the candidate is right (calibrated on the quality
   * harnesses so that at least 90 % of suggestions at 90 or above are right).
   */
  public abstract int confidence();

  /** One sentence naming what agrees and what does not. */
  public abstract String evidence();

  @Value.Check
  void check() {
    if (rank() < 1 || confidence() < 0 || confidence() > 100 || amount().isNegative()) {
      throw new IllegalArgumentException("Suggestion rank from 1, confidence 0 to 100 and a "
          + "non-negative amount, but was " + rank() + ", " + confidence() + ", " + amount());
    }
  }
}
