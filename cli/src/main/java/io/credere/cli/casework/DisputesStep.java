package io.credere.cli.casework;

import io.credere.cli.demo.DemoContext;
import io.credere.cli.demo.DemoStep;
import io.credere.allocation.AllocationRun;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputedAmounts;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.workflow.ShortPaymentDisputes;
import io.credere.workflow.ShortPayments;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a dispute for every short payment of the sample, routes it by reason, prints the open
 * disputes by owner with amounts and due dates, and writes {@code disputes.csv}:
 * {@code dispute_id,customer_id,document_id,currency,amount,reason,owner,origin,payment_id,
 * raised_on,due_date,state,explanation}.
 */
public final class DisputesStep implements DemoStep {

  @Override
  public String title() {
    return "Opening disputes for short payments";
  }

  @Override
  public void run(DemoContext context) {
    List<ShortPaymentClaim> claims = context.find(AllocationRun.class)
        .map(ShortPayments::claims).orElse(List.of());
    ShortPaymentDisputes.OpenedDisputes opened = ShortPaymentDisputes.of(
        DisputePolicy.standard(), "D-", 4).open(claims, List.of());
    List<Dispute> disputes = opened.all();
    DisputedAmounts held = DisputedAmounts.of(disputes);
    context.put(ShortPaymentDisputes.OpenedDisputes.class, opened);
    context.say("DISPUTES  %d opened from short payments; %d document(s) held out of dunning",
        disputes.size(), held.items().size());
    Map<DisputeOwner, List<Dispute>> byOwner = new EnumMap<>(DisputeOwner.class);
    disputes.forEach(d -> byOwner.computeIfAbsent(d.owner(), o -> new ArrayList<>()).add(d));
    byOwner.forEach((owner, list) -> {
      context.say("  %s", owner);
      for (Dispute d : list) {
        context.say("    %s  %-8s %-16s %s %10s  %-13s due %s", d.disputeId(),
            d.customerId().value(), d.documentId().value(), d.amount().getCurrencyUnit(),
            d.amount().getAmount().toPlainString(), d.reason(), d.dueDate());
      }
    });
    Report.Builder report = Report.builder("disputes", "dispute_id", "customer_id",
        "document_id", "currency", "amount", "reason", "owner", "origin", "payment_id",
        "raised_on", "due_date", "state", "explanation");
    for (Dispute d : disputes) {
      report.row(Cell.text(d.disputeId()), Cell.input(d.customerId().value()),
          Cell.input(d.documentId().value()), Cell.text(d.amount().getCurrencyUnit().getCode()),
          Cell.amount(d.amount()), Cell.text(d.reason().name()), Cell.text(d.owner().name()),
          Cell.text(d.request().origin().name()),
          Cell.input(d.request().paymentId().map(p -> p.value())),
          Cell.date(d.request().raisedOn()), Cell.date(d.dueDate()), Cell.text(d.state().name()),
          Cell.input(d.explanation().sentence()));
    }
    context.write(report.build());
  }
}
