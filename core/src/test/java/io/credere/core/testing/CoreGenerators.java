package io.credere.core.testing;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.terms.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of core values, shared by every module's property tests through
 * {@code credere-core}'s test-jar. Amounts come in every currency scale (JPY 0, EUR 2, BHD 3).
 */
public final class CoreGenerators {

  /** Currencies covering the scales 0, 2 and 3. */
  public static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR, CurrencyUnit.USD,
      CurrencyUnit.GBP, CurrencyUnit.JPY, CurrencyUnit.of("BHD"), CurrencyUnit.CHF);

  /** The as-of date generated ledgers are built around. */
  public static final LocalDate BASE_DATE = LocalDate.of(2026, 6, 30);

  private CoreGenerators() {}

  /** Any of {@link #CURRENCIES}. */
  public static Gen<CurrencyUnit> currencies() {
    return Generate.pick(CURRENCIES);
  }

  /** Amounts from {@code -max} to {@code max} minor units in {@code currency}. */
  public static Gen<Money> money(CurrencyUnit currency, long maxMinor) {
    return Generate.longRange(-maxMinor, maxMinor).map(minor -> Money.ofMinor(currency, minor));
  }

  /** Amounts in any currency, up to 10^12 minor units either side of zero. */
  public static Gen<Money> money() {
    return currencies().flatMap(c -> mixSmall(c, -1_000_000_000_000L, 1_000_000_000_000L));
  }

  /** Positive amounts from 1 to {@code maxMinor} minor units in {@code currency}. */
  public static Gen<Money> positiveMoney(CurrencyUnit currency, long maxMinor) {
    return mixSmall(currency, 1, maxMinor);
  }

  private static Gen<Money> mixSmall(CurrencyUnit currency, long min, long max) {
    Gen<Long> wide = Generate.longRange(min, max);
    Gen<Long> small = Generate.longRange(Math.max(min, -100), Math.min(max, 100));
    return wide.mix(small, 30).map(minor -> Money.ofMinor(currency, minor));
  }

  /** Dates within two years either side of {@link #BASE_DATE}. */
  public static Gen<LocalDate> dates() {
    return Generate.range(-730, 730).map(days -> BASE_DATE.plusDays(days));
  }

  /** Customer ids {@code C-0} to {@code C-(n-1)}. */
  public static Gen<CustomerId> customerIds(int n) {
    return Generate.range(0, n - 1).map(i -> CustomerId.of("C-" + i));
  }

  /** Payment terms of every form: net, end of month, with and without discount. */
  public static Gen<PaymentTerms> paymentTerms() {
    Gen<PaymentTerms> base = Generate.booleans().zip(Generate.range(0, 120),
        (eom, days) -> eom ? PaymentTerms.endOfMonth(days) : PaymentTerms.net(days));
    return base.zip(Generate.booleans(), Generate.range(1, 999), Generate.range(0, 120),
        (terms, discounted, hundredths, days) -> discounted
            && (terms.isEndOfMonth() || days <= terms.netDays())
            ? terms.withDiscount(BigDecimal.valueOf(hundredths, 2), days) : terms);
  }

  /**
   * Open items of one customer and currency: any document type, open amount anywhere from
   * settled to fully open, dates around {@link #BASE_DATE}, sometimes a discount or a dispute.
   */
  public static Gen<OpenItem> openItems(CustomerId customer, CurrencyUnit currency,
      String documentPrefix) {
    return in -> {
      DocumentType type = Generate.enumValues(DocumentType.class).generate(in);
      long amount = Generate.longRange(1, 5_000_000L).mix(Generate.longRange(1, 1000), 30)
          .generate(in);
      int openShare = Generate.range(0, 4).generate(in);
      long open = openShare == 4 ? amount
          : openShare == 0 ? 0 : Generate.longRange(0, amount).generate(in);
      LocalDate documentDate = dates().generate(in);
      LocalDate dueDate = documentDate.plusDays(Generate.range(-5, 90).generate(in));
      boolean disputed = Generate.range(0, 9).generate(in) == 0;
      Optional<EarlyPaymentDiscount> discount = type == DocumentType.INVOICE
          && Generate.range(0, 4).generate(in) == 0
          ? Optional.of(EarlyPaymentDiscount.of(documentDate.plusDays(10), new BigDecimal("2")))
          : Optional.empty();
      int number = Generate.range(0, 999_999).generate(in);
      return OpenItem.builder()
          .customerId(customer)
          .documentId(DocumentId.of(documentPrefix + number))
          .documentType(type)
          .documentDate(documentDate)
          .dueDate(dueDate)
          .amount(Money.ofMinor(currency, type.sign() * amount))
          .openAmount(Money.ofMinor(currency, type.sign() * open))
          .discount(discount)
          .disputed(disputed)
          .build();
    };
  }

  /**
   * Ledgers of up to {@code maxItems} items over up to {@code maxCustomers} customers in several
   * currencies; document ids are unique within a ledger.
   */
  public static Gen<List<OpenItem>> ledgers(int maxItems, int maxCustomers) {
    return in -> {
      int size = Generate.range(0, maxItems).generate(in);
      List<OpenItem> items = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        CustomerId customer = customerIds(maxCustomers).generate(in);
        CurrencyUnit currency = currencies().generate(in);
        OpenItem item = openItems(customer, currency, "D").generate(in);
        items.add(item.withDocumentId(DocumentId.of("D-" + i)));
      }
      return List.copyOf(items);
    };
  }

  /** Customers with a limit in their currency, terms, and sometimes a hold or bank accounts. */
  public static Gen<Customer> customers(int maxCustomers) {
    return in -> {
      CustomerId id = customerIds(maxCustomers).generate(in);
      CurrencyUnit currency = currencies().generate(in);
      Customer.Builder builder = Customer.builder()
          .customerId(id)
          .name("Customer " + id.value() + " Ltd")
          .currency(currency)
          .paymentTerms(paymentTerms().generate(in))
          .onCreditHold(Generate.range(0, 9).generate(in) == 0)
          .openOrders(Money.ofMinor(currency, Generate.longRange(0, 1_000_000).generate(in)));
      if (Generate.booleans().generate(in)) {
        builder.creditLimit(Money.ofMinor(currency, Generate.longRange(0, 10_000_000).generate(in)));
      }
      if (Generate.booleans().generate(in)) {
        builder.addBankAccounts("DE89 3704 0044 0532 0130 " + Generate.range(10, 99).generate(in));
      }
      return builder.build();
    };
  }
}
