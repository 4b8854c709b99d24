package io.credere.benchmarks.allocation.hard;

import io.credere.allocation.IncomingPayment;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;

/**
 * A run to score: the ledger before the run, the customers, the payments in the order they are
 * applied, and one {@link Truth} per payment (same order).
 *
 * @param name what the month or case is
 * @param asOf the as-of date of the run
 * @param ledger open items (and settled ones, open 0) before the run
 * @param customers the customer accounts
 * @param payments the payments, in run order
 * @param truths one truth per payment, same order
 */
public record BankMonth(String name, LocalDate asOf, List<OpenItem> ledger,
    List<Customer> customers, List<IncomingPayment> payments, List<Truth> truths) {

  /** Copies the lists and checks there is one truth per payment. */
  public BankMonth {
    ledger = List.copyOf(ledger);
    customers = List.copyOf(customers);
    payments = List.copyOf(payments);
    truths = List.copyOf(truths);
    if (payments.size() != truths.size()) {
      throw new IllegalArgumentException(name + ": " + payments.size() + " payments but "
          + truths.size() + " truths");
    }
    for (int i = 0; i < payments.size(); i++) {
      if (!payments.get(i).paymentId().value().equals(truths.get(i).paymentId())) {
        throw new IllegalArgumentException(name + ": truth " + i + " is for "
            + truths.get(i).paymentId() + ", not " + payments.get(i).paymentId().value());
      }
    }
  }
}
