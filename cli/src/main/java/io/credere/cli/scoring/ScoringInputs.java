package io.credere.cli.scoring;

import io.credere.io.FinancialsRow;
import io.credere.io.SettledInvoiceRow;
import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.scoring.CustomerData;
import io.credere.scoring.FinancialStatement;
import io.credere.scoring.SettledInvoice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's files as the scoring library's inputs: one {@link CustomerData} per customer,
 * sorted by customer id, with that customer's history rows, open items and statement.
 */
public final class ScoringInputs {

  private ScoringInputs() {}

  /** A history row as a settled invoice. */
  public static SettledInvoice settled(SettledInvoiceRow row) {
    return io.credere.io.HistoryFile.invoice(row);
  }

  /** A financials row as a statement. */
  public static FinancialStatement statement(FinancialsRow row) {
    return io.credere.io.FinancialsFile.statement(row);
  }

  /**
   * One {@link CustomerData} per customer, sorted by customer id.
   *
   * @throws ValidationException when a customer has two rows in the financials file
   */
  public static List<CustomerData> of(List<Customer> customers, LocalDate asOf,
      List<OpenItem> ledger, List<SettledInvoiceRow> history, List<FinancialsRow> financials) {
    Map<CustomerId, List<OpenItem>> items = new HashMap<>();
    ledger.forEach(i -> items.computeIfAbsent(i.customerId(), k -> new ArrayList<>()).add(i));
    Map<CustomerId, List<SettledInvoice>> settled = new HashMap<>();
    history.forEach(r -> settled.computeIfAbsent(r.customerId(), k -> new ArrayList<>())
        .add(settled(r)));
    Map<CustomerId, FinancialStatement> statements = new HashMap<>();
    for (FinancialsRow row : financials) {
      if (statements.put(row.customerId(), statement(row)) != null) {
        throw ValidationException.of("customer_id", Optional.of(row.customerId().value()),
            "has more than one row in the financials file");
      }
    }
    return customers.stream()
        .sorted(Comparator.comparing(Customer::customerId))
        .map(c -> CustomerData.builder()
            .customer(c)
            .asOf(asOf)
            .addAllSettledInvoices(settled.getOrDefault(c.customerId(), List.of()))
            .addAllOpenItems(items.getOrDefault(c.customerId(), List.of()))
            .financials(Optional.ofNullable(statements.get(c.customerId())))
            .build())
        .toList();
  }
}
