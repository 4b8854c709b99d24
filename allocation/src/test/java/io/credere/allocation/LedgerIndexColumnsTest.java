package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.item.OpenItemColumns;
import io.credere.core.testing.PropertyTesting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * An index built from {@link OpenItemColumns} (items made only when asked for) is the index
 * built from the same items in a list: the same lookups, the same runs, the same book after
 * booking a run (the first write makes every item).
 */
class LedgerIndexColumnsTest {

  @Test
  void a_run_on_columns_is_the_run_on_the_items_and_books_alike() {
    PropertyTesting.theory().forAll(PaymentGenerators.cases(60, 6, 0, 30),
            PaymentGenerators.policies(), Generate.booleans())
        .checkAssert((c, policy, withCustomers) -> sameBothWays(c.ledger(), c.payments(),
            withCustomers ? CashApplicationParallelTest.customersOf(c.ledger()) : List.of(),
            CashApplication.builder().policy(policy).build()));
  }

  @Test
  void payments_citing_the_customers_references_run_alike() {
    PropertyTesting.theory().forAll(PaymentGenerators.cases(40, 5, 0, 0))
        .checkAssert(c -> {
          // every item gets a reference, a PO number or a creditor reference, and a payment
          // cites every third item's reference instead of its id
          List<OpenItem> ledger = new ArrayList<>();
          List<IncomingPayment> payments = new ArrayList<>();
          for (int i = 0; i < c.ledger().size(); i++) {
            OpenItem item = c.ledger().get(i).withReference(i % 2 == 0 ? "PO 0" + (4711 + i)
                : "RF18 5390 0754 70" + (10 + i));
            ledger.add(item);
            if (i % 3 == 0 && item.documentType().isDebit() && !item.isSettled()) {
              payments.add(IncomingPayment.builder().paymentId(PaymentId.of("P-" + i))
                  .date(LocalDate.of(2026, 6, 30)).amount(item.openAmount())
                  .remittance("payment for " + item.reference().get()).build());
            }
          }
          AllocationRun run = sameBothWays(ledger, payments, List.of(),
              CashApplication.standard());
          // the references did the matching (else this case shows nothing about them)
          assertThat(run.matchedCount()).isEqualTo(payments.size());
        });
  }

  @Test
  void ids_beyond_ascii_are_found_and_matched_alike() {
    // ids as some ERPs print them: umlauts, a non-breaking space, Japanese, an emoji
    String[] ids = {"Rechnung-Ä-0042", "FAC\u00a0N°77", "請求書-2026-5", "😀-INV-9", "ÉCH-001"};
    List<OpenItem> ledger = new ArrayList<>();
    List<IncomingPayment> payments = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      OpenItem item = OpenItem.builder().customerId(CustomerId.of("C-" + i % 2))
          .documentId(DocumentId.of(ids[i])).documentType(DocumentType.INVOICE)
          .documentDate(LocalDate.of(2026, 5, 1 + i)).dueDate(LocalDate.of(2026, 6, 1 + i))
          .amount(Money.ofMinor(CurrencyUnit.EUR, 10_000 + 37 * i))
          .openAmount(Money.ofMinor(CurrencyUnit.EUR, 10_000 + 37 * i)).build();
      ledger.add(item);
      payments.add(IncomingPayment.builder().paymentId(PaymentId.of("P-" + i))
          .date(LocalDate.of(2026, 6, 30)).amount(item.openAmount())
          .remittance("Zahlung " + ids[i]).build());
    }
    LedgerIndex fromColumns = LedgerIndex.of(OpenItemColumns.of(ledger), List.of());
    for (OpenItem item : ledger) {
      assertThat(fromColumns.find(item.documentId())).contains(item);
    }
    assertThat(fromColumns.find(DocumentId.of("Rechnung-A-0042"))).isEmpty();
    AllocationRun run = sameBothWays(ledger, payments, List.of(), CashApplication.standard());
    assertThat(run.matchedCount()).isEqualTo(ids.length);
  }

  @Test
  void a_ledger_large_enough_for_keys_made_in_parallel_runs_alike() {
    // three cases, not the house's thousand: each is a ledger of 70,000 items
    org.quicktheories.QuickTheory.qt().withExamples(3).withFixedSeed(PropertyTesting.SEED)
        .forAll(PaymentGenerators.cases(3000, 400, 300, 600))
        .checkAssert(c -> {
          // copies of the ledger under other ids, past the size from which keys are made on
          // several threads
          List<OpenItem> large = new ArrayList<>(c.ledger());
          for (int copy = 1; large.size() < KEYS_IN_PARALLEL && !c.ledger().isEmpty(); copy++) {
            for (OpenItem item : c.ledger()) {
              large.add(item.withDocumentId(DocumentId.of(item.documentId().value() + "/"
                  + copy)));
            }
          }
          sameBothWays(large, c.payments(), List.of(), CashApplication.standard());
        });
  }

  private static final int KEYS_IN_PARALLEL = 70_000;

  @Test
  void a_document_twice_in_the_columns_is_refused_as_in_a_list() {
    List<OpenItem> ledger = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      ledger.add(OpenItem.builder().customerId(CustomerId.of("C-" + i % 3))
          .documentId(DocumentId.of("INV-" + i)).documentType(DocumentType.INVOICE)
          .documentDate(LocalDate.of(2026, 1, 1 + i)).dueDate(LocalDate.of(2026, 2, 1 + i))
          .amount(Money.ofMinor(CurrencyUnit.EUR, 100 + i))
          .openAmount(Money.ofMinor(CurrencyUnit.EUR, 100 + i)).build());
    }
    assertThat(ledger).isNotEmpty();
    List<OpenItem> twice = new ArrayList<>(ledger);
    twice.add(ledger.get(ledger.size() / 2));
    String message = messageOf(() -> LedgerIndex.of(twice, List.of()));
    assertThat(message).contains("appears twice in the ledger");
    assertThat(messageOf(() -> LedgerIndex.of(OpenItemColumns.of(twice), List.of())))
        .isEqualTo(message);
  }

  private static String messageOf(Runnable build) {
    try {
      build.run();
    } catch (ValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("the duplicate was not refused");
  }

  private static AllocationRun sameBothWays(List<OpenItem> ledger, List<IncomingPayment> payments,
      List<Customer> customers, CashApplication application) {
    LedgerIndex fromItems = LedgerIndex.of(ledger, customers);
    LedgerIndex fromColumns = LedgerIndex.of(OpenItemColumns.of(ledger), customers);
    assertThat(fromColumns.size()).isEqualTo(fromItems.size());
    AllocationRun expected = application.apply(fromItems, payments);
    AllocationRun run = application.apply(fromColumns, payments);
    assertThat(run.results()).isEqualTo(expected.results());
    assertThat(run.changes()).isEqualTo(expected.changes());
    for (int i = 0; i < ledger.size(); i += 1 + ledger.size() / 200) {
      OpenItem item = ledger.get(i);
      assertThat(fromColumns.find(item.documentId())).contains(item);
      assertThat(fromColumns.items(item.customerId()))
          .isEqualTo(fromItems.items(item.customerId()));
    }
    assertThat(fromColumns.items()).isEqualTo(fromItems.items());
    // the first write makes every item; the books stay alike, and so do the next runs
    fromItems.post(expected);
    fromColumns.post(run);
    assertThat(fromColumns.items()).isEqualTo(fromItems.items());
    assertThat(application.apply(fromColumns, payments).results())
        .isEqualTo(application.apply(fromItems, payments).results());
    return run;
  }
}
