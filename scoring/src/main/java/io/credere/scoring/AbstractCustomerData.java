package io.credere.scoring;

import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything known about one customer for a credit assessment: the account, its settled
 * invoices and open items, its financial statement and bureau report (both optional) and, when
 * the host knows it, the date the relationship began. Settled invoices and open items of other
 * customers are ignored. Use the generated {@code CustomerData.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractCustomerData {

  /** The account. */
  public abstract Customer customer();

  /** The date the assessment is made on. */
  public abstract LocalDate asOf();

  /** The customer's settled invoices (payment history). */
  public abstract List<SettledInvoice> settledInvoices();

  /** The customer's open items at the as-of date. */
  public abstract List<OpenItem> openItems();

  /** The latest financial statement, when there is one. */
  public abstract Optional<FinancialStatement> financials();

  /** The latest bureau report, when there is one. */
  public abstract Optional<CreditReport> creditReport();

  /**
   * When the relationship began; absent: the earliest document in history or ledger is used.
   */
  public abstract Optional<LocalDate> customerSince();
}
