package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.allocation.internal.ReferenceText;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * A large ledger's lookup keys are made on several threads ({@link LedgerIndex#of(List, List)}
 * from {@code 65,536} items): the index must answer every lookup exactly as one whose keys were
 * made on one thread, and refuse a duplicate the same way.
 */
class LedgerIndexParallelKeysTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  /** The size from which {@code of} makes keys on several threads. */
  private static final int PARALLEL_FROM = 1 << 16;

  /** Ids, tails and references of many shapes, colliding on purpose. */
  private static List<OpenItem> ledger(int size) {
    String[] prefixes = {"INV-", "CN-", "RE ", "Rechnung Nr. ", "FAC/2026/", ""};
    String[] references = {"", "PO %d", "Order %d, delivery 3", "Contrat n° %d / Müller",
        "RF18 5390 0754 %04d", "000%d", "%d-A", "Ölwerke %d", "ab"};
    List<OpenItem> items = new ArrayList<>(size);
    for (int n = 0; n < size; n++) {
      String id = prefixes[n % prefixes.length] + String.format("%07d", n / 3 * 7 + n % 3);
      String pattern = references[(n / 5) % references.length];
      OpenItem.Builder item = OpenItem.builder()
          .customerId(CustomerId.of("C-" + (n * 7919 % 997)))
          .documentId(io.credere.core.id.DocumentId.of(id))
          .documentType(n % 11 == 0 ? DocumentType.CREDIT_NOTE : DocumentType.INVOICE)
          .documentDate(DAY.minusDays(n % 400)).dueDate(DAY.minusDays(n % 400 - 30))
          .amount(money(n)).openAmount(money(n));
      if (!pattern.isEmpty()) {
        item.reference(String.format(pattern, n % 5000));
      }
      items.add(item.build());
    }
    return items;
  }

  private static Money money(int n) {
    Money amount = Money.ofMinor(org.joda.money.CurrencyUnit.EUR, 100 + n % 9973);
    return n % 11 == 0 ? amount.negated() : amount;
  }

  @Test
  void keys_made_on_several_threads_answer_every_lookup_as_keys_made_on_one() {
    List<OpenItem> ledger = ledger(PARALLEL_FROM + 12_345);
    LedgerIndex one = LedgerIndex.of(ledger, List.of(), false);
    LedgerIndex many = LedgerIndex.of(ledger, List.of(), true);
    Set<String> ids = new LinkedHashSet<>();
    Set<String> tails = new LinkedHashSet<>();
    Set<String> references = new LinkedHashSet<>();
    Set<CustomerId> customers = new LinkedHashSet<>();
    for (OpenItem item : ledger) {
      ids.add(ReferenceText.looseKey(item.documentId().value()));
      tails.add(ReferenceText.stripZeros(ReferenceText.lastDigitGroup(item.documentId()
          .value())));
      item.reference().ifPresent(r -> {
        references.add(ReferenceText.loose(ReferenceText.key(r)));
        references.add(ReferenceText.zeroStripped(r));
      });
      customers.add(item.customerId());
    }
    int found = 0;
    for (String key : ids) {
      assertThat(many.byKey(key)).as(key).containsExactly(one.byKey(key));
      found += one.byKey(key).length;
    }
    assertThat(found).as("every item found by its id").isEqualTo(ledger.size());
    for (String tail : tails) {
      assertThat(many.byTail(tail)).as(tail).containsExactly(one.byTail(tail));
    }
    int referenced = 0;
    for (String reference : references) {
      assertThat(many.byReference(reference)).as(reference)
          .containsExactly(one.byReference(reference));
      referenced += one.byReference(reference).length;
    }
    assertThat(referenced).as("references found at all").isGreaterThan(ledger.size() / 2);
    for (CustomerId customer : customers) {
      assertThat(many.byCustomer(customer)).containsExactly(one.byCustomer(customer));
    }
    assertThat(many.items()).isEqualTo(one.items()).isEqualTo(ledger);
  }

  @Test
  void each_customers_items_sort_by_due_then_document_date_then_ledger_order_on_any_dates() {
    for (boolean wide : new boolean[] {false, true}) {
      List<OpenItem> ledger = new ArrayList<>(ledger(PARALLEL_FROM + 500));
      for (int n = 3; n < ledger.size(); n += 101) {
        // before 1970 (negative epoch days), and, in the wide case, beyond an int of days
        LocalDate made = n % 2 == 0 ? DAY.minusYears(80).plusDays(n % 7) : DAY;
        LocalDate due = wide && n % 3 == 0 ? LocalDate.of(9_000_000, 1, 1) : made.plusDays(n % 5);
        ledger.set(n, ledger.get(n).withDocumentDate(made).withDueDate(due));
      }
      LedgerIndex index = LedgerIndex.of(ledger, List.of(), true);
      Set<CustomerId> customers = new LinkedHashSet<>();
      ledger.forEach(item -> customers.add(item.customerId()));
      for (CustomerId customer : customers) {
        assertSorted(index, customer);
      }
      // a put goes in its place among the customer's positions
      CustomerId customer = ledger.get(0).customerId();
      for (int k = 0; k < 40; k++) {
        LocalDate made = DAY.minusDays(k * 37 % 500);
        index.put(ledger.get(0).withDocumentId(io.credere.core.id.DocumentId.of("NEW-" + k))
            .withDocumentDate(made).withDueDate(made.plusDays(k % 3 == 0 ? 0 : 30)));
        assertSorted(index, customer);
      }
    }
  }

  private static void assertSorted(LedgerIndex index, CustomerId customer) {
    int[] positions = index.byCustomer(customer);
    List<Integer> expected = new ArrayList<>();
    for (int position : positions) {
      expected.add(position);
    }
    expected.sort(java.util.Comparator.<Integer, LocalDate>comparing(p -> index.item(p).dueDate())
        .thenComparing(p -> index.item(p).documentDate()).thenComparing(p -> p));
    assertThat(positions).as(customer.value()).containsExactly(
        expected.stream().mapToInt(Integer::intValue).toArray());
  }

  @Test
  void a_duplicate_is_refused_the_same_way_on_several_threads() {
    List<OpenItem> ledger = new ArrayList<>(ledger(PARALLEL_FROM + 10));
    ledger.add(ledger.get(40_000));
    for (boolean parallel : new boolean[] {false, true}) {
      assertThatThrownBy(() -> LedgerIndex.of(ledger, List.of(), parallel))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining(ledger.get(40_000).documentId().value())
          .hasMessageContaining("appears twice in the ledger");
    }
  }

}
