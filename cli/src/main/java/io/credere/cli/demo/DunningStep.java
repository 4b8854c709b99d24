package io.credere.cli.demo;

import io.credere.cli.collections.CollectionsSetup;
import io.credere.cli.collections.DunningCommand;
import io.credere.cli.collections.DunningReport;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.workflow.DunningExclusionsFlow;
import io.credere.workflow.ShortPaymentDisputes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The dunning run on the sample ledger: actions by level and channel, exclusions, {@code
 * dunning.csv}, and a few sample letters in {@code letters/}.
 */
final class DunningStep implements DemoStep {

  private static final int SAMPLE_LETTERS = 4;

  @Override
  public String title() {
    return "Proposing the dunning run";
  }

  @Override
  public void run(DemoContext context) {
    List<DunningProposal> proposals = DunningRun.of(DunningPolicy.standard(),
        CollectionsSetup.interest()).propose(context.ledger(), context.customers(), List.of(),
        exclusions(context), context.asOf());
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
    context.write(DunningReport.of(proposals));
    int letters = DunningCommand.writeLetters(proposals, context.output().resolve("letters"),
        context.asOf(), SAMPLE_LETTERS);
    context.say("  %d sample letters written to letters/", letters);
  }

  /**
   * The amounts under open dispute (opened by the disputes step) are not dunned; the undisputed
   * rest of a short-paid document still is.
   */
  static DunningExclusions exclusions(DemoContext context) {
    return DunningExclusionsFlow.builder()
        .disputes(context.find(ShortPaymentDisputes.OpenedDisputes.class)
            .map(ShortPaymentDisputes.OpenedDisputes::all).orElse(List.of()))
        .build();
  }
}
