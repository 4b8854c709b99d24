package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.joda.money.Money;

/**
 * A credit check service for a host that checks many orders: a {@link CreditCheck} over a
 * {@link CreditLedgerIndex} (one customer's view per order, never the whole book) and the
 * knock-outs of the latest assessment of each customer, kept so that an order is re-checked
 * without assessing the customer again (a knock-out is only known from a full assessment, which
 * costs several checks).
 *
 * <pre>{@code
 * CreditDesk desk = CreditDesk.of(CreditCheck.standard().withExchangeRates(rates),
 *     CreditLedgerIndex.of(book));
 * assessments.forEach(desk::keep);                      // nightly, or when a bureau report lands
 * CreditCheckResult result = desk.check(customer, order, asOf);   // per order
 * desk.index().put(invoicePosted);                      // as the book changes
 * }</pre>
 *
 * <p>Thread-safe; the same index, knock-outs and order give the same result.
 */
public final class CreditDesk {

  private final CreditCheck check;
  private final CreditLedgerIndex index;
  private final ConcurrentHashMap<CustomerId, KnockOut> knockOuts = new ConcurrentHashMap<>();

  private CreditDesk(CreditCheck check, CreditLedgerIndex index) {
    this.check = check;
    this.index = index;
  }

  /** A desk checking with {@code check} against {@code index}; no knock-outs kept yet. */
  public static CreditDesk of(CreditCheck check, CreditLedgerIndex index) {
    return new CreditDesk(Checks.notNull(check, "check"), Checks.notNull(index, "index"));
  }

  /** The check. */
  public CreditCheck creditCheck() {
    return check;
  }

  /** The index (keep it current through {@link CreditLedgerIndex#put} and {@code remove}). */
  public CreditLedgerIndex index() {
    return index;
  }

  /**
   * Keeps what {@code assessment} found: its knock-out, or that there is none (a knock-out kept
   * from an earlier assessment is dropped).
   */
  public void keep(CreditAssessment assessment) {
    Checks.notNull(assessment, "assessment");
    if (assessment.knockOut().isPresent()) {
      knockOuts.put(assessment.customerId(), assessment.knockOut().get());
    } else {
      knockOuts.remove(assessment.customerId());
    }
  }

  /** The knock-out kept for {@code customer}, if any. */
  public Optional<KnockOut> findKnockOut(CustomerId customer) {
    return Optional.ofNullable(knockOuts.get(Checks.notNull(customer, "customer")));
  }

  /** Checks an order of {@code customer} for {@code order} on {@code asOf}. */
  public CreditCheckResult check(Customer customer, Money order, LocalDate asOf) {
    return check(customer, order, asOf, Optional.empty());
  }

  /** Checks an order, with the account's next scheduled review when the host has one. */
  public CreditCheckResult check(Customer customer, Money order, LocalDate asOf,
      Optional<LocalDate> nextReview) {
    Checks.notNull(customer, "customer");
    return check.check(CreditCheckRequest.builder().customer(customer)
        .view(index.view(customer.customerId())).newOrder(order).asOf(asOf)
        .knockOut(findKnockOut(customer.customerId())).nextReview(nextReview).build());
  }
}
