package io.credere.scoring;

import io.credere.core.id.CustomerId;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How a customer pays, from settled invoices and the open items at the as-of date. Every figure
 * is empty where there is nothing to compute it from. Made by
 * {@link PaymentBehaviourAnalysis#analyse}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractPaymentBehaviour {

  /** The customer. */
  public abstract CustomerId customerId();

  /** Settled invoices analysed. */
  public abstract int settledInvoices();

  /** Amount-weighted mean days beyond terms, 1 decimal HALF_EVEN (negative: early). */
  public abstract Optional<BigDecimal> weightedDaysBeyondTerms();

  /** The payment index of {@link #weightedDaysBeyondTerms()} ({@link PaymentIndex}). */
  public abstract Optional<Integer> paymentIndex();

  /** Payment index of invoices paid in the 3 months up to the as-of date. */
  public abstract Optional<Integer> recentPaymentIndex();

  /** Payment index of invoices paid in the 12 months before those 3. */
  public abstract Optional<Integer> priorPaymentIndex();

  /**
   * Recent minus prior payment index, in points: positive = paying better lately, negative =
   * worse; empty unless both windows have invoices.
   */
  @Value.Derived
  public Optional<Integer> trend() {
    return recentPaymentIndex().flatMap(r -> priorPaymentIndex().map(p -> r - p));
  }

  /** Share of the settled amount paid after its due date, percent, 1 decimal. */
  public abstract Optional<BigDecimal> shareOfAmountPaidLate();

  /** The longest delay of a settled invoice, days beyond terms. */
  public abstract Optional<Long> largestDelayDays();

  /** Share of the open debit amount that is overdue at the as-of date, percent, 1 decimal. */
  public abstract Optional<BigDecimal> openOverdueShare();

  /** Days past due of the oldest overdue open item at the as-of date. */
  public abstract Optional<Long> oldestOverdueDays();
}
