package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.core.error.ValidationException;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reliability issue's defects of reading (1, 2, 4, 5, 6, 9, 11, 13), each pinned. */
class ContractDefectsTest {

  static final String H = "customer_id,document_id,document_type,document_date,due_date,currency,"
      + "amount,open_amount";

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void defect_1_an_unterminated_quote_names_the_line_where_it_opened() throws IOException {
    Path q = write("q.csv", H + ",reference\n"
        + "C-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,100.00,100.00,\"oops\n"
        + "C-1,D-2,INVOICE,2026-01-01,2026-02-01,EUR,50.00,50.00,\n");
    assertThatThrownBy(() -> LedgerFile.read(q, Rejects.failFast()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(q + ", line 2")
        .hasMessageContaining("quote opened on line 2 is never closed");
    // with --rejects too: the rest of the file cannot be read, so the run stops
    try (Rejects rejects = Rejects.toFile(dir.resolve("r.csv"))) {
      assertThatThrownBy(() -> LedgerFile.check(q, rejects, Progress.NONE))
          .hasMessageContaining("line 2");
    }
    Path payments = write("p.csv", "payment_id,payment_date,currency,amount,remittance\n"
        + "P-1,2026-01-01,EUR,10.00,\"INV 1\n"
        + "P-2,2026-01-02,EUR,20.00,INV 2\n");
    assertThatThrownBy(() -> PaymentsFile.read(payments, Rejects.failFast()))
        .hasMessageContaining("quote opened on line 2 is never closed");
  }

  @Test
  void a_quoted_field_may_span_lines_and_hold_doubled_quotes() throws IOException {
    Path ledger = write("l.csv", H + ",reference\n"
        + "C-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,100.00,100.00,\"PO \"\"7\"\",\nrev 2\"\n"
        + "C-1,D-2,INVOICE,2026-01-01,2026-02-01,EUR,xx,50.00,\n");
    assertThatThrownBy(() -> LedgerFile.read(ledger, Rejects.failFast()))
        .hasMessageStartingWith(ledger + ", line 4, column amount: 'xx'");
    Path good = write("g.csv", H + ",reference\n"
        + "C-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,100.00,100.00,\"PO \"\"7\"\",\nrev 2\"\n");
    assertThat(LedgerFile.read(good, Rejects.failFast()).get(0).reference())
        .contains("PO \"7\",\nrev 2");
  }

  @Test
  void defect_2_a_file_with_lone_carriage_returns_is_read_whole() throws IOException {
    String rows = H + "\nC-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,100.00,100.00\n"
        + "C-2,D-2,INVOICE,2026-01-01,2026-02-01,EUR,50.00,50.00\n";
    Path lf = write("lf.csv", rows);
    Path cr = write("cr.csv", rows.replace('\n', '\r'));
    Path crlf = write("crlf.csv", rows.replace("\n", "\r\n"));
    AgingPolicy policy = AgingPolicy.of(LocalDate.of(2026, 3, 1));
    AgingReport expected = LedgerFile.age(lf, policy, Rejects.failFast(), Progress.NONE);
    assertThat(expected.size()).isEqualTo(2);
    assertThat(LedgerFile.age(cr, policy, Rejects.failFast(), Progress.NONE)).isEqualTo(expected);
    assertThat(LedgerFile.age(crlf, policy, Rejects.failFast(), Progress.NONE))
        .isEqualTo(expected);
    assertThat(LedgerFile.read(cr, Rejects.failFast())).hasSize(2);
    // line numbers count a lone CR as a line end
    Path bad = write("bad.csv", (H + "\nC-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,1.00,1.00\n"
        + "C-1,D-2,INVOICE,2026-01-01,2026-02-01,EUR,x,1.00\n").replace('\n', '\r'));
    assertThatThrownBy(() -> LedgerFile.read(bad, Rejects.failFast()))
        .hasMessageStartingWith(bad + ", line 3, column amount");
  }

  @Test
  void defect_4_each_bad_row_is_written_under_its_own_files_header() throws IOException {
    Path ledger = write("ledger.csv", H + "\nC-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,x,1.00\n");
    Path payments = write("payments.csv", "payment_id,payment_date,currency,amount\n"
        + "P-1,2026-01-01,EUR,-5\n");
    Path out = dir.resolve("rejects.csv");
    try (Rejects rejects = Rejects.toFile(out)) {
      LedgerFile.check(ledger, rejects, Progress.NONE);
      PaymentsFile.read(payments, rejects);
      assertThat(rejects.count()).isEqualTo(2);
    }
    List<String> lines = Files.readAllLines(out);
    assertThat(lines.get(0)).isEqualTo("source,line,reason," + H);
    assertThat(lines.get(1)).startsWith(ledger + ",2,");
    assertThat(lines.get(2)).isEqualTo("source,line,reason,payment_id,payment_date,currency,"
        + "amount");
    assertThat(lines.get(3)).startsWith(payments + ",2,");
    assertThat(lines.get(3)).endsWith(",P-1,2026-01-01,EUR,'-5");
  }

  @Test
  void defect_5_a_policy_amount_with_more_decimals_than_the_currency_is_refused()
      throws IOException {
    Path policy = write("policy.csv", "level,days_overdue,min_amount,channel,fee,interest,"
        + "wait_days\n1,10,0,EMAIL,0,false,14\n2,30,50,LETTER,5.555,true,14\n");
    PolicyFile.Read read = PolicyFile.readWithLines(policy, Rejects.failFast());
    assertThatThrownBy(() -> read.checkCurrencies(List.of(CurrencyUnit.EUR)))
        .hasMessageStartingWith(policy + ", line 3, column fee: '5.555' has more decimals than "
            + "EUR allows (2)");
    Path half = write("half.csv", "level,days_overdue,min_amount,channel,fee,interest,"
        + "wait_days\n1,10,0,EMAIL,0.5,false,14\n");
    PolicyFile.Read jpy = PolicyFile.readWithLines(half, Rejects.failFast());
    jpy.checkCurrencies(List.of(CurrencyUnit.EUR));
    assertThatThrownBy(() -> jpy.checkCurrencies(List.of(CurrencyUnit.JPY)))
        .hasMessageContaining("line 2, column fee: '0.5' has more decimals than JPY allows (0)");
  }

  @Test
  void defect_6_a_month_missing_in_a_currency_is_invalid_naming_the_period_after_it()
      throws IOException {
    Path history = write("ar.csv", "period,currency,credit_sales,ending_receivables,"
        + "ending_current_receivables\n"
        + "2025-12,EUR,100,100,50\n2026-03,EUR,100,100,50\n2026-04,EUR,100,100,50\n"
        + "2026-01,USD,100,100,50\n2026-02,USD,100,100,50\n");
    assertThatThrownBy(() -> ArHistoryFile.read(history, Rejects.failFast()))
        .hasMessageStartingWith(history + ", line 3, column period: '2026-03' follows a gap in "
            + "the EUR history: 2026-01 is missing");
    Path out = dir.resolve("rejects.csv");
    List<ArPeriodRow> kept;
    try (Rejects rejects = Rejects.toFile(out)) {
      kept = ArHistoryFile.read(history, rejects);
    }
    assertThat(kept).extracting(r -> r.period().toString())
        .containsExactly("2025-12", "2026-01", "2026-02");
    assertThat(Files.readAllLines(out)).hasSize(3);
  }

  @Test
  void defect_9_an_id_over_256_characters_is_a_row_error_with_its_line() throws IOException {
    String longId = "C".repeat(257);
    Path notices = write("notices.csv", "customer_id,currency,level,date,documents\n"
        + longId + ",EUR,1,2026-01-01,\n"
        + "C-1,EUR,1,2026-01-01," + "D".repeat(300) + "\n"
        + "C-2,EUR,1,2026-01-01,D-1\n");
    assertThatThrownBy(() -> NoticesFile.read(notices, Rejects.failFast()))
        .hasMessageStartingWith(notices + ", line 2, column customer_id");
    try (Rejects rejects = Rejects.toFile(dir.resolve("r.csv"))) {
      assertThat(NoticesFile.read(notices, rejects)).hasSize(1);
      assertThat(rejects.count()).isEqualTo(2);
    }
    Path ledger = write("l.csv", H + "\nC-1," + "D".repeat(257)
        + ",INVOICE,2026-01-01,2026-02-01,EUR,1.00,1.00\n");
    assertThatThrownBy(() -> LedgerFile.age(ledger, AgingPolicy.of(LocalDate.of(2026, 3, 1)),
        Rejects.failFast(), Progress.NONE))
        .hasMessageContaining("line 2, column document_id")
        .hasMessageContaining("longer than the contract's 256 characters");
  }

  @Test
  void defect_11_financials_rows_the_scoring_refuses_are_row_errors() throws IOException {
    String head = "customer_id,currency,total_assets,total_liabilities,current_assets,"
        + "current_liabilities,retained_earnings,ebit,sales,book_equity\n";
    Path zero = write("fin.csv", head + "C-1,EUR,0,10,10,10,10,10,10,10\n");
    assertThatThrownBy(() -> FinancialsFile.read(zero, Rejects.failFast()))
        .hasMessageStartingWith(zero + ", line 2, column total_assets");
    Path twice = write("fin2.csv", head + "C-1,EUR,100,10,10,10,10,10,10,10\n"
        + "C-1,EUR,100,10,10,10,10,10,10,10\n");
    assertThatThrownBy(() -> FinancialsFile.read(twice, Rejects.failFast()))
        .hasMessageStartingWith(twice + ", line 3, column customer_id: 'C-1' has more than one "
            + "row in the financials file (first on line 2)");
    try (Rejects rejects = Rejects.toFile(dir.resolve("r.csv"))) {
      assertThat(FinancialsFile.read(twice, rejects)).hasSize(1);
      assertThat(FinancialsFile.read(zero, rejects)).isEmpty();
      assertThat(rejects.count()).isEqualTo(2);
    }
  }

  @Test
  void defect_13_dates_and_amounts_beyond_the_contracts_limits_are_refused() throws IOException {
    Path far = write("far.csv", H + "\nC-1,D-1,INVOICE,+10000-01-01,2026-02-01,EUR,1.00,1.00\n");
    assertThatThrownBy(() -> LedgerFile.read(far, Rejects.failFast()))
        .hasMessageContaining("column document_date: '+10000-01-01' is not a date");
    Path old = write("old.csv", H + "\nC-1,D-1,INVOICE,1899-12-31,2026-02-01,EUR,1.00,1.00\n");
    assertThatThrownBy(() -> LedgerFile.read(old, Rejects.failFast()))
        .hasMessageContaining("is outside the contract's dates");
    Path big = write("big.csv", H + "\nC-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,"
        + "1000000000000000.01,1.00\n");
    assertThatThrownBy(() -> LedgerFile.read(big, Rejects.failFast()))
        .hasMessageContaining("column amount: '1000000000000000.01' is beyond the contract's "
            + "limit of 10^15");
    Path max = write("max.csv", H + "\nC-1,D-1,INVOICE,2026-01-01,2026-02-01,BHD,"
        + "1000000000000000.000,-0\n");
    OpenItem item = LedgerFile.read(max, Rejects.failFast()).get(0);
    assertThat(item.amount().getAmountMinorLong()).isEqualTo(1_000_000_000_000_000_000L);
  }

  @Test
  void a_one_line_file_of_many_megabytes_fails_fast_naming_line_1() throws IOException {
    Path huge = dir.resolve("huge.csv");
    byte[] line = new byte[CsvParser.MAX_RECORD_BYTES + 1024];
    java.util.Arrays.fill(line, (byte) 'a');
    Files.write(huge, line);
    assertThatThrownBy(() -> LedgerFile.read(huge, Rejects.failFast()))
        .hasMessageStartingWith(huge + ", line 1")
        .hasMessageContaining("a row longer than 4 MiB");
  }

  @Test
  void bytes_that_are_not_utf8_are_a_row_error_with_its_line() throws IOException {
    byte[] head = (H + "\nC-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,1.00,1.00\nC-\u00e9")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = ",D-2,INVOICE,2026-01-01,2026-02-01,EUR,1.00,1.00\n".getBytes(
        StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xFF;
    System.arraycopy(tail, 0, all, head.length + 1, tail.length);
    Path file = Files.write(dir.resolve("latin.csv"), all);
    assertThatThrownBy(() -> LedgerFile.read(file, Rejects.failFast()))
        .hasMessageStartingWith(file + ", line 3")
        .hasMessageContaining("is not UTF-8 text");
  }

  @Test
  void a_line_mapper_applies_the_file_readers_rules_a_discount_without_its_partner_included()
      throws IOException {
    String header = H + ",discount_date";
    String line = "C-1,D-1,INVOICE,2026-01-01,2026-02-01,EUR,100.00,100.00,2026-01-10";
    Path file = write("l.csv", header + "\n" + line + "\n");
    assertThatThrownBy(() -> LedgerFile.read(file, Rejects.failFast()))
        .hasMessage(file + ", line 2, column discount_percent: is missing (discount_date and "
            + "discount_percent go together)");
    CsvLines.Mapper<OpenItem> mapper = LedgerFile.lineMapper(file.toString(), header);
    assertThatThrownBy(() -> mapper.map(line, 2))
        .hasMessage(file + ", line 2, column discount_percent: is missing (discount_date and "
            + "discount_percent go together)");
    assertThat(LedgerFile.lineMapper("x.csv", H).map(
        "C-1,\"D-1\",INVOICE,2026-01-01,2026-02-01,EUR,\"100.00\",100.00", 7).openAmount()
        .getAmountMinorLong()).isEqualTo(10000);
  }
}
