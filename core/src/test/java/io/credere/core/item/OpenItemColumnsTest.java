package io.credere.core.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.testing.PropertyTesting;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class OpenItemColumnsTest {

  private static final List<CurrencyUnit> CURRENCIES = List.of(CurrencyUnit.EUR,
      CurrencyUnit.JPY, CurrencyUnit.of("BHD"), CurrencyUnit.USD);
  private static final List<String> TEXTS = List.of("INV-1", "ÄÖÜ-ß 7", "日本-42", " x ",
      "a\u00a0b", "RF18 5390 0754 7034", "", "z".repeat(240), "e\u0301", "😀-3");

  /** Any item OpenItem accepts: every type, currency, date range, reference and discount. */
  private static Gen<OpenItem> items() {
    Gen<DocumentType> types = SourceDSL.integers().between(0, 3)
        .map(i -> DocumentType.values()[i]);
    Gen<Long> amounts = SourceDSL.longs().between(0, 1_000_000_000_000L);
    Gen<Long> days = SourceDSL.longs().between(-800_000, 3_000_000);
    Gen<Integer> picks = SourceDSL.integers().between(0, 99);
    return types.zip(amounts, amounts, days, picks, (type, a, b, day, pick) -> {
      CurrencyUnit currency = CURRENCIES.get(pick % CURRENCIES.size());
      long amount = Math.max(a, b) * type.sign();
      long open = pick % 3 == 0 ? amount : Math.min(a, b) * type.sign();
      String text = TEXTS.get(pick % TEXTS.size());
      String id = text.isBlank() ? "D-" + pick : text.strip();
      OpenItem.Builder item = OpenItem.builder()
          .customerId(CustomerId.of("C-" + pick % 7))
          .documentId(DocumentId.of(id + "-" + a))
          .documentType(type)
          .documentDate(LocalDate.ofEpochDay(day))
          .dueDate(LocalDate.ofEpochDay(day + pick - 30))
          .amount(Money.ofMinor(currency, amount))
          .openAmount(Money.ofMinor(currency, open))
          .disputed(pick % 5 == 0);
      if (pick % 4 != 0) {
        item.reference(TEXTS.get((pick / 4) % TEXTS.size()));
      }
      if (pick % 6 == 1) {
        item.discount(EarlyPaymentDiscount.of(LocalDate.ofEpochDay(day + 10),
            BigDecimal.valueOf(pick % 50 + 1, 1)));
      }
      return item.build();
    });
  }

  @Test
  void every_row_reads_back_as_the_item_added_and_each_field_without_it() {
    PropertyTesting.theory().forAll(SourceDSL.lists().of(items()).ofSizeBetween(0, 40))
        .checkAssert(list -> {
          OpenItemColumns columns = OpenItemColumns.of(list);
          assertThat(columns).hasSize(list.size()).isEqualTo(list);
          for (int row = 0; row < list.size(); row++) {
            OpenItem item = list.get(row);
            assertThat(columns.get(row)).isEqualTo(item).isNotSameAs(item);
            assertThat(columns.customerId(row)).isSameAs(item.customerId());
            assertThat(columns.documentId(row)).isEqualTo(item.documentId().value());
            assertThat(columns.hasDocumentId(row, item.documentId().value())).isTrue();
            assertThat(columns.hasDocumentId(row, item.documentId().value() + "x")).isFalse();
            assertThat(columns.reference(row)).isEqualTo(item.reference());
            assertThat(columns.documentType(row)).isEqualTo(item.documentType());
            assertThat(columns.documentDay(row)).isEqualTo(item.documentDate().toEpochDay());
            assertThat(columns.dueDay(row)).isEqualTo(item.dueDate().toEpochDay());
            assertThat(columns.currency(row)).isEqualTo(item.currency());
            assertThat(columns.amountMinor(row)).isEqualTo(item.amount().getAmountMinorLong());
            assertThat(columns.openMinor(row))
                .isEqualTo(item.openAmount().getAmountMinorLong());
          }
          // rows copied one by one into other columns read the same, in any order
          OpenItemColumns.Builder copy = OpenItemColumns.builder(1);
          for (int row = list.size() - 1; row >= 0; row--) {
            copy.addRow(columns, row);
          }
          List<OpenItem> reversed = new ArrayList<>(list);
          java.util.Collections.reverse(reversed);
          assertThat(copy.build()).isEqualTo(reversed);
        });
  }

  @Test
  void ids_compare_without_being_made_also_beyond_ascii() {
    OpenItemColumns columns = OpenItemColumns.of(List.of(item("INV-1", 100, 100),
        item("Ä-1", 100, 100), item("AB", 100, 100)));
    assertThat(columns.hasDocumentId(0, "INV-1")).isTrue();
    assertThat(columns.hasDocumentId(0, "INV-2")).isFalse();
    assertThat(columns.hasDocumentId(0, "INV-")).isFalse();
    assertThat(columns.hasDocumentId(1, "Ä-1")).isTrue();
    // "Ä-1" is 4 bytes: a 4-character id must not match it on length alone
    assertThat(columns.hasDocumentId(1, "A--1")).isFalse();
    assertThat(columns.hasDocumentId(1, "A-1")).isFalse();
    assertThat(columns.hasDocumentId(2, "AB")).isTrue();
    assertThat(columns.hasDocumentId(2, "Ab")).isFalse();
  }

  @Test
  void refuses_what_the_item_refuses_with_its_message_and_keeps_no_part_of_the_row() {
    OpenItemColumns.Builder builder = OpenItemColumns.builder(2);
    builder.add(item("INV-1", 100, 100));
    byte[] id = "INV-2".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> builder.add(CustomerId.of("C-1"), id, 0, id.length,
        DocumentType.INVOICE, 0, 0, CurrencyUnit.EUR, 100, 120, Optional.empty(), false,
        Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("open_amount: 'EUR 1.20' exceeds document amount EUR 1.00 for INV-2");
    assertThatThrownBy(() -> builder.add(CustomerId.of("C-1"), id, 0, id.length,
        DocumentType.CREDIT_NOTE, 0, 0, CurrencyUnit.EUR, 100, 0, Optional.empty(), false,
        Optional.empty()))
        .isInstanceOf(ValidationException.class)
        .hasMessage("amount: 'EUR 1.00' has the wrong sign for CREDIT_NOTE INV-2 (expected "
            + "negative)");
    assertThatThrownBy(() -> builder.add(CustomerId.of("C-1"), id, 0, id.length,
        DocumentType.INVOICE, 0, 0, CurrencyUnit.EUR, 100_000_000_000_000_001L, 0,
        Optional.empty(), false, Optional.empty()))
        .isInstanceOf(ValidationException.class).hasMessageContaining("beyond the supported");
    byte[] blank = " \t ".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> builder.add(CustomerId.of("C-1"), blank, 0, blank.length,
        DocumentType.INVOICE, 0, 0, CurrencyUnit.EUR, 100, 0, Optional.empty(), false,
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    byte[] tooLong = "x".repeat(257).getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> builder.add(CustomerId.of("C-1"), tooLong, 0, tooLong.length,
        DocumentType.INVOICE, 0, 0, CurrencyUnit.EUR, 100, 0, Optional.empty(), false,
        Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 256");
    assertThatThrownBy(() -> builder.add(CustomerId.of("C-1"), id, 0, id.length,
        DocumentType.INVOICE, Long.MAX_VALUE, 0, CurrencyUnit.EUR, 100, 0, Optional.empty(),
        false, Optional.empty()))
        .isInstanceOf(java.time.DateTimeException.class);
    // the refused rows left nothing behind: the next row reads as added
    builder.add(item("INV-3", 50, 20));
    OpenItemColumns columns = builder.build();
    assertThat(columns).containsExactly(item("INV-1", 100, 100), item("INV-3", 50, 20));
    assertThatThrownBy(() -> builder.add(item("INV-4", 1, 1)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_list_cannot_be_changed_and_rows_outside_it_are_refused() {
    OpenItemColumns columns = OpenItemColumns.of(List.of(item("INV-1", 100, 100)));
    assertThatThrownBy(() -> columns.add(item("INV-2", 1, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> columns.documentId(1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> columns.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(OpenItemColumns.of(List.of())).isEmpty();
  }

  private static OpenItem item(String id, long amount, long open) {
    return OpenItem.builder().customerId(CustomerId.of("C-1")).documentId(DocumentId.of(id))
        .documentType(DocumentType.INVOICE).documentDate(LocalDate.of(2026, 1, 1))
        .dueDate(LocalDate.of(2026, 1, 31)).amount(Money.ofMinor(CurrencyUnit.EUR, amount))
        .openAmount(Money.ofMinor(CurrencyUnit.EUR, open)).build();
  }
}
