package io.credere.cli.aging;

import io.credere.aging.AgingBalance;
import io.credere.aging.AgingReport;
import io.credere.aging.AgingRow;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * The contract's {@code aging} output of an {@link AgingReport}: columns
 * {@code customer_id,currency,<bucket columns>,unapplied_credits,total}; one row per customer
 * and currency (by customer id, then currency), then one {@code *} row per currency.
 */
public final class AgingTable {

  /** The report's name (sheet name, demo file stem). */
  public static final String NAME = "aging";

  private AgingTable() {}

  /** The column names for a report's buckets. */
  public static List<String> columns(List<String> bucketNames) {
    List<String> columns = new ArrayList<>();
    columns.add("customer_id");
    columns.add("currency");
    columns.addAll(bucketNames);
    columns.add("unapplied_credits");
    columns.add("total");
    return columns;
  }

  /** The table of {@code report}. */
  public static Report of(AgingReport report) {
    Report.Builder table = Report.builder(NAME, columns(report.bucketNames()));
    for (AgingRow row : report.rows()) {
      table.row(cells(Cell.input(row.customerId().value()), row.balance()));
    }
    for (AgingBalance total : report.currencyTotals()) {
      table.row(cells(Cell.text("*"), total));
    }
    return table.build();
  }

  private static List<Cell> cells(Cell customer, AgingBalance balance) {
    List<Cell> cells = new ArrayList<>(balance.buckets().size() + 4);
    cells.add(customer);
    cells.add(Cell.text(balance.currency().getCode()));
    for (Money amount : balance.buckets()) {
      cells.add(Cell.amount(amount));
    }
    cells.add(Cell.amount(balance.unappliedCredits()));
    cells.add(Cell.amount(balance.total()));
    return cells;
  }
}
