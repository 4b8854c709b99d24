package io.credere.cli.demo;

import io.credere.cli.casework.AccountStandings;
import io.credere.cli.collections.WorklistCommand;
import io.credere.cli.collections.WorklistReport;
import io.credere.collections.worklist.OverdueAccount;
import io.credere.collections.worklist.WorklistEntry;
import io.credere.core.money.Monies;
import java.util.List;
import java.util.Locale;

/**
 * The collector's worklist for the as-of date, as {@code worklist --contacts --payments} ranks
 * it with the promises step's {@link AccountStandings}: broken or partly kept promises first,
 * accounts waiting for a promised date still to come left off. The top 5 printed with their last
 * contact, {@code worklist.csv}.
 */
final class WorklistStep implements DemoStep {

  private static final int TOP = 5;

  @Override
  public String title() {
    return "Building the call list";
  }

  @Override
  public void run(DemoContext context) {
    AccountStandings standings = context.find(AccountStandings.class)
        .orElse(AccountStandings.none());
    List<WorklistEntry> entries = WorklistCommand.rank(context.ledger(), context.customers(),
        standings, context.asOf());
    context.say("WORKLIST  %d accounts to work; top %d:", entries.size(),
        Math.min(TOP, entries.size()));
    for (WorklistEntry e : entries.subList(0, Math.min(TOP, entries.size()))) {
      OverdueAccount a = e.account();
      boolean broken = a.brokenPromise() || standings.isBroken(a.customerId(), a.currency());
      context.say("  %d. %s (%s)  %s %s overdue, oldest %d days, risk %s%s%s", e.rank(),
          a.customerName().orElse(a.customerId().value()), a.customerId().value(),
          a.currency().getCode(), Monies.format(a.overdueAmount()), a.maxDaysOverdue(),
          a.riskGrade().orElse("-"), broken ? ", promise not kept" : "",
          standings.lastContact(a.customerId(), a.currency())
              .map(c -> "; last contact " + c.date() + " by "
                  + c.channel().name().toLowerCase(Locale.ROOT) + ": " + c.outcome())
              .orElse(""));
    }
    context.write(WorklistReport.of(entries, standings));
  }
}
