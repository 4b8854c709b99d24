package io.credere.cli.demo;

import io.credere.cli.allocation.AllocationReports;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;

/**
 * The demo's cash application: applies the bank statement's credits to the ledger, prints cash applied,
 * written off, short, on account and in suspense with the auto-match rate, writes
 * {@code allocation.csv} and {@code ledger-after-allocation.csv}, and hands the ledger after the
 * run (and the run itself) to the later steps.
 */
public final class AllocationStep implements DemoStep {

  @Override
  public String title() {
    return "Applying incoming cash";
  }

  @Override
  public void run(DemoContext context) {
    // The demo's tolerance: small differences up to 1.00 (and at most 1 % of the document) are
    // written off, as a controller sets it for bank fees; anything larger is a short payment.
    io.credere.allocation.Tolerance.Builder tolerance = io.credere.allocation.Tolerance.builder()
        .percent(java.math.BigDecimal.ONE);
    context.ledger().stream().map(item -> item.currency()).distinct().forEach(currency ->
        tolerance.putAmounts(currency, org.joda.money.Money.of(currency,
            java.math.BigDecimal.ONE)));
    AllocationRun run = CashApplication.builder()
        .policy(io.credere.allocation.AllocationPolicy.builder().tolerance(tolerance.build())
            .build())
        .build().apply(context.ledger(), context.customers(), payments(context));
    context.say("CASH APPLICATION  %d payments, %d matched (auto-match rate %.1f%%)",
        run.results().size(), run.matchedCount(), 100 * run.autoMatchRate());
    context.say("  cash applied   %s", AllocationReports.text(run.total(AllocationKind.ALLOCATED)));
    context.say("  discount       %s", AllocationReports.text(run.total(AllocationKind.DISCOUNT)));
    context.say("  written off    %s", AllocationReports.text(run.total(AllocationKind.WRITE_OFF)));
    context.say("  short paid     %s", AllocationReports.text(run.total(AllocationKind.SHORT_PAYMENT)));
    context.say("  on account     %s", AllocationReports.text(run.total(AllocationKind.ON_ACCOUNT)));
    context.say("  in suspense    %s", AllocationReports.text(run.total(AllocationKind.UNAPPLIED)));
    context.write(AllocationReports.allocation(run, "allocation"));
    context.write(AllocationReports.ledger(run.ledgerAfter(), "ledger-after-allocation"));
    context.ledger(run.ledgerAfter());
    context.put(AllocationRun.class, run);
  }

  /**
   * The cash to apply: the credits of the bank statement read by the statement step, as a
   * controller gets them from the bank; the payments file where no statement was read.
   */
  static java.util.List<io.credere.allocation.IncomingPayment> payments(DemoContext context) {
    return context.find(io.credere.statements.StatementFile.class)
        .map(io.credere.workflow.BankPayments::of)
        .orElseGet(() -> AllocationReports.payments(context.payments()));
  }
}
