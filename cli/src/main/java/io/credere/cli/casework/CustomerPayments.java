package io.credere.cli.casework;

import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.cli.allocation.AllocationReports;
import io.credere.cli.io.PaymentRow;
import io.credere.collections.promise.AppliedPayment;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cash each customer paid, as {@code allocate} attributes it with the files given: the
 * payment's {@code customer_id}, else a known bank account or name of the customers, else
 * references to the ledger's documents. Cash whose payer stays unknown (suspense) belongs to no
 * customer.
 *
 * <p>The whole payment counts for its customer (applied, discount aside, or on account), dated
 * by the payment date; nothing is applied to documents here.
 */
final class CustomerPayments {

  private CustomerPayments() {}

  /**
   * The payments by customer, each customer's in input order.
   *
   * @param payments the payments file's rows
   * @param ledger the open items references may name; may be empty
   * @param customers the customers whose accounts and names identify payers; may be empty
   */
  static Map<CustomerId, List<AppliedPayment>> of(List<PaymentRow> payments,
      List<OpenItem> ledger, List<Customer> customers) {
    List<IncomingPayment> incoming = AllocationReports.payments(payments);
    return of(CashApplication.standard().apply(ledger, customers, incoming));
  }

  /** The payments of a cash application run by the customer each was attributed to. */
  static Map<CustomerId, List<AppliedPayment>> of(AllocationRun run) {
    Map<CustomerId, List<AppliedPayment>> byCustomer = new LinkedHashMap<>();
    for (AllocationResult result : run.results()) {
      if (result.customerId().isPresent()) {
        IncomingPayment payment = result.payment();
        byCustomer.computeIfAbsent(result.customerId().get(), c -> new ArrayList<>())
            .add(AppliedPayment.builder().date(payment.date()).amount(payment.amount())
                .paymentId(payment.paymentId()).build());
      }
    }
    return byCustomer;
  }
}
