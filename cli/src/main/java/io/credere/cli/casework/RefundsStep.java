package io.credere.cli.casework;

import io.credere.cli.demo.DemoContext;
import io.credere.cli.demo.DemoStep;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.refund.Offset;
import io.credere.collections.refund.Refund;
import io.credere.collections.refund.RefundPlanner;
import io.credere.collections.refund.RefundPolicy;
import io.credere.collections.refund.RefundProposal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Proposes offsets and refunds of the sample's credit balances (negative open items), offset
 * first, refunds above 500.00 of EUR, GBP or USD needing approval, and writes
 * {@code refunds.csv}: {@code customer_id,currency,action,credit_document,invoice_document,
 * amount,approval_required} ({@code action} is {@code OFFSET} or {@code REFUND};
 * {@code invoice_document} is empty for a refund).
 */
public final class RefundsStep implements DemoStep {

  /** The demo's policy: offset first, approval above 500.00 in each sample currency. */
  static final RefundPolicy POLICY = RefundPolicy.builder()
      .putApprovalThresholds(CurrencyUnit.EUR, Money.parse("EUR 500.00"))
      .putApprovalThresholds(CurrencyUnit.GBP, Money.parse("GBP 500.00"))
      .putApprovalThresholds(CurrencyUnit.USD, Money.parse("USD 500.00"))
      .build();

  @Override
  public String title() {
    return "Proposing offsets and refunds of credit balances";
  }

  @Override
  public void run(DemoContext context) {
    // Unidentified cash in suspense belongs to nobody yet: it is investigated, not refunded.
    io.credere.core.id.CustomerId suspense =
        io.credere.allocation.AllocationPolicy.defaults().suspenseAccount();
    List<RefundProposal> proposals = RefundPlanner.propose(context.ledger().stream()
        .filter(item -> !item.customerId().equals(suspense)).toList(), POLICY);
    Report.Builder report = Report.builder("refunds", "customer_id", "currency", "action",
        "credit_document", "invoice_document", "amount", "approval_required");
    Map<CurrencyUnit, Money[]> totals = new TreeMap<>();
    long approvals = 0;
    for (RefundProposal p : proposals) {
      Money[] t = totals.computeIfAbsent(p.currency(),
          c -> new Money[] {Money.zero(c), Money.zero(c), Money.zero(c)});
      t[0] = t[0].plus(p.creditBalance());
      t[1] = t[1].plus(p.offsetTotal());
      t[2] = t[2].plus(p.refundTotal());
      approvals += p.isApprovalRequired() ? 1 : 0;
      for (Offset o : p.offsets()) {
        report.row(Cell.input(p.customerId().value()), Cell.text(p.currency().getCode()),
            Cell.text("OFFSET"), Cell.input(o.credit().value()), Cell.input(o.invoice().value()),
            Cell.amount(o.amount()), Cell.text("false"));
      }
      for (Refund r : p.refunds()) {
        report.row(Cell.input(p.customerId().value()), Cell.text(p.currency().getCode()),
            Cell.text("REFUND"), Cell.input(r.credit().value()), Cell.empty(),
            Cell.amount(r.amount()), Cell.text(Boolean.toString(p.isApprovalRequired())));
      }
    }
    context.say("REFUNDS  %d customer(s) with credit balances; %d refund(s) need approval",
        proposals.size(), approvals);
    totals.forEach((currency, t) -> context.say("  %s  credits %12s  offset %12s  refund %12s",
        currency, t[0].getAmount().toPlainString(), t[1].getAmount().toPlainString(),
        t[2].getAmount().toPlainString()));
    context.write(report.build());
  }
}
