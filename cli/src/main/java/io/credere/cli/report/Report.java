package io.credere.cli.report;

import io.credere.core.Checks;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table a command produces: a name (the sheet name in a workbook, the file stem in the demo),
 * column names and rows of typed {@link Cell}s, in the order they are to be written.
 *
 * <p>Immutable once built.
 */
public final class Report {

  private final String name;
  private final List<String> columns;
  private final List<List<Cell>> rows;

  private Report(String name, List<String> columns, List<List<Cell>> rows) {
    this.name = name;
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * A report over rows made on demand: {@code rows} may be a view whose cells are made when a
   * writer reads them (a large table then never holds all its cells at once); it must not change
   * and each row it gives must be as wide as {@code columns} (checked as it is read).
   */
  public static Report ofView(String name, List<String> columns, List<List<Cell>> rows) {
    List<String> header = List.copyOf(columns);
    String checked = Checks.notBlank(name, "name");
    return new Report(checked, header, new AbstractList<>() {
      @Override
      public List<Cell> get(int index) {
        List<Cell> cells = rows.get(index);
        Checks.argument(cells.size() == header.size(), "Row of " + cells.size()
            + " cells does not fit the " + header.size() + " columns of report " + checked);
        return cells;
      }

      @Override
      public int size() {
        return rows.size();
      }
    });
  }

  /** A builder for a report named {@code name} with these columns. */
  public static Builder builder(String name, List<String> columns) {
    return new Builder(Checks.notBlank(name, "name"), List.copyOf(columns));
  }

  /** A builder for a report named {@code name} with these columns. */
  public static Builder builder(String name, String... columns) {
    return builder(name, Arrays.asList(columns));
  }

  /** The report's name. */
  public String name() {
    return name;
  }

  /** The column names, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The rows, each as wide as {@link #columns()}. */
  public List<List<Cell>> rows() {
    return rows;
  }

  /** Collects rows; checks each is as wide as the header. */
  public static final class Builder {
    private final String name;
    private final List<String> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    private Builder(String name, List<String> columns) {
      this.name = name;
      this.columns = columns;
    }

    /** Adds a row. */
    public Builder row(List<Cell> cells) {
      Checks.argument(cells.size() == columns.size(), "Row of " + cells.size()
          + " cells does not fit the " + columns.size() + " columns of report " + name);
      rows.add(List.copyOf(cells));
      return this;
    }

    /** Adds a row. */
    public Builder row(Cell... cells) {
      return row(Arrays.asList(cells));
    }

    /** The report. */
    public Report build() {
      return new Report(name, columns, List.copyOf(rows));
    }
  }
}
