package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import io.credere.core.testing.PropertyTesting;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * An index kept current by a host (documents put one at a time, replaced, removed) answers as an
 * index built afresh from the same book, and cash application on it gives what the whole-book
 * call gives. Written after the simulation found documents lost once an index grew by puts.
 */
class LedgerIndexProperties {

  /** One edit of the book: put (new or replacing) or remove, by position in the generated items. */
  record Edit(int item, int kind, long openCut) {}

  record Script(List<OpenItem> start, List<OpenItem> later, List<Edit> edits,
      List<IncomingPayment> payments) {}

  static Gen<Script> scripts() {
    return in -> {
      PaymentGenerators.Case c = PaymentGenerators.cases().generate(in);
      // a book large enough that the index's tables grow several times while it is kept
      List<OpenItem> items = CoreGenerators.ledgers(400, 6).generate(in);
      int split = items.isEmpty() ? 0 : Generate.range(0, items.size()).generate(in);
      List<Edit> edits = new ArrayList<>();
      int count = Generate.range(0, 120).generate(in);
      for (int e = 0; e < count && !items.isEmpty(); e++) {
        edits.add(new Edit(Generate.range(0, items.size() - 1).generate(in),
            Generate.range(0, 2).generate(in), Generate.longRange(0, 100).generate(in)));
      }
      return new Script(items.subList(0, split), items.subList(split, items.size()), edits,
          c.payments());
    };
  }

  private static OpenItem cut(OpenItem item, long percent) {
    long open = item.openAmount().getAmountMinorLong();
    return item.withOpenAmount(Money.ofMinor(item.currency(), open * percent / 100));
  }

  @Test
  void an_index_kept_current_answers_as_one_built_afresh_and_applies_cash_alike() {
    PropertyTesting.theory().forAll(scripts()).checkAssert(script -> {
      LedgerIndex kept = LedgerIndex.of(script.start(), List.of());
      Map<DocumentId, OpenItem> model = new LinkedHashMap<>();
      script.start().forEach(i -> model.put(i.documentId(), i));
      List<OpenItem> all = new ArrayList<>(script.start());
      all.addAll(script.later());
      for (OpenItem item : script.later()) {
        kept.put(item);
        model.put(item.documentId(), item);
      }
      for (Edit edit : script.edits()) {
        OpenItem item = all.get(edit.item());
        if (edit.kind() == 0) {
          assertThat(kept.remove(item.documentId()))
              .isEqualTo(model.remove(item.documentId()) != null);
        } else {
          OpenItem changed = edit.kind() == 1 ? item : cut(item, edit.openCut());
          kept.put(changed);
          model.put(changed.documentId(), changed);
        }
      }
      Set<CustomerId> customers = new HashSet<>();
      for (OpenItem item : all) {
        customers.add(item.customerId());
        assertThat(kept.find(item.documentId()))
            .isEqualTo(java.util.Optional.ofNullable(model.get(item.documentId())));
      }
      assertThat(kept.size()).isEqualTo(model.size());
      for (CustomerId customer : customers) {
        assertThat(new HashSet<>(kept.items(customer))).isEqualTo(new HashSet<>(
            model.values().stream().filter(i -> i.customerId().equals(customer)).toList()));
      }
      List<OpenItem> book = new ArrayList<>(model.values());
      AllocationRun onIndex = CashApplication.standard().apply(kept, script.payments());
      AllocationRun whole = CashApplication.standard().apply(book, List.of(), script.payments());
      assertThat(onIndex.results()).isEqualTo(whole.results());
      Map<DocumentId, OpenItem> changed = new LinkedHashMap<>();
      onIndex.changes().forEach(i -> changed.put(i.documentId(), i));
      for (OpenItem after : whole.ledgerAfter()) {
        OpenItem before = model.get(after.documentId());
        OpenItem expected = changed.getOrDefault(after.documentId(), before);
        assertThat(after).isEqualTo(expected);
      }
    });
  }
}
