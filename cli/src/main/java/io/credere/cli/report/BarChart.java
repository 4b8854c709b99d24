package io.credere.cli.report;

import io.credere.core.Checks;
import java.util.List;

/**
 * A clustered column chart to draw on a report's sheet in a workbook: the chosen data rows of the
 * report become the series (named by one column), the chosen columns the categories (named by
 * their header). The aged-balance chart of the demo is one: a series per currency, a category
 * per aging bucket.
 *
 * @param report the name of the report (its sheet) holding the data
 * @param title the chart title
 * @param nameColumn the 0-based column whose cell names each series
 * @param firstValueColumn the first 0-based column of values (categories)
 * @param lastValueColumn the last 0-based column of values, inclusive
 * @param seriesRows the 0-based data rows (not counting the header) that become series
 */
public record BarChart(String report, String title, int nameColumn, int firstValueColumn,
    int lastValueColumn, List<Integer> seriesRows) {

  /** Checks the ranges. */
  public BarChart {
    Checks.notBlank(report, "report");
    Checks.notBlank(title, "title");
    Checks.argument(firstValueColumn >= 0 && lastValueColumn >= firstValueColumn,
        "Value columns must be a non-empty range, but were " + firstValueColumn + ".."
            + lastValueColumn);
    Checks.argument(!seriesRows.isEmpty(), "A chart needs at least one series row");
    seriesRows = List.copyOf(seriesRows);
  }
}
