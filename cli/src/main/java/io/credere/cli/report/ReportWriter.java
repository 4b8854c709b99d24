package io.credere.cli.report;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.credere.core.error.CredereException;
import io.credere.io.Output;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.joda.money.Money;

/**
 * Writes reports as CSV, JSON or xlsx. A file is written to a temporary sibling first and moved
 * into place when complete, so a failed run never leaves a half-written output.
 */
public final class ReportWriter {

  private ReportWriter() {}

  /**
   * Writes {@code reports} to {@code output} in {@code format} (or the format its extension
   * names, CSV otherwise); without an output, writes CSV to {@code stdout}.
   *
   * @throws CredereException when several reports are to go to one CSV or JSON, or on I/O errors
   */
  public static void write(List<Report> reports, Optional<Path> output,
      Optional<OutputFormat> format, Writer stdout) {
    OutputFormat chosen = format.or(() -> output.flatMap(OutputFormat::ofFile))
        .orElse(OutputFormat.CSV);
    if (chosen != OutputFormat.XLSX && reports.size() != 1) {
      throw new CredereException("this command writes " + reports.size()
          + " reports: choose an .xlsx output to get them all in one workbook");
    }
    if (output.isEmpty()) {
      if (chosen == OutputFormat.XLSX) {
        throw new CredereException("an xlsx workbook cannot go to standard output: give --output FILE.xlsx");
      }
      try {
        if (chosen == OutputFormat.CSV) {
          writeCsv(reports.get(0), stdout);
        } else {
          writeJson(reports.get(0), stdout);
        }
        stdout.flush();
      } catch (IOException e) {
        throw new CredereException("cannot write to standard output: " + e.getMessage(), e);
      }
      return;
    }
    atomically(output.get(), out -> writeTo(reports, chosen, out));
  }

  /** Writes one report as CSV to {@code file}. */
  public static void writeCsv(Report report, Path file) {
    atomically(file, out -> writeTo(List.of(report), OutputFormat.CSV, out));
  }

  /** Writes reports as one workbook to {@code file}. */
  public static void writeXlsx(List<Report> reports, Path file) {
    atomically(file, out -> writeXlsx(reports, out));
  }

  /** Writes reports as one workbook to {@code file}, with column charts on their sheets. */
  public static void writeXlsx(List<Report> reports, List<BarChart> charts, Path file) {
    atomically(file, out -> {
      java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
      writeXlsx(reports, plain);
      out.write(XlsxCharts.addCharts(plain.toByteArray(), reports, charts));
    });
  }

  private static void writeTo(List<Report> reports, OutputFormat format, OutputStream out)
      throws IOException {
    if (format == OutputFormat.XLSX) {
      writeXlsx(reports, out);
      return;
    }
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (format == OutputFormat.CSV) {
      writeCsv(reports.get(0), writer);
    } else {
      writeJson(reports.get(0), writer);
    }
    writer.flush();
  }

  /** The body that writes to a stream. */
  @FunctionalInterface
  private interface Body {
    void write(OutputStream out) throws IOException;
  }

  private static void atomically(Path file, Body body) {
    Path temp = null;
    try {
      temp = Output.tempBeside(file);
      try (OutputStream out = Files.newOutputStream(temp)) {
        body.write(out);
      }
      Output.commit(temp, file);
      temp = null;
    } catch (IOException | UncheckedIOException e) {
      throw new CredereException("cannot write " + file + ": " + e.getMessage(), e);
    } finally {
      Output.discard(temp);
    }
  }

  private static void writeCsv(Report report, Writer writer) throws IOException {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(writer);
    csv.writeRecord(report.columns());
    String[] record = new String[report.columns().size()];
    for (List<Cell> row : report.rows()) {
      for (int i = 0; i < record.length; i++) {
        record[i] = row.get(i).csv();
      }
      csv.writeRecord(record);
    }
    csv.flush();
    writer.flush();
  }

  private static void writeJson(Report report, Writer writer) throws IOException {
    writer.write('[');
    List<String> columns = report.columns();
    boolean firstRow = true;
    for (List<Cell> row : report.rows()) {
      writer.write(firstRow ? "\n  {" : ",\n  {");
      firstRow = false;
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) {
          writer.write(", ");
        }
        writer.write(jsonString(columns.get(i)));
        writer.write(": ");
        writer.write(jsonValue(row.get(i)));
      }
      writer.write('}');
    }
    writer.write(firstRow ? "]\n" : "\n]\n");
    writer.flush();
  }

  private static String jsonValue(Cell cell) {
    switch (cell.kind()) {
      case EMPTY:
        return "null";
      case AMOUNT:
      case DECIMAL:
      case INTEGER:
        return cell.csv();
      default:
        return jsonString(cell.plain());
    }
  }

  static String jsonString(String text) {
    StringBuilder json = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          json.append("\\\"");
          break;
        case '\\':
          json.append("\\\\");
          break;
        case '\n':
          json.append("\\n");
          break;
        case '\r':
          json.append("\\r");
          break;
        case '\t':
          json.append("\\t");
          break;
        default:
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
      }
    }
    return json.append('"').toString();
  }

  private static void writeXlsx(List<Report> reports, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Credere", "1.0");
    for (Report report : reports) {
      Worksheet sheet = workbook.newWorksheet(XlsxCharts.sheetName(report.name()));
      List<String> columns = report.columns();
      int[] widths = new int[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        sheet.value(0, c, columns.get(c));
        widths[c] = columns.get(c).length();
      }
      sheet.range(0, 0, 0, Math.max(0, columns.size() - 1)).style().bold()
          .fillColor("DDEBF7").set();
      int r = 1;
      for (List<Cell> row : report.rows()) {
        for (int c = 0; c < row.size(); c++) {
          Cell cell = row.get(c);
          widths[c] = Math.max(widths[c], cell.plain().length());
          writeXlsxCell(sheet, r, c, cell);
        }
        r++;
      }
      for (int c = 0; c < columns.size(); c++) {
        sheet.width(c, Math.min(60, widths[c] + 3));
      }
      sheet.freezePane(0, 1);
      if (!columns.isEmpty()) {
        sheet.setAutoFilter(0, 0, Math.max(0, r - 1), columns.size() - 1);
      }
      sheet.finish();
    }
    workbook.finish();
  }

  /** The most characters an Excel cell holds. */
  static final int EXCEL_CELL_LIMIT = 32_767;

  /**
   * Text as an Excel cell can hold it: beyond {@value #EXCEL_CELL_LIMIT} characters, cut and
   * ended by a note saying how long the whole text was (the CSV and JSON outputs keep it whole).
   */
  static String excelText(String text) {
    if (text.length() <= EXCEL_CELL_LIMIT) {
      return text;
    }
    String note = " [truncated: " + text.length() + " characters, Excel holds "
        + EXCEL_CELL_LIMIT + "]";
    int cut = EXCEL_CELL_LIMIT - note.length();
    if (Character.isHighSurrogate(text.charAt(cut - 1))) {
      cut--;
    }
    return text.substring(0, cut) + note;
  }

  private static void writeXlsxCell(Worksheet sheet, int r, int c, Cell cell) {
    switch (cell.kind()) {
      case EMPTY:
        return;
      case AMOUNT:
        Money money = (Money) cell.value().orElseThrow();
        sheet.value(r, c, money.getAmount());
        sheet.style(r, c).format(numberFormat(money.getCurrencyUnit().getDecimalPlaces())).set();
        return;
      case DECIMAL:
        BigDecimal decimal = (BigDecimal) cell.value().orElseThrow();
        sheet.value(r, c, decimal);
        sheet.style(r, c).format(numberFormat(decimal.scale())).set();
        return;
      case INTEGER:
        sheet.value(r, c, (Long) cell.value().orElseThrow());
        return;
      case DATE:
        sheet.value(r, c, (LocalDate) cell.value().orElseThrow());
        sheet.style(r, c).format("yyyy-mm-dd").set();
        return;
      default:
        // Always a string cell (inline string): input text is never a formula in a workbook.
        sheet.inlineString(r, c, excelText(cell.plain()));
    }
  }

  private static String numberFormat(int scale) {
    return scale <= 0 ? "#,##0" : "#,##0." + "0".repeat(scale);
  }

}
