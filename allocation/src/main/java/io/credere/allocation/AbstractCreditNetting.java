package io.credere.allocation;

import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A credit note cleared against a debit document while applying a payment (the remittance named
 * both and the amounts say the customer netted them): both open amounts shrink by
 * {@link #amount()}, no cash moves. Kept on the {@link AllocationResult} so the ledger after the
 * run and a reversal are exact. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCreditNetting {

  /** The payment during which the netting happened. */
  public abstract PaymentId paymentId();

  /** The credit note consumed. */
  public abstract DocumentId creditNote();

  /** The invoice or debit note it was netted against. */
  public abstract DocumentId debitDocument();

  /** The amount netted, positive. */
  public abstract Money amount();

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw new IllegalArgumentException("Netted amount must be positive, but was " + amount());
    }
  }
}
