package io.credere.allocation;

import io.credere.core.id.PaymentId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.MultiCurrencyAmount;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The result of applying a batch of payments to a ledger: one {@link AllocationResult} per
 * payment in input order, and the ledger after the run (same items in the same order with open
 * amounts reduced, settled items kept with zero open, then one new {@code PAYMENT} item per
 * on-account or unapplied amount, in payment order). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAllocationRun {

  /** One result per payment, in input order. */
  public abstract List<AllocationResult> results();

  /**
   * The ledger after the run, for a run on a list of items ({@link CashApplication#apply(List,
   * List, List)}); empty for a run on a {@link LedgerIndex}, which returns only
   * {@link #changes()} (book them with {@link LedgerIndex#post(AllocationRun)}).
   */
  public abstract List<OpenItem> ledgerAfter();

  /**
   * The items the run changed, with their open amounts after it, in ledger order, then the new
   * {@code PAYMENT} items (on account, unapplied) in payment order.
   */
  public abstract List<OpenItem> changes();

  /** Every line of the run, grouped by payment in input order (the contract's row order). */
  public final List<Allocation> lines() {
    List<Allocation> lines = new ArrayList<>();
    for (AllocationResult result : results()) {
      lines.addAll(result.lines());
    }
    return lines;
  }

  /** The result for a payment, when it was in the run. */
  public final Optional<AllocationResult> findResult(PaymentId paymentId) {
    return results().stream().filter(r -> r.payment().paymentId().equals(paymentId)).findFirst();
  }

  /** The total of every line of {@code kind}, per currency. */
  public final MultiCurrencyAmount total(AllocationKind kind) {
    return totals().getOrDefault(kind, MultiCurrencyAmount.empty());
  }

  /**
   * The total of each kind of line the run has, per currency (made in one pass over the lines,
   * the first time a total is asked for).
   */
  @Value.Lazy
  public Map<AllocationKind, MultiCurrencyAmount> totals() {
    Map<AllocationKind, List<Money>> amounts = new EnumMap<>(AllocationKind.class);
    for (AllocationResult result : results()) {
      for (Allocation line : result.lines()) {
        amounts.computeIfAbsent(line.kind(), k -> new ArrayList<>()).add(line.amount());
      }
    }
    Map<AllocationKind, MultiCurrencyAmount> totals = new EnumMap<>(AllocationKind.class);
    amounts.forEach((kind, list) -> totals.put(kind, MultiCurrencyAmount.of(list)));
    return java.util.Collections.unmodifiableMap(totals);
  }

  /** How many payments had their documents determined (some cash went to documents). */
  @Value.Lazy
  public long matchedCount() {
    return results().stream().filter(AllocationResult::isMatched).count();
  }

  /** Matched payments over all payments, 0 for an empty run. */
  public final double autoMatchRate() {
    return results().isEmpty() ? 0 : (double) matchedCount() / results().size();
  }
}
