package io.credere.cli.demo;

import io.credere.aging.AgingBalance;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ArHistory;
import io.credere.aging.ArKpi;
import io.credere.aging.ArKpis;
import io.credere.cli.aging.AgingTable;
import io.credere.cli.aging.KpiCommand;
import io.credere.io.ArHistoryFile;
import io.credere.io.Rejects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.joda.money.Money;

/**
 * The aged balance by bucket per currency (the ledger as it stands when the step runs) and the
 * DSO and CEI of the latest month-end snapshot; writes {@code aging.csv} and {@code kpi.csv}.
 */
final class AgingStep implements DemoStep {

  @Override
  public String title() {
    return "Ageing the ledger and computing DSO and CEI";
  }

  @Override
  public void run(DemoContext context) {
    AgingReport report = AgingReport.of(AgingPolicy.of(context.asOf()), context.ledger());
    context.say("AGED BALANCE as of %s  (%s)", context.asOf(),
        String.join(" | ", report.bucketNames()) + " | unapplied credits | total");
    for (AgingBalance total : report.currencyTotals()) {
      StringBuilder line = new StringBuilder();
      for (Money amount : total.buckets()) {
        line.append(String.format(Locale.ROOT, "%,14.2f", amount.getAmount()));
      }
      line.append(String.format(Locale.ROOT, "%,14.2f", total.unappliedCredits().getAmount()));
      line.append(String.format(Locale.ROOT, "%,15.2f", total.total().getAmount()));
      context.say("  %s %s", total.currency(), line);
    }
    io.credere.cli.report.Report table = AgingTable.of(report);
    context.write(table);
    // The aged balance chart: one series per currency (the '*' rows), one column per bucket.
    List<Integer> totals = new java.util.ArrayList<>();
    for (int row = 0; row < table.rows().size(); row++) {
      if (table.rows().get(row).get(0).plain().equals("*")) {
        totals.add(row);
      }
    }
    if (!totals.isEmpty()) {
      context.chart(new io.credere.cli.report.BarChart(table.name(),
          "Aged balance by bucket as of " + context.asOf(), 1, 2,
          table.columns().size() - 3, totals));
    }

    ArHistory history = KpiCommand.history(ArHistoryFile.read(context.input("ar-history.csv"),
        Rejects.failFast()));
    List<ArKpi> kpis = ArKpis.of(history);
    Map<String, ArKpi> latest = new TreeMap<>();
    for (ArKpi kpi : kpis) {
      latest.merge(kpi.currency().getCode(), kpi,
          (a, b) -> a.period().isAfter(b.period()) ? a : b);
    }
    context.say("KPIS of the latest month-end");
    for (ArKpi kpi : latest.values()) {
      context.say("  %s %s  DSO %s days (best possible %s, countback %s)  CEI %s%%  "
          + "current %s%%", kpi.currency(), kpi.period(), text(kpi.dso()),
          text(kpi.bestPossibleDso()), text(kpi.countbackDso()), text(kpi.cei()),
          text(kpi.percentCurrent()));
    }
    context.write(KpiCommand.table(history));
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("n/a");
  }
}
