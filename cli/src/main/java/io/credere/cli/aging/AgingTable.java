package io.credere.cli.aging;

import io.credere.aging.AgingBalance;
import io.credere.aging.AgingReport;
import io.credere.aging.AgingRow;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
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

  /**
   * The table of {@code report}, its cells made as they are written: a report of 150k customers
   * then never holds 1.4M cells at once (in a 256 MB heap that cost a full collection).
   */
  public static Report of(AgingReport report) {
    List<AgingRow> rows = report.rows();
    List<AgingBalance> totals = report.currencyTotals();
    return Report.ofView(NAME, columns(report.bucketNames()), new AbstractList<>() {
      @Override
      public List<Cell> get(int index) {
        if (index < rows.size()) {
          AgingRow row = rows.get(index);
          return cells(Cell.input(row.customerId().value()), row.balance());
        }
        return cells(Cell.text("*"), totals.get(index - rows.size()));
      }

      @Override
      public int size() {
        return rows.size() + totals.size();
      }
    });
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
    return Collections.unmodifiableList(cells);
  }
}
