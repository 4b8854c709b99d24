package io.credere.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.internal.ReferenceTextProperties;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.PropertyTesting;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The index hashes an item's tail and reference keys without making them
 * ({@link LedgerIndex#tailHash}, {@link LedgerIndex#referenceHashes}): the hashes must be those
 * of the keys the index verifies candidates on, each once, whatever the text, and a put, a
 * lookup and a remove must agree on them.
 */
class LedgerIndexKeyHashesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  private static OpenItem item(String id, String reference) {
    return OpenItem.builder().customerId(CustomerId.of("C-1")).documentId(DocumentId.of(id))
        .documentType(DocumentType.INVOICE).documentDate(DAY).dueDate(DAY)
        .amount(Money.parse("EUR 10.00")).openAmount(Money.parse("EUR 10.00"))
        .reference(Optional.of(reference).filter(r -> !r.isBlank())).build();
  }

  private static Gen<String> texts() {
    return ReferenceTextProperties.texts().mix(ReferenceTextProperties.referenceShaped(), 60);
  }

  @Test
  void hashesAreThoseOfTheKeysEachOnce() {
    PropertyTesting.theory(10_000).forAll(texts(), texts()).checkAssert((id, reference) -> {
      if (id.isBlank() || id.strip().length() > 256) {
        return;
      }
      OpenItem item = item(id, reference);
      Optional<String> tail = LedgerIndex.tailOf(item.documentId().value());
      long tailHash = LedgerIndex.tailHash(item.documentId().value());
      assertThat(tail.isPresent()).as(id).isEqualTo(tailHash != Long.MIN_VALUE);
      tail.ifPresent(t -> assertThat((int) tailHash).as(id).isEqualTo(t.hashCode()));
      int[] hashes = new int[5];
      int count = LedgerIndex.referenceHashes(item.reference(), hashes, 2);
      Set<Integer> made = Arrays.stream(hashes, 2, 2 + count).boxed()
          .collect(Collectors.toSet());
      assertThat(made).as(reference).hasSize(count).isEqualTo(
          LedgerIndex.referenceKeys(item.reference()).stream().map(String::hashCode)
              .collect(Collectors.toSet()));
    });
  }

  @Test
  void putLookupAndRemoveAgree() {
    PropertyTesting.theory(2_000).forAll(texts(), texts()).checkAssert((suffix, reference) -> {
      OpenItem other = item("OTHER-1", "RF18539007547034");
      OpenItem item = item("INV-" + suffix.strip() + "-0042", reference);
      LedgerIndex index = LedgerIndex.of(List.of(other), List.of());
      index.put(item);
      int position = index.position(item.documentId());
      Set<String> keys = new HashSet<>(LedgerIndex.referenceKeys(item.reference()));
      for (String key : keys) {
        assertThat(index.byReference(key)).as(key).contains(position);
      }
      LedgerIndex.tailOf(item.documentId().value()).ifPresent(t -> assertThat(index.byTail(t)).contains(position));
      assertThat(index.remove(item.documentId())).isTrue();
      for (String key : keys) {
        assertThat(index.byReference(key)).as(key).doesNotContain(position);
      }
      LedgerIndex.tailOf(item.documentId().value()).ifPresent(t -> assertThat(index.byTail(t))
          .doesNotContain(position));
      assertThat(index.find(other.documentId())).contains(other);
    });
  }

  @Test
  void theKeysMadeOnceAPositionFollowTheItemsWhenPositionsMove() {
    List<OpenItem> ledger = new java.util.ArrayList<>();
    for (int n = 0; n < 3 * LedgerIndex.COMPACT_FROM; n++) {
      ledger.add(item("INV-" + (n % 7 == 0 ? "X" : "") + String.format("%07d", n * 31), ""));
    }
    LedgerIndex index = LedgerIndex.of(ledger, List.of());
    for (int p = 0; p < index.size(); p++) {
      index.looseKey(p);
      index.tail(p);
    }
    // two of every three removed: the index is made compact and its positions move
    for (int n = 0; n < ledger.size(); n++) {
      if (n % 3 != 0) {
        index.remove(ledger.get(n).documentId());
      }
    }
    assertThat(index.capacity()).as("made compact").isLessThan(ledger.size());
    for (int p = 0; p < index.capacity(); p++) {
      OpenItem item = index.item(p);
      if (item == null) {
        continue;
      }
      String id = item.documentId().value();
      assertThat(index.looseKey(p)).as(id).isEqualTo(
          io.credere.allocation.internal.ReferenceText.looseKey(id));
      assertThat(index.tail(p)).as(id).isEqualTo(io.credere.allocation.internal.ReferenceText
          .stripZeros(io.credere.allocation.internal.ReferenceText.lastDigitGroup(id)));
    }
  }
}
