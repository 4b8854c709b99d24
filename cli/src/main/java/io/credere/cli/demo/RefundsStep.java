package io.credere.cli.demo;

import io.credere.cli.casework.RefundsCommand;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Proposes offsets and refunds of the credit balances left after the month's cash application,
 * as {@code ./credere refunds} does (offset oldest due first, refunds above 500 in the currency
 * needing approval, cash in SUSPENSE never touched), prints the totals per currency and writes
 * {@code refunds.csv} in the {@code refunds} format.
 */
public final class RefundsStep implements DemoStep {

  @Override
  public String title() {
    return "Proposing offsets and refunds of credit balances";
  }

  @Override
  public void run(DemoContext context) {
    List<RefundsCommand.Proposal> proposals = RefundsCommand.propose(context.ledger(),
        context.customers(), new RefundsCommand.Thresholds(RefundsCommand.DEFAULT_THRESHOLD,
            Map.of()), context.asOf());
    Map<CurrencyUnit, Money[]> totals = new TreeMap<>();
    long approvals = 0;
    for (RefundsCommand.Proposal each : proposals) {
      var p = each.proposal();
      Money[] t = totals.computeIfAbsent(p.currency(),
          c -> new Money[] {Money.zero(c), Money.zero(c), Money.zero(c)});
      t[0] = t[0].plus(p.creditBalance());
      t[1] = t[1].plus(p.offsetTotal());
      t[2] = t[2].plus(p.refundTotal());
      approvals += each.needsApproval() ? 1 : 0;
    }
    context.say("REFUNDS  %d customer(s) with credit balances; %d refund(s) need approval "
        + "(above %s)", proposals.size(), approvals,
        RefundsCommand.DEFAULT_THRESHOLD.setScale(2, java.math.RoundingMode.UNNECESSARY));
    totals.forEach((currency, t) -> context.say("  %s  credits %12s  offset %12s  refund %12s",
        currency, t[0].getAmount().toPlainString(), t[1].getAmount().toPlainString(),
        t[2].getAmount().toPlainString()));
    context.write(RefundsCommand.report(proposals));
  }
}
