package io.credere.io;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.core.testing.CoreGenerators;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every valid shape of a ledger reads to the same items, and the streaming aging equals the
 * aging of the items read: column order, header case, extra columns, quoted cells (numbers
 * included), escaped quotes, CRLF, lone CR, a BOM.
 */
class LedgerShapesProperties {

  @TempDir
  Path dir;

  private static final List<String> COLUMNS = List.of("customer_id", "document_id",
      "document_type", "document_date", "due_date", "currency", "amount", "open_amount",
      "reference", "disputed");

  private static List<String> cells(OpenItem item) {
    return List.of(item.customerId().value(), item.documentId().value(),
        item.documentType().name(), item.documentDate().toString(), item.dueDate().toString(),
        item.currency().getCode(), Monies.format(item.amount()),
        Monies.format(item.openAmount()), item.reference().orElse("say \"hi\", then"),
        Boolean.toString(item.isDisputed()));
  }

  /** The CSV of the items with columns in {@code order}, each cell through {@code cell}. */
  private static String csv(List<OpenItem> items, int[] order, boolean upper, boolean extra,
      UnaryOperator<String> cell, String eol, boolean bom) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "");
    List<String> head = new ArrayList<>();
    for (int k : order) {
      head.add(upper ? COLUMNS.get(k).toUpperCase(Locale.ROOT) : COLUMNS.get(k));
    }
    if (extra) {
      head.add(1, "Erp Note");
    }
    text.append(String.join(",", head)).append(eol);
    for (OpenItem item : items) {
      List<String> row = new ArrayList<>();
      List<String> all = cells(item);
      for (int k : order) {
        row.add(cell.apply(all.get(k)));
      }
      if (extra) {
        row.add(1, cell.apply("note, with comma"));
      }
      text.append(String.join(",", row)).append(eol);
    }
    return text.toString();
  }

  private static String quoted(String cell) {
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String minimal(String cell) {
    return CsvText.quote(cell);
  }

  @Test
  void every_shape_reads_the_same_and_ages_the_same() {
    Path file = dir.resolve("ledger.csv");
    AgingPolicy policy = AgingPolicy.of(CoreGenerators.BASE_DATE);
    int[] plain = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    int[] shuffled = {7, 3, 9, 0, 5, 8, 2, 6, 1, 4};
    theory(200).forAll(CoreGenerators.ledgers(30, 6)).checkAssert(items -> {
      AgingReport expected = AgingReport.of(policy, items);
      List<String> shapes = List.of(
          csv(items, plain, false, false, LedgerShapesProperties::minimal, "\n", false),
          csv(items, shuffled, true, true, LedgerShapesProperties::minimal, "\r\n", true),
          csv(items, shuffled, false, true, LedgerShapesProperties::quoted, "\r\n", true),
          csv(items, plain, true, false, LedgerShapesProperties::quoted, "\r", false));
      for (String shape : shapes) {
        try {
          Files.writeString(file, shape, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        List<OpenItem> read = LedgerFile.read(file, Rejects.failFast());
        assertThat(read).hasSize(items.size());
        for (int i = 0; i < items.size(); i++) {
          OpenItem want = items.get(i);
          OpenItem got = read.get(i);
          assertThat(got.documentId()).isEqualTo(want.documentId());
          assertThat(got.openAmount()).isEqualTo(want.openAmount());
          assertThat(got.dueDate()).isEqualTo(want.dueDate());
          assertThat(got.reference()).contains(want.reference().orElse("say \"hi\", then"));
        }
        assertThat(LedgerFile.age(file, policy, Rejects.failFast(), Progress.NONE))
            .isEqualTo(expected);
        assertThat(LedgerFile.check(file, Rejects.failFast(), Progress.NONE))
            .isEqualTo(items.size());
      }
    });
  }
}
