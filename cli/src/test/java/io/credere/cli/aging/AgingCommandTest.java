package io.credere.cli.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingCommandTest {

  static final String HEADER =
      "customer_id,document_id,document_type,document_date,due_date,currency,amount,open_amount\n";

  /** As of 2026-06-30: ages by due date 30, -1, 91, credit, 46, 60, 90, settled, credit, future. */
  static final String LEDGER = HEADER
      + "C-2,I-1,INVOICE,2026-05-01,2026-05-31,EUR,100.00,80.50\n"
      + "C-1,I-2,INVOICE,2026-06-01,2026-07-01,EUR,200.00,200.00\n"
      + "C-1,I-3,INVOICE,2026-03-01,2026-03-31,EUR,50.00,50.00\n"
      + "C-1,CN-1,CREDIT_NOTE,2026-06-10,2026-06-10,EUR,-20.00,-20.00\n"
      + "C-1,I-4,INVOICE,2026-04-15,2026-05-15,JPY,12500,12500\n"
      + "C-1,I-5,INVOICE,2026-04-01,2026-05-01,BHD,1.250,1.250\n"
      + "C-1,I-6,INVOICE,2026-03-01,2026-04-01,BHD,2.000,0.005\n"
      + "C-3,I-7,INVOICE,2026-01-01,2026-01-31,EUR,10.00,0.00\n"
      + "C-2,P-1,PAYMENT,2026-06-20,2026-06-20,EUR,-5.25,-5.25\n"
      + "C-10,I-8,INVOICE,2026-08-01,2026-08-31,EUR,1.00,1.00\n";

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private CliRun aging(String ledger, String... options) throws IOException {
    Path file = file("ledger.csv", ledger);
    String[] args = new String[options.length + 5];
    args[0] = "aging";
    args[1] = "--ledger";
    args[2] = file.toString();
    args[3] = "--as-of";
    args[4] = "2026-06-30";
    System.arraycopy(options, 0, args, 5, options.length);
    return CliRun.of(args);
  }

  @Test
  void ages_by_due_date_with_credits_apart_and_currency_scales() throws IOException {
    CliRun run = aging(LEDGER);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(
        "customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total\n"
            + "C-1,BHD,0.000,0.000,1.250,0.005,0.000,0.000,1.255\n"
            + "C-1,EUR,200.00,0.00,0.00,0.00,50.00,-20.00,230.00\n"
            + "C-1,JPY,0,0,12500,0,0,0,12500\n"
            + "C-10,EUR,1.00,0.00,0.00,0.00,0.00,0.00,1.00\n"
            + "C-2,EUR,0.00,80.50,0.00,0.00,0.00,-5.25,75.25\n"
            + "*,BHD,0.000,0.000,1.250,0.005,0.000,0.000,1.255\n"
            + "*,EUR,201.00,80.50,0.00,0.00,50.00,-25.25,306.25\n"
            + "*,JPY,0,0,12500,0,0,0,12500\n");
  }

  @Test
  void nets_credits_into_the_buckets_with_net_credits() throws IOException {
    CliRun run = aging(LEDGER, "--net-credits");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(
        "customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total\n"
            + "C-1,BHD,0.000,0.000,1.250,0.005,0.000,0.000,1.255\n"
            + "C-1,EUR,200.00,-20.00,0.00,0.00,50.00,0.00,230.00\n"
            + "C-1,JPY,0,0,12500,0,0,0,12500\n"
            + "C-10,EUR,1.00,0.00,0.00,0.00,0.00,0.00,1.00\n"
            + "C-2,EUR,0.00,75.25,0.00,0.00,0.00,0.00,75.25\n"
            + "*,BHD,0.000,0.000,1.250,0.005,0.000,0.000,1.255\n"
            + "*,EUR,201.00,55.25,0.00,0.00,50.00,0.00,306.25\n"
            + "*,JPY,0,0,12500,0,0,0,12500\n");
  }

  @Test
  void ages_by_document_date_with_basis_document() throws IOException {
    CliRun run = aging(LEDGER, "--basis", "document");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(
        "customer_id,currency,0-30,31-60,61-90,91+,unapplied_credits,total\n"
            + "C-1,BHD,0.000,0.000,1.250,0.005,0.000,1.255\n"
            + "C-1,EUR,200.00,0.00,0.00,50.00,-20.00,230.00\n"
            + "C-1,JPY,0,0,12500,0,0,12500\n"
            + "C-10,EUR,1.00,0.00,0.00,0.00,0.00,1.00\n"
            + "C-2,EUR,0.00,80.50,0.00,0.00,-5.25,75.25\n"
            + "*,BHD,0.000,0.000,1.250,0.005,0.000,1.255\n"
            + "*,EUR,201.00,80.50,0.00,50.00,-25.25,306.25\n"
            + "*,JPY,0,0,12500,0,0,12500\n");
  }

  @Test
  void names_custom_buckets_the_same_way() throws IOException {
    CliRun run = aging(LEDGER, "--buckets", "45");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(
        "customer_id,currency,current,1-45,46+,unapplied_credits,total\n"
            + "C-1,BHD,0.000,0.000,1.255,0.000,1.255\n"
            + "C-1,EUR,200.00,0.00,50.00,-20.00,230.00\n"
            + "C-1,JPY,0,0,12500,0,12500\n"
            + "C-10,EUR,1.00,0.00,0.00,0.00,1.00\n"
            + "C-2,EUR,0.00,80.50,0.00,-5.25,75.25\n"
            + "*,BHD,0.000,0.000,1.255,0.000,1.255\n"
            + "*,EUR,201.00,80.50,50.00,-25.25,306.25\n"
            + "*,JPY,0,0,12500,0,12500\n");
    assertThat(aging(LEDGER, "--buckets", "15,45,120", "--basis", "DOCUMENT").out())
        .startsWith("customer_id,currency,0-15,16-45,46-120,121+,unapplied_credits,total\n");
  }

  @Test
  void a_ledger_with_nothing_open_gives_the_header_alone() throws IOException {
    String settled = HEADER + "C-3,I-7,INVOICE,2026-01-01,2026-01-31,EUR,10.00,0.00\n";
    assertThat(aging(settled).out()).isEqualTo(
        "customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total\n");
    assertThat(aging(HEADER, "--basis", "document").out()).isEqualTo(
        "customer_id,currency,0-30,31-60,61-90,91+,unapplied_credits,total\n");
  }

  @Test
  void keeps_a_row_whose_items_net_to_zero_and_escapes_formula_like_ids() throws IOException {
    String ledger = HEADER
        + "=C-9,I-1,INVOICE,2026-06-01,2026-06-15,USD,10.00,10.00\n"
        + "=C-9,CN-1,CREDIT_NOTE,2026-06-01,2026-06-15,USD,-10.00,-10.00\n";
    assertThat(aging(ledger).out()).isEqualTo(
        "customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total\n"
            + "'=C-9,USD,0.00,10.00,0.00,0.00,0.00,-10.00,0.00\n"
            + "*,USD,0.00,10.00,0.00,0.00,0.00,-10.00,0.00\n");
  }

  @Test
  void reads_columns_in_any_order_with_quotes_and_optional_columns() throws IOException {
    String ledger = "Currency,open_amount,amount,due_date,document_date,document_type,"
        + "document_id,customer_id,disputed,reference\n"
        + "EUR,12.50,12.50,2026-06-29,2026-06-01,invoice,\"I,1\",\"C 1\",true,\"PO \"\"7\"\"\"\n";
    CliRun run = aging(ledger);
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(
        "customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total\n"
            + "C 1,EUR,0.00,12.50,0.00,0.00,0.00,0.00,12.50\n"
            + "*,EUR,0.00,12.50,0.00,0.00,0.00,0.00,12.50\n");
  }

  @Test
  void bad_row_exits_1_naming_line_and_column_and_writes_nothing() throws IOException {
    String ledger = HEADER
        + "C-1,I-1,INVOICE,2026-05-01,2026-05-31,EUR,100.00,80.50\n"
        + "C-1,I-2,INVOICE,2026-05-01,2026-02-30,EUR,100.00,80.50\n";
    Path out = dir.resolve("out.csv");
    CliRun run = aging(ledger, "--output", out.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("line 3, column due_date: '2026-02-30' is not a date "
        + "(expected yyyy-MM-dd)");
    assertThat(out).doesNotExist();
  }

  @Test
  void too_many_decimals_and_duplicate_ids_are_errors() throws IOException {
    CliRun decimals = aging(HEADER + "C-1,I-1,INVOICE,2026-05-01,2026-05-31,JPY,100.5,100\n");
    assertThat(decimals.exitCode()).isEqualTo(1);
    assertThat(decimals.err()).contains("line 2, column amount: '100.5' has more decimals than "
        + "JPY allows (0)");
    CliRun twice = aging(HEADER + "C-1,I-1,INVOICE,2026-05-01,2026-05-31,EUR,1.00,1.00\n"
        + "C-2,I-1,INVOICE,2026-05-01,2026-05-31,EUR,1.00,1.00\n");
    assertThat(twice.exitCode()).isEqualTo(1);
    assertThat(twice.err()).contains("line 3, column document_id: 'I-1' appears twice in the "
        + "ledger (first on line 2)");
  }

  @Test
  void rejects_bad_rows_to_a_file_and_goes_on() throws IOException {
    String ledger = HEADER
        + "C-1,I-1,INVOICE,2026-05-01,2026-05-31,EUR,100.00,80.50\n"
        + "C-1,I-2,INVOICE,2026-05-01,2026-05-31,EUR,100.00,180.50\n";
    Path rejects = dir.resolve("rejects.csv");
    CliRun run = aging(ledger, "--rejects", rejects.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(
        "customer_id,currency,current,1-30,31-60,61-90,91+,unapplied_credits,total\n"
            + "C-1,EUR,0.00,80.50,0.00,0.00,0.00,0.00,80.50\n"
            + "*,EUR,0.00,80.50,0.00,0.00,0.00,0.00,80.50\n");
    List<String> lines = Files.readAllLines(rejects);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1)).contains(",3,").contains("exceeds document amount");
  }

  @Test
  void wrong_usage_exits_2() throws IOException {
    Path file = file("ledger.csv", LEDGER);
    assertThat(CliRun.of("aging", "--ledger", file.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRun.of("aging", "--as-of", "2026-06-30").exitCode()).isEqualTo(2);
    assertThat(aging(LEDGER, "--buckets", "60,30").exitCode()).isEqualTo(2);
    assertThat(aging(LEDGER, "--buckets", "thirty").exitCode()).isEqualTo(2);
    assertThat(aging(LEDGER, "--basis", "invoice").exitCode()).isEqualTo(2);
    assertThat(aging(LEDGER, "--bogus").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("aging", "--ledger", file.toString(), "--as-of", "30.06.2026")
        .exitCode()).isEqualTo(2);
  }

  @Test
  void missing_file_exits_1() {
    CliRun run = CliRun.of("aging", "--ledger", dir.resolve("none.csv").toString(), "--as-of",
        "2026-06-30");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("none.csv").contains("does not exist");
  }

  @Test
  void writes_json() throws IOException {
    String ledger = HEADER + "C-1,I-1,INVOICE,2026-05-01,2026-05-31,EUR,100.00,80.50\n";
    CliRun run = aging(ledger, "--format", "json");
    assertThat(run.out()).isEqualTo("[\n"
        + "  {\"customer_id\": \"C-1\", \"currency\": \"EUR\", \"current\": 0.00, \"1-30\": 80.50, "
        + "\"31-60\": 0.00, \"61-90\": 0.00, \"91+\": 0.00, \"unapplied_credits\": 0.00, "
        + "\"total\": 80.50},\n"
        + "  {\"customer_id\": \"*\", \"currency\": \"EUR\", \"current\": 0.00, \"1-30\": 80.50, "
        + "\"31-60\": 0.00, \"61-90\": 0.00, \"91+\": 0.00, \"unapplied_credits\": 0.00, "
        + "\"total\": 80.50}\n]\n");
  }

  @Test
  void writes_a_real_workbook_with_numbers() throws IOException {
    Path out = dir.resolve("aging.xlsx");
    CliRun run = aging(LEDGER, "--output", out.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    try (InputStream in = Files.newInputStream(out);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("aging");
      List<Row> rows = sheet.read();
      assertThat(rows).hasSize(9);
      assertThat(rows.get(0).getCellText(2)).isEqualTo("current");
      assertThat(rows.get(2).getCellAsString(0)).contains("C-1");
      assertThat(rows.get(2).getCellAsNumber(8).orElseThrow()).isEqualByComparingTo("230");
      assertThat(rows.get(7).getCellAsNumber(3).orElseThrow()).isEqualByComparingTo("80.5");
    }
  }
}
