package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerFileTest {

  @TempDir
  Path dir;

  private Path file(String content) throws IOException {
    return Files.write(dir.resolve("ledger.csv"), content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reads_columns_in_any_order_and_case_with_a_bom_and_unknown_columns() throws IOException {
    Path ledger = file("\uFEFFAmount,Open_Amount,Customer_ID,document_id,DOCUMENT_TYPE,"
        + "document_date,due_date,currency,erp_note,reference,discount_date,discount_percent,"
        + "disputed\n"
        + "100.5,100.5,C-1,INV-1,invoice,2026-01-01,2026-01-31,eur,x,\"PO 7, rev 2\","
        + "2026-01-11,2,TRUE\n"
        + "\n"
        + "-20,-5,C-1,CN-1,CREDIT_NOTE,2026-01-02,2026-01-02,EUR,,,,,\n");
    List<OpenItem> items = LedgerFile.read(ledger, Rejects.failFast());
    assertThat(items).hasSize(2);
    OpenItem invoice = items.get(0);
    assertThat(invoice.openAmount()).isEqualTo(Money.parse("EUR 100.50"));
    assertThat(invoice.reference()).contains("PO 7, rev 2");
    assertThat(invoice.discount().orElseThrow().percent()).isEqualByComparingTo(BigDecimal.valueOf(2));
    assertThat(invoice.discount().orElseThrow().lastDate()).isEqualTo(LocalDate.of(2026, 1, 11));
    assertThat(invoice.isDisputed()).isTrue();
    assertThat(items.get(1).documentType()).isEqualTo(DocumentType.CREDIT_NOTE);
    assertThat(items.get(1).openAmount()).isEqualTo(Money.parse("EUR -5.00"));
  }

  @Test
  void guesses_the_rows_from_the_lines_it_samples_a_little_above_the_count() throws IOException {
    for (int width : new int[] {40, 130, 400}) {
      StringBuilder text = new StringBuilder(LedgerFile.COLUMNS.stream()
          .reduce((a, b) -> a + "," + b).orElseThrow()).append("\r\n");
      int rows = 20_000;
      for (int i = 0; i < rows; i++) {
        String row = "C-" + i % 97 + ",INV-" + i + ",INVOICE,2026-01-01,2026-01-31,EUR,10,10,";
        text.append(row).append("x".repeat(Math.max(0, width - row.length()))).append(",,,\r\n");
      }
      long guess = LedgerFile.expectedRows(file(text.toString()));
      assertThat(guess).as("rows of %d bytes", width).isBetween((long) rows, rows * 5L / 4);
    }
    // a small file, or one whose sample has too few lines, falls back to 80 bytes a row
    assertThat(LedgerFile.expectedRows(file("customer_id\nC-1\n"))).isZero();
    assertThat(LedgerFile.expectedRows(dir.resolve("absent.csv"))).isZero();
  }

  @Test
  void names_the_missing_required_column() throws IOException {
    Path ledger = file("customer_id,document_id,document_type,document_date,currency,amount,"
        + "open_amount\n");
    assertThatThrownBy(() -> LedgerFile.read(ledger, Rejects.failFast()))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith(ledger + ", line 1, field due_date: required column is missing");
  }

  @Test
  void names_line_and_column_of_an_open_amount_above_the_amount() throws IOException {
    Path ledger = file(String.join(",", LedgerFile.REQUIRED) + "\n"
        + "C-1,INV-1,INVOICE,2026-01-01,2026-01-31,EUR,100.00,120.00\n");
    assertThatThrownBy(() -> LedgerFile.read(ledger, Rejects.failFast()))
        .isInstanceOf(ValidationException.class)
        .hasMessage(ledger + ", line 2, column open_amount: 'EUR 120.00' exceeds document amount "
            + "EUR 100.00 for INV-1");
  }

  @Test
  void refuses_a_duplicate_document_naming_both_lines() throws IOException {
    Path ledger = file(String.join(",", LedgerFile.REQUIRED) + "\n"
        + "C-1,INV-1,INVOICE,2026-01-01,2026-01-31,EUR,100.00,100.00\n"
        + "C-2,INV-1,INVOICE,2026-01-01,2026-01-31,EUR,100.00,100.00\n");
    assertThatThrownBy(() -> LedgerFile.read(ledger, Rejects.failFast()))
        .hasMessage(ledger + ", line 3, column document_id: 'INV-1' appears twice in the ledger "
            + "(first on line 2)");
  }

  @Test
  void refuses_too_many_decimals_and_unknown_currency() throws IOException {
    Path ledger = file(String.join(",", LedgerFile.REQUIRED) + "\n"
        + "C-1,INV-1,INVOICE,2026-01-01,2026-01-31,JPY,100.5,100\n");
    assertThatThrownBy(() -> LedgerFile.read(ledger, Rejects.failFast()))
        .hasMessage(ledger + ", line 2, column amount: '100.5' has more decimals than JPY "
            + "allows (0)");
    Path other = file(String.join(",", LedgerFile.REQUIRED) + "\n"
        + "C-1,INV-1,INVOICE,2026-01-01,2026-01-31,EUX,100,100\n");
    assertThatThrownBy(() -> LedgerFile.read(other, Rejects.failFast()))
        .hasMessage(other + ", line 2, column currency: 'EUX' is not a known ISO 4217 currency "
            + "code");
  }

  @Test
  void refuses_a_file_that_is_not_utf8() throws IOException {
    Path ledger = dir.resolve("latin1.csv");
    Files.write(ledger, (String.join(",", LedgerFile.REQUIRED) + "\nC-1,R\u00e9f,INVOICE,2026-01-01,"
        + "2026-01-31,EUR,1,1\n").getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> LedgerFile.read(ledger, Rejects.failFast()))
        .hasMessageContaining("latin1.csv").hasMessageContaining("not UTF-8");
  }

  @Test
  void items_of_one_file_share_customer_ids_dates_and_an_amount_equal_to_the_open_amount()
      throws IOException {
    Path ledger = file("customer_id,document_id,document_type,document_date,due_date,currency,"
        + "amount,open_amount\n"
        + "C-1,INV-1,INVOICE,2026-01-01,2026-01-31,EUR,100,100\n"
        + "C-2,INV-2,INVOICE,2026-01-01,2026-02-28,EUR,100,40\n"
        + "C-1,INV-3,INVOICE,2026-01-31,2026-01-31,EUR,7,7\n"
        // 4096 days later: the same slot of the date cache, another date
        + "C-1,INV-4,INVOICE,2037-03-20,2037-03-20,EUR,7,7\n"
        // settled rows: one zero a currency, of the right currency and scale
        + "C-1,INV-5,INVOICE,2026-01-01,2026-01-31,EUR,5,0\n"
        + "C-2,INV-6,INVOICE,2026-01-01,2026-01-31,KWD,5.125,0\n"
        + "C-2,INV-7,INVOICE,2026-01-01,2026-01-31,EUR,9,0.00\n");
    List<OpenItem> items = LedgerFile.read(ledger, Rejects.failFast());
    assertThat(items.get(2).customerId()).isSameAs(items.get(0).customerId());
    assertThat(items.get(1).customerId()).isNotSameAs(items.get(0).customerId())
        .isNotEqualTo(items.get(0).customerId());
    assertThat(items.get(1).documentDate()).isSameAs(items.get(0).documentDate());
    assertThat(items.get(2).documentDate()).isSameAs(items.get(0).dueDate());
    assertThat(items.get(3).documentDate()).isEqualTo(LocalDate.of(2037, 3, 20));
    assertThat(items.get(0).openAmount()).isSameAs(items.get(0).amount());
    assertThat(items.get(1).openAmount()).isEqualTo(Money.parse("EUR 40.00"));
    assertThat(items.get(1).amount()).isEqualTo(Money.parse("EUR 100.00"));
    assertThat(items.get(6).openAmount()).isSameAs(items.get(4).openAmount())
        .isEqualTo(Money.parse("EUR 0.00"));
    assertThat(items.get(5).openAmount()).isEqualTo(Money.parse("KWD 0.000"));
    // the same items as one row at a time, without sharing
    List<String> lines = Files.readAllLines(ledger);
    CsvLines.Mapper<OpenItem> mapper = LedgerFile.lineMapper(ledger.toString(), lines.get(0));
    for (int k = 1; k < lines.size(); k++) {
      assertThat(items.get(k - 1)).isEqualTo(mapper.map(lines.get(k), k + 1));
    }
  }
}
