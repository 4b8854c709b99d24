package io.credere.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  @TempDir
  Path dir;

  private static Report sample() {
    return Report.builder("sample", "name", "amount", "ratio", "date", "count", "note")
        .row(Cell.input("=HYPERLINK(\"x\")"), Cell.amount(Money.parse("EUR 12.5")),
            Cell.decimal(new BigDecimal("73.705"), 2), Cell.date(LocalDate.of(2026, 1, 2)),
            Cell.integer(3), Cell.input("a, \"quoted\"\nline"))
        .row(Cell.input("-5 Ltd"), Cell.amount(Money.ofMajor(CurrencyUnit.JPY, 1250)),
            Cell.empty(), Cell.empty(), Cell.integer(0), Cell.input("@home"))
        .row(Cell.input("+x"), Cell.amount(Money.parse("BHD -1.25")), Cell.empty(), Cell.empty(),
            Cell.integer(-1), Cell.text("-1 is program text"))
        .build();
  }

  @Test
  void writes_csv_with_scales_rounding_quoting_and_injection_safety() {
    StringWriter out = new StringWriter();
    ReportWriter.write(List.of(sample()), Optional.empty(), Optional.empty(), out);
    assertThat(out.toString()).isEqualTo("name,amount,ratio,date,count,note\n"
        + "\"'=HYPERLINK(\"\"x\"\")\",12.50,73.70,2026-01-02,3,\"a, \"\"quoted\"\"\nline\"\n"
        + "'-5 Ltd,1250,,,0,'@home\n"
        + "'+x,-1.250,,,-1,-1 is program text\n");
  }

  @Test
  void writes_json_with_amounts_as_numbers_and_empty_as_null() throws IOException {
    Path file = dir.resolve("out.json");
    ReportWriter.write(List.of(sample()), Optional.of(file), Optional.empty(), new StringWriter());
    String json = Files.readString(file);
    assertThat(json).startsWith("[\n  {\"name\": \"=HYPERLINK(\\\"x\\\")\", \"amount\": 12.50, "
        + "\"ratio\": 73.70, \"date\": \"2026-01-02\", \"count\": 3, \"note\": "
        + "\"a, \\\"quoted\\\"\\nline\"},");
    assertThat(json).contains("\"ratio\": null");
  }

  @Test
  void writes_xlsx_with_numbers_as_numbers_and_input_text_as_strings() throws IOException {
    Path file = dir.resolve("out.xlsx");
    ReportWriter.write(List.of(sample()), Optional.of(file), Optional.empty(), new StringWriter());
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      Sheet sheet = workbook.getFirstSheet();
      assertThat(sheet.getName()).isEqualTo("sample");
      List<Row> rows = sheet.read();
      assertThat(rows.get(0).getCellText(0)).isEqualTo("name");
      assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
      assertThat(rows.get(1).getCellText(0)).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(rows.get(1).getCell(1).getType()).isEqualTo(CellType.NUMBER);
      assertThat(rows.get(1).getCellAsNumber(1)).contains(new BigDecimal("12.50"));
      assertThat(rows.get(2).getCellAsNumber(1).orElseThrow()).isEqualByComparingTo("1250");
    }
  }

  @Test
  void leaves_no_file_when_writing_fails() {
    Path file = dir.resolve("two.csv");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportWriter.write(
        List.of(sample(), sample()), Optional.of(file), Optional.empty(), new StringWriter()))
        .hasMessageContaining("choose an .xlsx output");
    assertThat(file).doesNotExist();
  }
}
