package io.credere.cli.collections;

import io.credere.cli.casework.AccountStandings;
import io.credere.cli.io.ContactRow;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.worklist.OverdueAccount;
import io.credere.collections.worklist.WorklistEntry;
import java.util.List;
import java.util.Optional;

/**
 * The worklist as a report, one row per account in rank order. {@code reason} says in words why
 * the account is where it is (a broken or due promise, then the amount, age and risk that rank
 * it, then the last contact); {@code last_contact} and {@code last_outcome} are the date and
 * outcome of the last contact with the customer (empty without a contact log).
 */
public final class WorklistReport {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("rank", "customer_id", "name", "currency",
      "overdue_amount", "items_overdue", "max_days_overdue", "risk_grade", "broken_promise",
      "score", "reason", "last_contact", "last_outcome");

  private WorklistReport() {}

  /** The report named {@code worklist}, without a contact log. */
  public static Report of(List<WorklistEntry> entries) {
    return of(entries, AccountStandings.none());
  }

  /** The report named {@code worklist}, with what the contact log says of each account. */
  public static Report of(List<WorklistEntry> entries, AccountStandings standings) {
    Report.Builder report = Report.builder("worklist", COLUMNS);
    for (WorklistEntry entry : entries) {
      OverdueAccount a = entry.account();
      Optional<ContactRow> last = standings.lastContact(a.customerId(), a.currency());
      boolean broken = a.brokenPromise() || standings.isBroken(a.customerId(), a.currency());
      String reason = standings.promiseWords(a.customerId(), a.currency())
          .map(words -> (broken ? "Called first. " : "") + words + " ").orElse("")
          + entry.score().explanation().sentence()
          + last.map(c -> " Last contact " + c.date() + " by "
              + c.channel().name().toLowerCase(java.util.Locale.ROOT) + ": " + c.outcome()
              + ".").orElse("");
      report.row(Cell.integer(entry.rank()), Cell.input(a.customerId().value()),
          Cell.input(a.customerName()), Cell.text(a.currency().getCode()),
          Cell.amount(a.overdueAmount()), Cell.integer(a.items().size()),
          Cell.integer(a.maxDaysOverdue()), Cell.input(a.riskGrade()),
          Cell.text(Boolean.toString(broken)), Cell.decimal(entry.score().score(), 2),
          Cell.input(reason), Cell.date(last.map(ContactRow::date)),
          last.map(c -> Cell.text(c.outcome().name())).orElse(Cell.empty()));
    }
    return report.build();
  }
}
