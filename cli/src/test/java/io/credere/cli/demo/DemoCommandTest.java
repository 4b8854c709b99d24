package io.credere.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  @TempDir
  Path dir;

  @Test
  void runs_on_the_shipped_samples_and_writes_reports_and_workbook() throws IOException {
    CliRun run = CliRun.of("demo", "--output", dir.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("as of 2026-11-20").contains("open items of 40 customers")
        .contains("EUR  net open").contains("GBP  net open").contains("USD  net open");
    assertThat(dir.resolve("ledger-summary.csv")).exists();
    List<String> summary = Files.readAllLines(dir.resolve("ledger-summary.csv"));
    assertThat(summary.get(0)).isEqualTo("currency,receivable,credits,net_open,overdue,"
        + "overdue_percent,items,largest_debtors");
    assertThat(summary).hasSize(4);
    try (InputStream in = Files.newInputStream(dir.resolve("credere-demo.xlsx"));
        ReadableWorkbook workbook = new ReadableWorkbook(in)) {
      assertThat(workbook.getSheets().map(Sheet::getName)).contains("ledger-summary", "aging",
          "allocation", "kpi", "scores", "dunning", "disputes", "worklist", "refunds");
    }
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(
        dir.resolve("credere-demo.xlsx").toFile())) {
      String chart = new String(zip.getInputStream(zip.getEntry("xl/charts/chart1.xml"))
          .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(chart).contains("Aged balance by bucket as of 2026-11-20").contains("'aging'!$B$");
    }
  }

  @Test
  void net_open_per_currency_equals_the_ledger_sums() throws IOException {
    CliRun run = CliRun.of("demo", "--output", dir.toString());
    assertThat(run.exitCode()).isZero();
    java.util.Map<String, java.math.BigDecimal> expected = new java.util.TreeMap<>();
    List<String> ledger = Files.readAllLines(dir.resolve("input/ledger.csv"));
    for (String line : ledger.subList(1, ledger.size())) {
      String[] f = line.split(",", -1);
      expected.merge(f[5], new java.math.BigDecimal(f[7]), java.math.BigDecimal::add);
    }
    List<String> rows = Files.readAllLines(dir.resolve("ledger-summary.csv"));
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split(",");
      assertThat(new java.math.BigDecimal(f[3])).as(f[0]).isEqualByComparingTo(expected.get(f[0]));
    }
  }
}
