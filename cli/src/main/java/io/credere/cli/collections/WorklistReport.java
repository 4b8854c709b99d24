package io.credere.cli.collections;

import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.worklist.OverdueAccount;
import io.credere.collections.worklist.WorklistEntry;
import java.util.List;

/** The worklist as a report, one row per account in rank order. */
public final class WorklistReport {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("rank", "customer_id", "name", "currency",
      "overdue_amount", "items_overdue", "max_days_overdue", "risk_grade", "broken_promise",
      "score", "reason");

  private WorklistReport() {}

  /** The report named {@code worklist}. */
  public static Report of(List<WorklistEntry> entries) {
    Report.Builder report = Report.builder("worklist", COLUMNS);
    for (WorklistEntry entry : entries) {
      OverdueAccount a = entry.account();
      report.row(Cell.integer(entry.rank()), Cell.input(a.customerId().value()),
          Cell.input(a.customerName()), Cell.text(a.currency().getCode()),
          Cell.amount(a.overdueAmount()), Cell.integer(a.items().size()),
          Cell.integer(a.maxDaysOverdue()), Cell.input(a.riskGrade()),
          Cell.text(Boolean.toString(a.brokenPromise())), Cell.decimal(entry.score().score(), 2),
          Cell.input(entry.score().explanation().sentence()));
    }
    return report.build();
  }
}
