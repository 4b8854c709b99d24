package io.credere.cli.demo;

import io.credere.io.CustomersFile;
import io.credere.io.LedgerFile;
import io.credere.io.PaymentRow;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import io.credere.cli.report.Report;
import io.credere.cli.report.ReportWriter;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the demo's steps share: the input folder and as-of date, the ledger as it stands (steps
 * such as cash application replace it), the summary being printed, and the reports written so
 * far (each as a CSV file and a sheet of the workbook).
 */
public final class DemoContext {

  private final Path input;
  private final Path output;
  private final LocalDate asOf;
  private final PrintWriter summary;
  private final List<Report> reports = new ArrayList<>();
  private final List<io.credere.cli.report.BarChart> charts = new ArrayList<>();
  private final Map<Class<?>, Object> results = new HashMap<>();
  private final List<Customer> customers;
  private final List<PaymentRow> payments;
  private List<OpenItem> ledger;

  DemoContext(Path input, Path output, LocalDate asOf, PrintWriter summary) {
    this.input = input;
    this.output = output;
    this.asOf = asOf;
    this.summary = summary;
    this.customers = List.copyOf(CustomersFile.read(input.resolve("customers.csv"),
        Rejects.failFast()));
    this.ledger = List.copyOf(LedgerFile.read(input.resolve("ledger.csv"), Rejects.failFast()));
    this.payments = List.copyOf(PaymentsFile.read(input.resolve("payments.csv"),
        Rejects.failFast()));
  }

  /** A sample input file by name ({@code history.csv}). */
  public Path input(String name) {
    return input.resolve(name);
  }

  /** The folder the reports go to. */
  public Path output() {
    return output;
  }

  /** The demo's as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The customers. */
  public List<Customer> customers() {
    return customers;
  }

  /** The payments file's rows. */
  public List<PaymentRow> payments() {
    return payments;
  }

  /** The ledger as it stands now. */
  public List<OpenItem> ledger() {
    return ledger;
  }

  /** Replaces the ledger (after a step changed it, e.g. cash application). */
  public void ledger(List<OpenItem> changed) {
    this.ledger = List.copyOf(changed);
  }

  /** Prints a line of the summary. */
  public void say(String format, Object... args) {
    summary.println(args.length == 0 ? format : String.format(java.util.Locale.ROOT, format, args));
  }

  /** Writes {@code report} as {@code <name>.csv} and keeps it for the workbook. */
  public void write(Report report) {
    ReportWriter.writeCsv(report, output.resolve(report.name() + ".csv"));
    reports.add(report);
  }

  /** Draws {@code chart} on its report's sheet in the demo's workbook. */
  public void chart(io.credere.cli.report.BarChart chart) {
    charts.add(chart);
  }

  /** The charts asked for so far. */
  public List<io.credere.cli.report.BarChart> charts() {
    return List.copyOf(charts);
  }

  /** The reports written so far. */
  public List<Report> reports() {
    return List.copyOf(reports);
  }

  /** Leaves a result for later steps. */
  public <T> void put(Class<T> type, T value) {
    results.put(type, value);
  }

  /** A result an earlier step left. */
  public <T> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(type.cast(results.get(type)));
  }
}
