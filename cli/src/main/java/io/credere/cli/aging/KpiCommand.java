package io.credere.cli.aging;

import io.credere.cli.options.InputFiles;
import io.credere.aging.ArHistory;
import io.credere.aging.ArKpi;
import io.credere.aging.ArKpis;
import io.credere.aging.ArPeriod;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.RejectsOption;
import io.credere.io.ArPeriodRow;
import io.credere.io.Rejects;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code credere kpi}: DSO, countback DSO, best possible DSO, ADD, CEI and percent current. */
@Command(name = "kpi", mixinStandardHelpOptions = true,
    description = {"Compute the AR KPIs of each month-end snapshot of an ar-history file.",
        "Columns: period,currency,dso,countback_dso,best_possible_dso,"
            + "average_days_delinquent,cei,percent_current; one row per input row, same order;",
        "2 decimals HALF_EVEN; empty where a denominator is zero (and cei for a currency's "
            + "first period)."})
public final class KpiCommand implements Callable<Integer> {

  /** The output columns. */
  public static final List<String> COLUMNS = List.of("period", "currency", "dso",
      "countback_dso", "best_possible_dso", "average_days_delinquent", "cei", "percent_current");

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.ArHistory arHistory;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    List<ArPeriodRow> rows;
    try (Rejects rejects = rejectsOption.open()) {
      rows = arHistory.read(rejects);
    }
    outputOptions.write(List.of(table(history(rows))), spec.commandLine().getOut());
    return 0;
  }

  /** The library's history of the file's rows, in file order. */
  public static ArHistory history(List<ArPeriodRow> rows) {
    return ArHistory.of(rows.stream().map(r -> ArPeriod.of(r.period(), r.creditSales(),
        r.endingReceivables(), r.endingCurrentReceivables())).toList());
  }

  /** The contract's {@code kpi} table of a history: one row per period, in its order. */
  public static Report table(ArHistory history) {
    Report.Builder table = Report.builder("kpi", COLUMNS);
    for (ArKpi kpi : ArKpis.of(history)) {
      table.row(Cell.text(kpi.period().toString()), Cell.text(kpi.currency().getCode()),
          Cell.decimal(kpi.dso(), ArKpis.SCALE), Cell.decimal(kpi.countbackDso(), ArKpis.SCALE),
          Cell.decimal(kpi.bestPossibleDso(), ArKpis.SCALE),
          Cell.decimal(kpi.averageDaysDelinquent(), ArKpis.SCALE),
          Cell.decimal(kpi.cei(), ArKpis.SCALE), Cell.decimal(kpi.percentCurrent(), ArKpis.SCALE));
    }
    return table.build();
  }
}
