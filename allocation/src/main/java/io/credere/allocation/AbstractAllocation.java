package io.credere.allocation;

import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * One line explaining a payment, the contract's {@code allocate} row: what happened to (part of)
 * the cash, or to a document's open amount, which rule decided and why.
 *
 * <p>Invariants: the amount is positive; a document is named exactly for the document kinds
 * ({@code ALLOCATED}, {@code DISCOUNT}, {@code WRITE_OFF}, {@code SHORT_PAYMENT}) and never for
 * {@code ON_ACCOUNT}/{@code UNAPPLIED}; a customer is named for every kind but
 * {@code UNAPPLIED}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAllocation {

  /** The payment this line explains. */
  public abstract PaymentId paymentId();

  /** What the line does. */
  public abstract AllocationKind kind();

  /** The customer the payment was attributed to; absent only for {@code UNAPPLIED}. */
  public abstract Optional<CustomerId> customerId();

  /** The document concerned; absent for {@code ON_ACCOUNT} and {@code UNAPPLIED}. */
  public abstract Optional<DocumentId> documentId();

  /** The amount, positive, in the payment's (and document's) currency. */
  public abstract Money amount();

  /** The id of the rule that decided, e.g. {@code REFERENCE_AND_AMOUNT}. */
  public abstract String ruleId();

  /** Why; its sentence is the contract's {@code explanation} column. */
  public abstract Explanation explanation();

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw new IllegalArgumentException("Allocation amount must be positive, but was "
          + amount() + " (" + kind() + " of " + paymentId().value() + ")");
    }
    boolean documentKind = kind() != AllocationKind.ON_ACCOUNT
        && kind() != AllocationKind.UNAPPLIED;
    if (documentKind != documentId().isPresent()) {
      throw new IllegalArgumentException("A " + kind() + " line must "
          + (documentKind ? "" : "not ") + "name a document (" + paymentId().value() + ")");
    }
    if ((kind() == AllocationKind.UNAPPLIED) == customerId().isPresent()) {
      throw new IllegalArgumentException("A " + kind() + " line must "
          + (kind() == AllocationKind.UNAPPLIED ? "not " : "") + "name a customer ("
          + paymentId().value() + ")");
    }
  }
}
