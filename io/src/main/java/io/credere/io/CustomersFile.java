package io.credere.io;

import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.terms.PaymentTerms;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code customers} file read into {@link Customer}s. Required
 * {@code customer_id,name,currency}; optional {@code credit_limit}, {@code payment_terms},
 * {@code risk_class}, {@code credit_hold}, {@code open_orders}, {@code bank_accounts}
 * ({@code ;}-separated). A customer id that appears twice is an error naming both lines.
 */
public final class CustomersFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "name", "currency");

  private CustomersFile() {}

  /** Reads every customer of {@code file}. */
  public static List<Customer> read(Path file, Rejects rejects) {
    Map<String, Long> seen = new HashMap<>();
    return CsvInput.read(file, "customers", REQUIRED, row -> {
      Customer customer = customer(row);
      Long first = seen.putIfAbsent(customer.customerId().value(), row.line());
      if (first != null) {
        throw row.error("customer_id", customer.customerId().value(),
            "appears twice in the customers file (first on line " + first + ")");
      }
      return customer;
    }, rejects);
  }

  /** One row as a customer. */
  public static Customer customer(CsvRow row) {
    CurrencyUnit currency = row.currency("currency");
    Customer.Builder builder = Customer.builder()
        .customerId(CustomerId.of(row.id("customer_id")))
        .name(row.text("name"))
        .currency(currency)
        .creditLimit(row.optionalMoney("credit_limit", currency))
        .riskClass(row.optional("risk_class"))
        .onCreditHold(row.flag("credit_hold"));
    row.optionalMoney("open_orders", currency).ifPresent(builder::openOrders);
    row.optional("payment_terms").ifPresent(text -> {
      try {
        builder.paymentTerms(PaymentTerms.parse(text));
      } catch (ValidationException e) {
        throw e.at(row.position("payment_terms"));
      }
    });
    row.optional("bank_accounts").ifPresent(text -> builder.addAllBankAccounts(
        Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw e.at(row.position(e.field()));
    }
  }
}
