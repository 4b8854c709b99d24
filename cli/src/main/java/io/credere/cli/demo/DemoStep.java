package io.credere.cli.demo;

/**
 * One step of the demo: reads what it needs from the {@link DemoContext}, prints its lines of
 * the summary, writes its reports through the context, and may leave results for later steps.
 */
public interface DemoStep {

  /** A short title shown as progress ("Ageing the ledger"). */
  String title();

  /** Runs the step. */
  void run(DemoContext context);
}
