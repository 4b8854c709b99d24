package io.credere.cli.demo;

import java.util.List;

/** The steps of the demo, in the order of a credit controller's month. Extend here. */
public final class DemoSteps {

  private DemoSteps() {}

  /** Every step, in order. */
  public static List<DemoStep> all() {
    return List.of(
        new LedgerSummaryStep(),
        new io.credere.cli.statements.StatementStep(),
        new io.credere.cli.allocation.AllocationStep(),
        new AgingStep(),
        new ScoringStep(),
        new io.credere.cli.casework.DisputesStep(),
        new io.credere.cli.casework.PromisesStep(),
        new DunningStep(),
        new WorklistStep(),
        new io.credere.cli.casework.RefundsStep());
  }
}
