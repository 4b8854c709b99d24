package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * Computes a customer's {@link PaymentBehaviour}.
 *
 * <ul>
 *   <li>weighted days beyond terms = sum(|amount| x days beyond terms) / sum(|amount|) over the
 *       customer's settled invoices (an unweighted mean if every amount is zero), 1 decimal;
 *   <li>payment index: {@link PaymentIndex} of that 1-decimal figure;
 *   <li>trend: index of invoices paid in (as-of - 3 months, as-of] minus index of those paid in
 *       (as-of - 15 months, as-of - 3 months];
 *   <li>share paid late: amount of invoices paid after due / amount of all, percent;
 *   <li>open items: debit items of the given currency still open at as-of, overdue share and
 *       oldest overdue days.
 * </ul>
 *
 * <p>Amounts weigh as plain numbers: a customer's history is expected in one currency. Stateless
 * and thread-safe.
 */
public final class PaymentBehaviourAnalysis {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private PaymentBehaviourAnalysis() {}

  /**
   * Analyses one customer.
   *
   * @param customerId the customer; invoices and items of other customers are ignored
   * @param settled the settled invoices (any order)
   * @param openItems open items (any order); only debits in {@code currency} count
   * @param currency the account currency the open items are read in
   * @param asOf the date the analysis is made on
   */
  public static PaymentBehaviour analyse(CustomerId customerId, List<SettledInvoice> settled,
      List<OpenItem> openItems, CurrencyUnit currency, LocalDate asOf) {
    Checks.notNull(customerId, "customerId");
    Checks.notNull(currency, "currency");
    Checks.notNull(asOf, "asOf");
    List<SettledInvoice> mine = Checks.notNull(settled, "settled").stream()
        .filter(s -> s.customerId().equals(customerId)).toList();
    PaymentBehaviour.Builder result = PaymentBehaviour.builder()
        .customerId(customerId)
        .settledInvoices(mine.size());
    Optional<BigDecimal> days = weightedDays(mine);
    result.weightedDaysBeyondTerms(days).paymentIndex(days.map(PaymentIndex::of));
    LocalDate recentStart = asOf.minusMonths(3);
    LocalDate priorStart = asOf.minusMonths(15);
    result.recentPaymentIndex(weightedDays(mine.stream().filter(s ->
        s.paidDate().isAfter(recentStart) && !s.paidDate().isAfter(asOf)).toList())
        .map(PaymentIndex::of));
    result.priorPaymentIndex(weightedDays(mine.stream().filter(s ->
        s.paidDate().isAfter(priorStart) && !s.paidDate().isAfter(recentStart)).toList())
        .map(PaymentIndex::of));
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal late = BigDecimal.ZERO;
    long largest = Long.MIN_VALUE;
    for (SettledInvoice s : mine) {
      BigDecimal amount = s.amount().getAmount().abs();
      total = total.add(amount);
      if (s.daysBeyondTerms() > 0) {
        late = late.add(amount);
      }
      largest = Math.max(largest, s.daysBeyondTerms());
    }
    if (!mine.isEmpty()) {
      result.largestDelayDays(largest);
      if (total.signum() > 0) {
        result.shareOfAmountPaidLate(percent(late, total));
      }
    }
    BigDecimal open = BigDecimal.ZERO;
    BigDecimal overdue = BigDecimal.ZERO;
    long oldest = Long.MIN_VALUE;
    for (OpenItem item : Checks.notNull(openItems, "openItems")) {
      if (!item.customerId().equals(customerId) || !item.currency().equals(currency)
          || item.isSettled() || !item.documentType().isDebit()) {
        continue;
      }
      open = open.add(item.openAmount().getAmount());
      if (item.isOverdue(asOf)) {
        overdue = overdue.add(item.openAmount().getAmount());
        oldest = Math.max(oldest, item.daysPastDue(asOf));
      }
    }
    if (open.signum() > 0) {
      result.openOverdueShare(percent(overdue, open));
    }
    if (oldest != Long.MIN_VALUE) {
      result.oldestOverdueDays(oldest);
    }
    return result.build();
  }

  /** The amount-weighted mean days beyond terms, 1 decimal HALF_EVEN; empty for no invoices. */
  public static Optional<BigDecimal> weightedDays(List<SettledInvoice> invoices) {
    if (invoices.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal weights = BigDecimal.ZERO;
    BigDecimal weighted = BigDecimal.ZERO;
    long plainSum = 0;
    for (SettledInvoice s : invoices) {
      BigDecimal amount = s.amount().getAmount().abs();
      weights = weights.add(amount);
      weighted = weighted.add(amount.multiply(BigDecimal.valueOf(s.daysBeyondTerms())));
      plainSum += s.daysBeyondTerms();
    }
    if (weights.signum() == 0) {
      return Optional.of(BigDecimal.valueOf(plainSum).divide(
          BigDecimal.valueOf(invoices.size()), 1, RoundingMode.HALF_EVEN));
    }
    return Optional.of(weighted.divide(weights, 1, RoundingMode.HALF_EVEN));
  }

  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_EVEN);
  }
}
