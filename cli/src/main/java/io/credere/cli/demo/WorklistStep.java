package io.credere.cli.demo;

import io.credere.cli.collections.WorklistReport;
import io.credere.collections.worklist.Worklist;
import io.credere.collections.worklist.WorklistEntry;
import io.credere.core.money.Monies;
import java.util.List;
import java.util.Set;

/** The collector's worklist for the as-of date: the top 5 printed, {@code worklist.csv}. */
final class WorklistStep implements DemoStep {

  private static final int TOP = 5;

  @Override
  public String title() {
    return "Building the call list";
  }

  @Override
  public void run(DemoContext context) {
    List<WorklistEntry> entries = Worklist.standard().rank(context.ledger(), context.customers(),
        Set.of(), Set.of(), context.asOf());
    context.say("WORKLIST  %d accounts to work; top %d:", entries.size(),
        Math.min(TOP, entries.size()));
    for (WorklistEntry e : entries.subList(0, Math.min(TOP, entries.size()))) {
      context.say("  %d. %s (%s)  %s %s overdue, oldest %d days, risk %s", e.rank(),
          e.account().customerName().orElse(e.account().customerId().value()),
          e.account().customerId().value(), e.account().currency().getCode(),
          Monies.format(e.account().overdueAmount()), e.account().maxDaysOverdue(),
          e.account().riskGrade().orElse("-"));
    }
    context.write(WorklistReport.of(entries));
  }
}
