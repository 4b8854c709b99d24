package io.credere.cli.demo;

import io.credere.cli.casework.AccountStandings;
import io.credere.cli.casework.CollectorDunning;
import io.credere.cli.collections.CollectionsSetup;
import io.credere.cli.collections.DunningCommand;
import io.credere.cli.collections.DunningReport;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dunning run on the sample ledger, as {@code dunning --disputes --contacts --payments} runs
 * it ({@link CollectorDunning}): the amounts under open dispute (opened by the disputes step) are
 * not claimed, an account under an open promise (the promises step's {@link AccountStandings})
 * is not dunned ({@code UNDER_PROMISE}) and one whose promise was broken or partly kept is.
 * Prints the actions by level and channel, the exclusions and the accounts under promise, writes
 * {@code dunning.csv} and a few sample letters in {@code letters/}.
 */
final class DunningStep implements DemoStep {

  private static final int SAMPLE_LETTERS = 4;

  @Override
  public String title() {
    return "Proposing the dunning run";
  }

  @Override
  public void run(DemoContext context) {
    AccountStandings standings = context.find(AccountStandings.class)
        .orElse(AccountStandings.none());
    CollectorDunning run = CollectorDunning.of(DunningRun.of(DunningPolicy.standard(),
        CollectionsSetup.interest()), standings, context.find(DisputesStep.Opened.class)
        .map(DisputesStep.Opened::rows).orElse(List.of()));
    List<DunningProposal> proposals = run.propose(context.ledger(), context.customers(),
        List.of(), context.asOf());
    Map<String, Integer> actions = new TreeMap<>();
    Map<String, Integer> none = new TreeMap<>();
    for (DunningProposal p : proposals) {
      if (p.isAction()) {
        actions.merge("level " + p.level().orElseThrow().level() + " "
            + p.channel().orElseThrow(), 1, Integer::sum);
      } else {
        none.merge(p.exclusion().orElseThrow().name(), 1, Integer::sum);
      }
    }
    context.say("DUNNING  %d actions proposed for %d accounts with overdue items",
        actions.values().stream().mapToInt(Integer::intValue).sum(), proposals.size());
    actions.forEach((key, count) -> context.say("  %-22s %3d", key, count));
    none.forEach((key, count) -> context.say("  no action: %-18s %3d", key, count));
    for (DunningProposal p : proposals) {
      if (standings.isUnderPromise(p.customerId(), p.currency())
          || standings.isBroken(p.customerId(), p.currency())) {
        context.say("  %-8s %s %s: %s", p.customerId().value(), p.currency().getCode(),
            p.isAction() ? "dunned at level " + p.level().orElseThrow().level()
                : "not dunned (" + p.exclusion().orElseThrow().name() + ")",
            standings.promiseWords(p.customerId(), p.currency()).orElse(""));
      }
    }
    context.write(DunningReport.of(proposals, run::note));
    int letters = DunningCommand.writeLetters(proposals, context.output().resolve("letters"),
        context.asOf(), SAMPLE_LETTERS);
    context.say("  %d sample letters written to letters/", letters);
  }
}
