package io.credere.benchmarks.allocation;

import io.credere.allocation.IncomingPayment;
import io.credere.benchmarks.allocation.hard.BankMonth;
import io.credere.benchmarks.allocation.hard.BankMonthGenerator;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' hard mix: a quarter of the payments and their book from a month of the hard
 * harness ({@link BankMonthGenerator}, seed 2) laid into an easy book of about 1,000,000 items
 * ({@link RemittanceScenarios}, seed 2), its payments interleaved three easy to one hard.
 *
 * @param ledger the open items
 * @param accounts the customers
 * @param batch the payments
 */
public record HardMix(List<OpenItem> ledger, List<Customer> accounts,
    List<IncomingPayment> batch) {

  /** Generates the mix for {@code payments} payments and about {@code customers} customers. */
  public static HardMix of(int payments, int customers) {
    BankMonth month = BankMonthGenerator.generate(2L, payments / 4);
    int fillerCustomers = Math.max(1, customers - month.customers().size());
    int fillerItems = Math.max(1, (1_000_000 - month.ledger().size()) / fillerCustomers);
    RemittanceScenarios.Set set = RemittanceScenarios.generate(2L, fillerCustomers, fillerItems,
        payments - month.payments().size());
    List<OpenItem> ledger = new ArrayList<>(month.ledger());
    ledger.addAll(set.ledger());
    List<Customer> accounts = new ArrayList<>(month.customers());
    accounts.addAll(set.customers());
    List<IncomingPayment> batch = new ArrayList<>();
    List<IncomingPayment> easy = set.payments();
    List<IncomingPayment> hard = month.payments();
    for (int e = 0, h = 0; e < easy.size() || h < hard.size(); ) {
      for (int k = 0; k < 3 && e < easy.size(); k++) {
        batch.add(easy.get(e++));
      }
      if (h < hard.size()) {
        batch.add(hard.get(h++));
      }
    }
    return new HardMix(List.copyOf(ledger), List.copyOf(accounts), List.copyOf(batch));
  }
}
