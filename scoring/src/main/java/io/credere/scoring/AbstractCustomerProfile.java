package io.credere.scoring;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The facts a scorecard, a limit policy or a knock-out rule reads about one customer, derived
 * from {@link CustomerData} by {@link CreditAssessor#profile(CustomerData)}. Amounts are in the
 * account currency. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCustomerProfile {

  /** The inputs the profile was derived from. */
  public abstract CustomerData data();

  /** Payment behaviour. */
  public abstract PaymentBehaviour behaviour();

  /** The Altman result, when there are financials it can be computed from. */
  public abstract Optional<AltmanResult> altman();

  /** Years since the relationship began, 2 decimals; empty when unknown. */
  public abstract Optional<BigDecimal> yearsOfRelationship();

  /**
   * Currencies of open items that could not be converted into the account currency (no exchange
   * rate): their amounts are not in {@link #openReceivables()} or {@link #openCredits()}.
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<org.joda.money.CurrencyUnit> unconvertedCurrencies();

  /** Open debit items (invoices, debit notes), other currencies converted, in the account currency. */
  public abstract Money openReceivables();

  /** Open credits (credit notes, unapplied cash) in the account currency; zero or negative. */
  public abstract Money openCredits();

  /** Average monthly sales over the 12 months up to the as-of date; empty without invoices. */
  public abstract Optional<Money> averageMonthlySales();

  /**
   * (Open receivables + open orders) / current limit, percent, 1 decimal; empty without a
   * positive limit.
   */
  public abstract Optional<BigDecimal> limitUtilisation();

  /** The account. */
  public final Customer customer() {
    return data().customer();
  }

  /** The customer's id. */
  public final CustomerId customerId() {
    return data().customer().customerId();
  }

  /** The as-of date. */
  public final LocalDate asOf() {
    return data().asOf();
  }

  /** The financial statement, if any. */
  public final Optional<FinancialStatement> financials() {
    return data().financials();
  }

  /** The bureau report, if any. */
  public final Optional<CreditReport> creditReport() {
    return data().creditReport();
  }
}
