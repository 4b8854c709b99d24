package io.credere.benchmarks.scoring;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A deterministic book for credit checks: {@code customers} EUR accounts with limits, each with
 * {@code itemsPerCustomer} open items (invoices spread from 90 days overdue to 60 days ahead,
 * one credit note in ten, one USD invoice in twenty), from a fixed linear congruential sequence.
 * Every amount is its own {@code Money} object, as a file reader or an ORM would produce them.
 */
public record CreditBook(List<Customer> customers, List<OpenItem> items) {

  /** The as-of date of the book. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  /** Generates the book. */
  public static CreditBook generate(int customers, int itemsPerCustomer, long seed) {
    long state = seed;
    List<Customer> accounts = new ArrayList<>(customers);
    List<OpenItem> items = new ArrayList<>(customers * itemsPerCustomer);
    for (int c = 0; c < customers; c++) {
      CustomerId id = CustomerId.of(String.format("C-%06d", c));
      state = next(state);
      accounts.add(Customer.builder().customerId(id).name("Customer " + c + " GmbH")
          .currency(CurrencyUnit.EUR)
          .creditLimit(Money.of(CurrencyUnit.EUR, 50_000 + (state >>> 33) % 200_000))
          .openOrders(Money.ofMinor(CurrencyUnit.EUR, (state >>> 20) % 1_000_000))
          .build());
      for (int i = 0; i < itemsPerCustomer; i++) {
        state = next(state);
        long minor = 1_000 + (state >>> 24) % 2_000_000;
        DocumentType type = i % 10 == 9 ? DocumentType.CREDIT_NOTE : DocumentType.INVOICE;
        CurrencyUnit currency = i % 20 == 7 ? CurrencyUnit.USD : CurrencyUnit.EUR;
        LocalDate due = AS_OF.plusDays((state >>> 40) % 150 - 90);
        long signed = type.sign() * minor;
        long open = (state & 3) == 0 ? signed / 2 : signed;
        items.add(OpenItem.builder().customerId(id)
            .documentId(DocumentId.of(String.format("D-%06d-%03d", c, i)))
            .documentType(type).documentDate(due.minusDays(30)).dueDate(due)
            .amount(Money.ofMinor(currency, signed)).openAmount(Money.ofMinor(currency, open))
            .build());
      }
    }
    return new CreditBook(List.copyOf(accounts), List.copyOf(items));
  }

  /** The rates of the book's day: USD 1 = EUR 0.9137. */
  public static java.util.Map<CurrencyUnit, java.util.Map<CurrencyUnit, BigDecimal>> rates() {
    return java.util.Map.of(CurrencyUnit.USD,
        java.util.Map.of(CurrencyUnit.EUR, new BigDecimal("0.9137")));
  }

  private static long next(long state) {
    return state * 6364136223846793005L + 1442695040888963407L;
  }
}
