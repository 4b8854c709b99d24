package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.explain.Explanation;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * {@link AllocationWork#openItemsOf} filters a customer's items on the index's own record of
 * their currency and type: it must give what the items themselves say, through puts that add a
 * currency or change a type, removes, and the compaction that renumbers positions.
 */
class OpenItemsOfTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  private static final CustomerId C = CustomerId.of("C-1");
  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR,
      CurrencyUnit.USD, CurrencyUnit.of("KWD"), CurrencyUnit.JPY);

  private static OpenItem item(int n, CurrencyUnit currency, DocumentType type, long open) {
    long sign = type.isDebit() ? 1 : -1;
    return OpenItem.builder().customerId(n % 3 == 0 ? CustomerId.of("C-2") : C)
        .documentId(DocumentId.of("D-" + n)).documentType(type)
        .documentDate(DAY.minusDays(n % 90)).dueDate(DAY.minusDays(n % 90 - 30))
        .amount(Money.ofMinor(currency, sign * 500)).openAmount(Money.ofMinor(currency,
            sign * open)).build();
  }

  private static List<OpenItem> expected(LedgerIndex index, CurrencyUnit currency) {
    List<OpenItem> open = new ArrayList<>();
    for (OpenItem item : index.items(C)) {
      if (item.currency().equals(currency) && !item.isSettled()
          && item.documentType() != DocumentType.PAYMENT) {
        open.add(item);
      }
    }
    return open;
  }

  private static void check(LedgerIndex index) {
    for (CurrencyUnit currency : List.of(CurrencyUnit.EUR, CurrencyUnit.USD,
        CurrencyUnit.of("KWD"), CurrencyUnit.JPY, CurrencyUnit.GBP)) {
      IncomingPayment payment = IncomingPayment.builder().paymentId(PaymentId.of("P"))
          .date(DAY).amount(Money.ofMinor(currency, 100)).build();
      AllocationWork work = new AllocationWork(payment, AllocationPolicy.defaults(),
          new RunLedger(index), List.of());
      assertThat(work.openItemsOf(C)).as(currency.getCode())
          .containsExactlyElementsOf(expected(index, currency));
    }
  }

  @Test
  void a_customers_open_items_in_a_currency_through_puts_removes_and_compaction() {
    DocumentType[] types = {DocumentType.INVOICE, DocumentType.CREDIT_NOTE,
        DocumentType.PAYMENT, DocumentType.DEBIT_NOTE};
    List<OpenItem> ledger = new ArrayList<>();
    for (int n = 0; n < 300; n++) {
      ledger.add(item(n, CURRENCIES.get(n % 2), types[n % types.length], n % 5 == 0 ? 0 : 100));
    }
    LedgerIndex index = LedgerIndex.of(ledger, List.of());
    check(index);
    // a new currency, a type changed in place, settled and reopened
    for (int n = 0; n < 300; n += 7) {
      index.put(item(n, CURRENCIES.get(2 + n % 2), types[(n + 1) % types.length],
          n % 2 == 0 ? 0 : 300));
    }
    index.put(item(1_000, CurrencyUnit.GBP, DocumentType.INVOICE, 10));
    check(index);
    // enough removes for the index to compact and renumber its positions
    for (int round = 0; round < 3; round++) {
      for (int n = 301 + round * 5_000; n < 301 + (round + 1) * 5_000; n++) {
        index.put(item(n, CURRENCIES.get(n % 4), types[n % types.length], 50));
      }
      for (int n = 301 + round * 5_000; n < 301 + (round + 1) * 5_000; n += 2) {
        index.remove(DocumentId.of("D-" + n));
      }
      check(index);
    }
    for (int n = 301; n < 15_301; n++) {
      index.remove(DocumentId.of("D-" + n));
    }
    check(index);
    assertThat(index.size()).isEqualTo(300);
  }

  @Test
  void a_large_customers_open_items_follow_the_runs_own_payments_in_every_view() {
    // enough items that the run keeps the customer's items open at its start
    List<OpenItem> ledger = new ArrayList<>();
    for (int n = 0; n < 4 * RunLedger.KEEP_OPEN_FROM; n++) {
      ledger.add(item(n, CurrencyUnit.EUR, n % 4 == 1 ? DocumentType.CREDIT_NOTE
          : DocumentType.INVOICE, n % 5 == 0 ? 0 : 100));
    }
    LedgerIndex index = LedgerIndex.of(ledger, List.of());
    RunLedger run = new RunLedger(index);
    AllocationWork first = work(run);
    List<OpenItem> before = first.openItemsOf(C);
    assertThat(before).containsExactlyElementsOf(expected(index, CurrencyUnit.EUR));
    // the run pays some of them in full and one in part, on its own view and a speculative one
    List<OpenItem> debits = before.stream().filter(i -> i.documentType().isDebit()).toList();
    pay(first, debits.subList(0, 3), 100);
    pay(first, debits.subList(3, 4), 40);
    RunLedger speculative = run.speculative();
    AllocationWork second = work(speculative);
    pay(second, debits.subList(4, 6), 100);
    List<OpenItem> now = new ArrayList<>(before);
    now.removeAll(debits.subList(0, 3));
    assertThat(work(run).openItemsOf(C)).containsExactlyElementsOf(now);
    now.removeAll(debits.subList(4, 6));
    assertThat(work(speculative).openItemsOf(C)).containsExactlyElementsOf(now);
    assertThat(work(run.speculative()).openItemsOf(C)).hasSize(now.size() + 2);
  }

  private static AllocationWork work(RunLedger ledger) {
    IncomingPayment payment = IncomingPayment.builder().paymentId(PaymentId.of("P"))
        .date(DAY).amount(Money.ofMinor(CurrencyUnit.EUR, 10_000)).build();
    AllocationWork work = new AllocationWork(payment, AllocationPolicy.defaults(), ledger,
        List.of());
    work.identify(C, "TEST", "a test");
    return work;
  }

  private static void pay(AllocationWork work, List<OpenItem> documents, long each) {
    for (OpenItem document : documents) {
      work.allocate(document, Money.ofMinor(CurrencyUnit.EUR, each),
          Explanation.builder().ruleId("TEST").sentence("paid").build());
    }
  }
}
