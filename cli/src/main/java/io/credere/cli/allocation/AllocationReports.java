package io.credere.cli.allocation;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.IncomingPayment;
import io.credere.io.PaymentRow;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.MultiCurrencyAmount;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.joda.money.Money;

/** Maps payments rows to the library and runs to the contract's reports and summary. */
public final class AllocationReports {

  /** The contract's columns of {@code allocate}. */
  public static final List<String> COLUMNS = List.of("payment_id", "customer_id", "document_id",
      "kind", "amount", "rule", "explanation");

  /** The contract's ledger columns. */
  public static final List<String> LEDGER_COLUMNS = List.of("customer_id", "document_id",
      "document_type", "document_date", "due_date", "currency", "amount", "open_amount",
      "reference", "discount_date", "discount_percent", "disputed");

  private AllocationReports() {}

  /** A payments-file row as the library's payment. */
  public static IncomingPayment payment(PaymentRow row) {
    return row.toIncomingPayment();
  }

  /** Every row of the payments file as payments. */
  public static List<IncomingPayment> payments(List<PaymentRow> rows) {
    return rows.stream().map(AllocationReports::payment).toList();
  }

  /** The allocation lines as the contract's report. */
  public static Report allocation(AllocationRun run, String name) {
    Report.Builder report = Report.builder(name, COLUMNS);
    for (Allocation line : run.lines()) {
      report.row(Cell.input(line.paymentId().value()),
          Cell.input(line.customerId().map(CustomerId::value)),
          Cell.input(line.documentId().map(d -> d.value())), Cell.text(line.kind().name()),
          Cell.amount(line.amount()), Cell.text(line.ruleId()),
          Cell.input(line.explanation().sentence()));
    }
    return report.build();
  }

  /** A ledger in the contract's ledger format. */
  public static Report ledger(List<OpenItem> items, String name) {
    Report.Builder report = Report.builder(name, LEDGER_COLUMNS);
    for (OpenItem item : items) {
      report.row(Cell.input(item.customerId().value()), Cell.input(item.documentId().value()),
          Cell.text(item.documentType().name()), Cell.date(item.documentDate()),
          Cell.date(item.dueDate()), Cell.text(item.currency().getCode()),
          Cell.amount(item.amount()), Cell.amount(item.openAmount()),
          Cell.input(item.reference()),
          Cell.date(item.discount().map(d -> d.lastDate())),
          item.discount().map(d -> Cell.text(d.percent().stripTrailingZeros().toPlainString()))
              .orElse(Cell.empty()),
          Cell.text(Boolean.toString(item.isDisputed())));
    }
    return report.build();
  }

  /** The summary lines: payments, cash applied, written off, short, on account, unapplied, rate. */
  public static List<String> summary(AllocationRun run) {
    return List.of(
        "payments " + run.results().size() + ", matched " + run.matchedCount()
            + String.format(Locale.ROOT, " (auto-match rate %.1f%%)", 100 * run.autoMatchRate()),
        "cash applied " + text(run.total(AllocationKind.ALLOCATED)),
        "discount " + text(run.total(AllocationKind.DISCOUNT)),
        "written off " + text(run.total(AllocationKind.WRITE_OFF)),
        "short " + text(run.total(AllocationKind.SHORT_PAYMENT)),
        "on account " + text(run.total(AllocationKind.ON_ACCOUNT)),
        "unapplied (suspense) " + text(run.total(AllocationKind.UNAPPLIED)));
  }

  static String text(MultiCurrencyAmount amount) {
    if (amount.isEmpty()) {
      return "0";
    }
    return amount.toMap().values().stream().map(Money::toString)
        .collect(Collectors.joining(", "));
  }
}
