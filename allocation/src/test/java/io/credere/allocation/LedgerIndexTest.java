package io.credere.allocation;

import static io.credere.allocation.CashApplicationTest.invoice;
import static io.credere.allocation.CashApplicationTest.payment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The index a host keeps current: grown one {@code put} at a time from empty (as a service
 * starting on a new company does), shrunk by {@code remove}, booked with {@code post} and
 * reversed with {@code unpost}.
 */
class LedgerIndexTest {

  private static String id(int n) {
    return String.format("INV-%07d", n);
  }

  @Test
  void an_index_grown_one_put_at_a_time_from_empty_finds_every_document() {
    // The deterministic simulation found this: past 16 puts into an empty index the lookup
    // table was rehashed with the new entry half written, and documents sharing its bucket
    // vanished from the lookups (cash application then threw "not in the ledger").
    LedgerIndex index = LedgerIndex.of(List.of(), List.of());
    List<OpenItem> all = new ArrayList<>();
    for (int n = 1; n <= 3_000; n++) {
      OpenItem item = invoice("C-" + (n % 7), id(n), "EUR " + (100 + n) + ".00");
      index.put(item);
      all.add(item);
    }
    for (OpenItem item : all) {
      assertThat(index.find(item.documentId())).as(item.documentId().value()).contains(item);
    }
    assertThat(index.size()).isEqualTo(3_000);
    assertThat(index.items(CustomerId.of("C-3"))).hasSize(429);

    // every other one removed, then as many new ones put: still each found, the removed gone
    for (int n = 2; n <= 3_000; n += 2) {
      assertThat(index.remove(DocumentId.of(id(n)))).isTrue();
    }
    for (int n = 3_001; n <= 4_500; n++) {
      index.put(invoice("C-" + (n % 7), id(n), "EUR " + (100 + n) + ".00"));
    }
    for (int n = 1; n <= 4_500; n++) {
      boolean removed = n <= 3_000 && n % 2 == 0;
      assertThat(index.find(DocumentId.of(id(n))).isPresent()).as(id(n)).isEqualTo(!removed);
    }
    assertThat(index.size()).isEqualTo(3_000);
    assertThat(index.items()).hasSize(3_000);

    // and cash application on the grown index finds an early document by its number
    AllocationRun run = CashApplication.standard().apply(index,
        List.of(payment("P-1", "EUR 107.00", "C-0", "RE " + id(7))));
    assertThat(run.lines()).singleElement().satisfies(line -> {
      assertThat(line.kind()).isEqualTo(AllocationKind.ALLOCATED);
      assertThat(line.documentId()).contains(DocumentId.of(id(7)));
    });
  }

  @Test
  void every_customer_gets_its_own_items_in_order_however_many_customers_and_however_mixed() {
    // the build numbers customers in a table sized for a quarter of the items: here every item
    // has a customer of its own at first (the table must grow), then customers come back mixed
    for (boolean parallel : new boolean[] {false, true}) {
      List<OpenItem> ledger = new ArrayList<>();
      for (int i = 0; i < 3_000; i++) {
        ledger.add(invoice("C-" + i, "INV-A" + i, "EUR 1.00"));
      }
      for (int i = 0; i < 9_000; i++) {
        ledger.add(invoice("C-" + (i * 7919 % 3_000), "INV-B" + i, "EUR 2.00"));
      }
      LedgerIndex index = LedgerIndex.of(ledger, List.of(), parallel);
      for (int c = 0; c < 3_000; c++) {
        String customer = "C-" + c;
        assertThat(index.items(CustomerId.of(customer))).as(customer)
            .containsExactlyInAnyOrderElementsOf(ledger.stream()
                .filter(item -> item.customerId().value().equals(customer)).toList());
      }
    }
  }

  @Test
  void post_then_unpost_gives_the_index_back() {
    List<OpenItem> ledger = List.of(invoice("C-1", "INV-1", "EUR 100.00"),
        invoice("C-1", "INV-2", "EUR 250.00"));
    LedgerIndex index = LedgerIndex.of(ledger, List.of());
    AllocationRun run = CashApplication.standard().apply(index,
        List.of(payment("P-1", "EUR 400.00", "C-1", "RE INV-1, INV-2")));
    index.post(run);
    assertThat(index.find(DocumentId.of("INV-1")).get().isSettled()).isTrue();
    OpenItem onAccount = run.results().get(0).unappliedItem().orElseThrow();
    assertThat(index.find(onAccount.documentId())).contains(onAccount);
    assertThat(onAccount.openAmount()).isEqualTo(Money.parse("EUR -50.00"));

    index.unpost(run.results().get(0));
    assertThat(index.items()).containsExactlyElementsOf(ledger);
  }

  @Test
  void unpost_refuses_a_payment_whose_cash_on_account_was_since_refunded() {
    LedgerIndex index = LedgerIndex.of(List.of(invoice("C-1", "INV-1", "EUR 100.00")),
        List.of());
    AllocationRun run = CashApplication.standard().apply(index,
        List.of(payment("P-1", "EUR 160.00", "C-1", "RE INV-1")));
    index.post(run);
    OpenItem onAccount = run.results().get(0).unappliedItem().orElseThrow();
    // the host refunds EUR 60.00 of the credit
    OpenItem refunded = onAccount.withOpenAmount(Money.parse("EUR 0.00"));
    index.put(refunded);

    assertThatThrownBy(() -> index.unpost(run.results().get(0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("P-1")
        .hasMessageContaining("offset or refunded");
    // nothing changed: the invoice stays paid, the refunded item stays
    assertThat(index.find(DocumentId.of("INV-1")).get().openAmount())
        .isEqualTo(Money.parse("EUR 0.00"));
    assertThat(index.find(onAccount.documentId())).contains(refunded);

    index.remove(onAccount.documentId());
    assertThatThrownBy(() -> index.unpost(run.results().get(0)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the item is gone");
    assertThat(index.find(DocumentId.of("INV-1")).map(OpenItem::openAmount))
        .isEqualTo(Optional.of(Money.parse("EUR 0.00")));
  }

  @Test
  void a_host_that_puts_and_removes_for_years_keeps_an_index_the_size_of_its_live_book() {
    // The simulation's finding: removed positions were never given back, so one live item
    // after a million put/remove pairs held arrays, lookups and items() for a million.
    LedgerIndex index = LedgerIndex.of(List.of(), List.of());
    for (int n = 1; n <= 100_000; n++) {
      index.put(invoice("C-" + (n % 13), id(n), "EUR " + (100 + n % 900) + ".00"));
      if (n > 1) {
        assertThat(index.remove(DocumentId.of(id(n - 1)))).isTrue();
      }
    }
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.capacity()).as("positions held").isLessThanOrEqualTo(
        2 * LedgerIndex.COMPACT_FROM + 1);
    assertThat(index.items()).extracting(OpenItem::documentId)
        .containsExactly(DocumentId.of(id(100_000)));
  }

  @Test
  void an_index_made_compact_answers_as_one_built_afresh_from_its_live_items() {
    LedgerIndex kept = LedgerIndex.of(List.of(), List.of());
    List<OpenItem> live = new ArrayList<>();
    for (int n = 1; n <= 31_000; n++) {
      OpenItem item = OpenItem.builder().customerId(CustomerId.of("C-" + (n % 17)))
          .documentId(DocumentId.of(id(n)))
          .documentType(io.credere.core.item.DocumentType.INVOICE)
          .documentDate(java.time.LocalDate.of(2026, 1, 1).plusDays(n % 300))
          .dueDate(java.time.LocalDate.of(2026, 2, 1).plusDays(n * 7 % 300))
          .amount(Money.parse("EUR " + (100 + n % 500) + ".00"))
          .openAmount(Money.parse("EUR " + (100 + n % 500) + ".00"))
          .reference("PO " + (n % 4000)).build();
      live.add(item);
      if (n <= 30_000) {
        kept.put(item);
      }
    }
    // three of every four removed in a scrambled order (compacts twice), then more put after
    // the compaction and some of those removed again
    for (int k = 0; k < 30_000; k++) {
      int n = (int) ((long) k * 7919 % 30_000) + 1;
      if (n % 4 != 0) {
        assertThat(kept.remove(DocumentId.of(id(n)))).isTrue();
      }
    }
    for (int n = 30_001; n <= 31_000; n++) {
      kept.put(live.get(n - 1));
      if (n % 3 == 0) {
        kept.remove(DocumentId.of(id(n)));
      }
    }
    List<OpenItem> expected = new ArrayList<>();
    for (OpenItem item : live) {
      if (kept.find(item.documentId()).isPresent()) {
        expected.add(item);
      }
    }
    assertThat(kept.capacity()).as("made compact").isLessThan(20_000);
    LedgerIndex fresh = LedgerIndex.of(expected, List.of());
    assertThat(kept.items()).isEqualTo(fresh.items());
    for (int c = 0; c < 17; c++) {
      CustomerId customer = CustomerId.of("C-" + c);
      assertThat(kept.items(customer)).isEqualTo(fresh.items(customer));
    }
    for (int r = 0; r < 4000; r += 37) {
      String key = io.credere.allocation.internal.ReferenceText.loose(
          io.credere.allocation.internal.ReferenceText.key("PO " + r));
      assertThat(kept.byReference(key).length).as(key).isEqualTo(fresh.byReference(key).length);
    }
    OpenItem some = expected.get(expected.size() / 2);
    List<IncomingPayment> pay = List.of(payment("P-1", some.amount().toString(),
        some.customerId().value(), "RE " + some.documentId().value()));
    assertThat(CashApplication.standard().apply(kept, pay).results())
        .isEqualTo(CashApplication.standard().apply(fresh, pay).results());
  }
}
