package io.credere.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxChartsTest {

  @TempDir
  Path dir;

  private static Report aged() {
    return Report.builder("aged balance", "currency", "current", "1-30", "31+")
        .row(Cell.text("EUR"), Cell.amount(Money.parse("EUR 10.00")),
            Cell.amount(Money.parse("EUR 5.00")), Cell.amount(Money.parse("EUR 1.00")))
        .row(Cell.text("USD"), Cell.amount(Money.parse("USD 7.00")),
            Cell.amount(Money.parse("USD 0.00")), Cell.amount(Money.parse("USD 2.00")))
        .build();
  }

  private static Map<String, String> parts(Path file) throws IOException {
    Map<String, String> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }

  @Test
  void draws_a_series_per_row_over_the_value_columns_of_the_right_sheet() throws IOException {
    Path file = dir.resolve("book.xlsx");
    Report other = Report.builder("other", "x").row(Cell.text("y")).build();
    ReportWriter.writeXlsx(List.of(other, aged()),
        List.of(new BarChart("aged balance", "Aged balance", 0, 1, 3, List.of(0, 1))), file);
    Map<String, String> parts = parts(file);
    assertThat(parts.get("xl/worksheets/sheet2.xml")).endsWith(
        "<drawing r:id=\"rIdCredereDrawing\"/></worksheet>");
    assertThat(parts.get("xl/worksheets/sheet1.xml")).doesNotContain("<drawing");
    assertThat(parts.get("xl/worksheets/_rels/sheet2.xml.rels"))
        .contains("Target=\"../drawings/drawing1.xml\"");
    String chart = parts.get("xl/charts/chart1.xml");
    assertThat(chart).contains("<c:f>'aged balance'!$A$2</c:f>")
        .contains("<c:f>'aged balance'!$B$1:$D$1</c:f>")
        .contains("<c:f>'aged balance'!$B$3:$D$3</c:f>")
        .contains("<a:t>Aged balance</a:t>")
        .contains("<a:srgbClr val=\"4472C4\"/>");
    // anchored right of the report's four columns, not over them
    assertThat(parts.get("xl/drawings/drawing1.xml")).contains("<xdr:from><xdr:col>5</xdr:col>");
    assertThat(parts.get("[Content_Types].xml"))
        .contains("/xl/charts/chart1.xml").contains("/xl/drawings/drawing1.xml");
    try (InputStream in = Files.newInputStream(file);
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      assertThat(workbook.getSheets().count()).isEqualTo(2);
    }
  }

  @Test
  void refuses_a_chart_for_a_missing_report_and_leaves_no_file() {
    Path file = dir.resolve("book.xlsx");
    assertThatThrownBy(() -> ReportWriter.writeXlsx(List.of(aged()),
        List.of(new BarChart("nope", "t", 0, 1, 1, List.of(0))), file))
        .hasMessageContaining("nope");
    assertThat(file).doesNotExist();
  }

  @Test
  void names_columns_past_z() {
    assertThat(XlsxCharts.absolute(0, 1)).isEqualTo("$A$1");
    assertThat(XlsxCharts.absolute(25, 2)).isEqualTo("$Z$2");
    assertThat(XlsxCharts.absolute(26, 3)).isEqualTo("$AA$3");
    assertThat(XlsxCharts.absolute(701, 4)).isEqualTo("$ZZ$4");
  }
}
