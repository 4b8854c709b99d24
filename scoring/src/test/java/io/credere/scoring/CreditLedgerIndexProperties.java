package io.credere.scoring;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A check against an index's view is the check against the whole book, after any sequence of
 * changes kept in the index, with or without exchange rates (1,000 cases); concurrent checks
 * during updates give the sequential results.
 */
class CreditLedgerIndexProperties {

  static final ExchangeRates SOME_RATES = (from, to, on) -> from.equals(to)
      ? java.util.Optional.of(BigDecimal.ONE)
      : from.getCode().compareTo(to.getCode()) < 0
          ? java.util.Optional.of(new BigDecimal("1.2345"))
          : java.util.Optional.empty();

  record Case(List<OpenItem> ledger, List<OpenItem> changes, List<Customer> customers,
      LocalDate asOf, boolean rates) {}

  static Gen<Case> cases() {
    return in -> {
      List<OpenItem> ledger = CoreGenerators.ledgers(40, 4).generate(in);
      List<OpenItem> changes = new ArrayList<>();
      int count = Generate.range(0, 10).generate(in);
      for (int i = 0; i < count; i++) {
        if (!ledger.isEmpty() && Generate.booleans().generate(in)) {
          OpenItem old = ledger.get(Generate.range(0, ledger.size() - 1).generate(in));
          long open = old.openAmount().getAmountMinorLong();
          changes.add(old.withOpenAmount(Money.ofMinor(old.currency(),
              open == 0 ? 0 : open / (1 + Generate.range(0, 3).generate(in)))));
        } else {
          OpenItem fresh = CoreGenerators.openItems(CoreGenerators.customerIds(4).generate(in),
              CoreGenerators.currencies().generate(in), "N").generate(in);
          changes.add(fresh.withDocumentId(io.credere.core.id.DocumentId.of("N-" + i)));
        }
      }
      List<Customer> customers = new ArrayList<>();
      for (int c = 0; c < 4; c++) {
        customers.add(CoreGenerators.customers(1).generate(in)
            .withCustomerId(CustomerId.of("C-" + c)));
      }
      return new Case(ledger, changes, customers,
          CoreGenerators.BASE_DATE.plusDays(Generate.range(-60, 200).generate(in)),
          Generate.booleans().generate(in));
    };
  }

  @Test
  void a_view_of_the_kept_index_checks_exactly_like_the_whole_book() {
    theory().forAll(cases()).checkAssert(c -> {
      CreditLedgerIndex index = CreditLedgerIndex.of(c.ledger());
      Map<String, OpenItem> book = new java.util.LinkedHashMap<>();
      c.ledger().forEach(i -> book.put(i.documentId().value(), i));
      for (OpenItem change : c.changes()) {
        OpenItem before = book.get(change.documentId().value());
        if (before != null && !before.customerId().equals(change.customerId())) {
          index.remove(before.customerId(), before.documentId());
        }
        index.put(change);
        book.put(change.documentId().value(), change);
      }
      CreditCheck check = c.rates() ? CreditCheck.standard().withExchangeRates(SOME_RATES)
          : CreditCheck.standard();
      for (Customer customer : c.customers()) {
        CreditCheckRequest whole = CreditCheckRequest.builder().customer(customer)
            .addAllOpenItems(book.values()).newOrder(Money.zero(customer.currency()))
            .asOf(c.asOf()).build();
        CreditCheckRequest viewed = CreditCheckRequest.builder().customer(customer)
            .view(index.view(customer.customerId())).newOrder(Money.zero(customer.currency()))
            .asOf(c.asOf()).build();
        assertThat(check.check(viewed)).isEqualTo(check.check(whole));
      }
    });
  }

  @Test
  void concurrent_checks_during_updates_give_the_sequential_results() throws Exception {
    List<OpenItem> ledger = new ArrayList<>();
    for (int c = 0; c < 50; c++) {
      for (int i = 0; i < 40; i++) {
        Money amount = Money.ofMinor(CurrencyUnit.EUR, 10_000L + c * 100 + i);
        ledger.add(OpenItem.builder().customerId(CustomerId.of("C-" + c))
            .documentId(io.credere.core.id.DocumentId.of("D-" + c + "-" + i))
            .documentType(io.credere.core.item.DocumentType.INVOICE)
            .documentDate(CoreGenerators.BASE_DATE.minusDays(i))
            .dueDate(CoreGenerators.BASE_DATE.minusDays(i - 20)).amount(amount)
            .openAmount(amount).build());
      }
    }
    CreditLedgerIndex index = CreditLedgerIndex.of(ledger);
    CreditDesk desk = CreditDesk.of(CreditCheck.standard(), index);
    Map<Integer, CreditCheckResult> expected = new HashMap<>();
    List<Customer> customers = new ArrayList<>();
    for (int c = 0; c < 50; c++) {
      Customer customer = Customer.builder().customerId(CustomerId.of("C-" + c)).name("C " + c)
          .currency(CurrencyUnit.EUR).creditLimit(Money.of(CurrencyUnit.EUR, 5000 + c * 100))
          .build();
      customers.add(customer);
      expected.put(c, desk.check(customer, Money.of(CurrencyUnit.EUR, 10), CoreGenerators
          .BASE_DATE));
    }
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      // The writer replaces items with equal values: every view a reader sees must check alike.
      Future<?> writer = pool.submit(() -> {
        while (!stop.get()) {
          for (OpenItem item : ledger) {
            index.put(item);
          }
        }
      });
      List<Future<Integer>> readers = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        readers.add(pool.submit(() -> {
          int mismatches = 0;
          for (int round = 0; round < 100; round++) {
            for (int c = 0; c < customers.size(); c++) {
              if (!desk.check(customers.get(c), Money.of(CurrencyUnit.EUR, 10),
                  CoreGenerators.BASE_DATE).equals(expected.get(c))) {
                mismatches++;
              }
            }
          }
          return mismatches;
        }));
      }
      int mismatches = 0;
      for (Future<Integer> reader : readers) {
        mismatches += reader.get();
      }
      stop.set(true);
      writer.get();
      assertThat(mismatches).isZero();
    } finally {
      pool.shutdownNow();
    }
  }
}
