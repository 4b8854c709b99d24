package io.credere.allocation;

import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What became of one payment: the customer it was attributed to, its {@link Allocation} lines in
 * the contract's order, the credit notes netted, and the new {@code PAYMENT} open item holding
 * cash left on account or in suspense.
 *
 * <p>Invariant (checked): {@code ALLOCATED + ON_ACCOUNT + UNAPPLIED} equals the payment amount.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAllocationResult {

  /** The payment. */
  public abstract IncomingPayment payment();

  /** The customer the payment was attributed to; absent when the payer was not identified. */
  public abstract Optional<CustomerId> customerId();

  /** The lines, in output order (a {@code SHORT_PAYMENT} line comes after the cash lines). */
  public abstract List<Allocation> lines();

  /** Credit notes netted against debit documents while applying this payment. */
  public abstract List<CreditNetting> nettings();

  /** The new {@code PAYMENT} item holding the on-account or unapplied cash, when there is some. */
  public abstract Optional<OpenItem> unappliedItem();

  /**
   * For cash left on account or unapplied, up to three candidate matches, best first (empty
   * when the payment was fully applied or nothing came near).
   */
  public abstract List<Suggestion> suggestions();

  /** The sum of the lines of {@code kind}, zero when none. */
  public final Money total(AllocationKind kind) {
    long sum = 0;
    for (Allocation line : lines()) {
      if (line.kind() == kind) {
        sum += line.amount().getAmountMinorLong();
      }
    }
    return Monies.ofMinor(payment().currency(), sum);
  }

  /** Whether the payment's documents were determined: some of its cash went to documents. */
  public final boolean isMatched() {
    return lines().stream().anyMatch(line -> line.kind() == AllocationKind.ALLOCATED);
  }

  /** The rule that decided the cash (of the first cash line). */
  public final String ruleId() {
    return lines().stream().filter(line -> line.kind().isCash()).findFirst()
        .map(Allocation::ruleId).orElse("NONE");
  }

  @Value.Check
  void check() {
    long cash = 0;
    for (Allocation line : lines()) {
      if (!line.amount().getCurrencyUnit().equals(payment().currency())) {
        throw new IllegalArgumentException("Allocation line " + line.amount()
            + " is not in the currency of payment " + payment().paymentId().value());
      }
      if (line.kind().isCash()) {
        cash += line.amount().getAmountMinorLong();
      }
    }
    if (cash != payment().amount().getAmountMinorLong()) {
      throw new IllegalStateException("Cash lines of payment " + payment().paymentId().value()
          + " sum to " + Monies.ofMinor(payment().currency(), cash) + ", not the payment amount "
          + payment().amount());
    }
  }
}
