package io.credere.cli.demo;

import java.util.List;

/** The steps of the demo, in the order of a credit controller's month. Extend here. */
public final class DemoSteps {

  private DemoSteps() {}

  /** Every step, in order. */
  public static List<DemoStep> all() {
    return List.of(
        new LedgerSummaryStep(),
        new StatementStep(),
        new AllocationStep(),
        new AgingStep(),
        new ScoringStep(),
        new DisputesStep(),
        new PromisesStep(),
        new DunningStep(),
        new WorklistStep(),
        new RefundsStep());
  }
}
