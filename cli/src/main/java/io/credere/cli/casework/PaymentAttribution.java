package io.credere.cli.casework;

import io.credere.allocation.CashApplication;
import io.credere.cli.allocation.AllocationReports;
import io.credere.io.PaymentRow;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import io.credere.workflow.CustomerPayments;
import java.util.List;

/**
 * The cash each customer paid, as {@code allocate} attributes it with the files given (the
 * payment's {@code customer_id}, else a known bank account or name of the customers, else
 * references to the ledger's documents): the payments applied by the standard cash application,
 * then the workflow's {@link CustomerPayments}. Cash whose payer stays unknown (suspense)
 * belongs to no customer.
 */
public final class PaymentAttribution {

  private PaymentAttribution() {}

  /**
   * The payments by customer.
   *
   * @param payments the payments file's rows
   * @param ledger the open items references may name; may be empty
   * @param customers the customers whose accounts and names identify payers; may be empty
   */
  public static CustomerPayments of(List<PaymentRow> payments, List<OpenItem> ledger,
      List<Customer> customers) {
    return CustomerPayments.of(CashApplication.standard().apply(ledger, customers,
        AllocationReports.payments(payments)));
  }
}
