package io.credere.cli.casework;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.IncomingPayment;
import io.credere.cli.demo.DemoContext;
import io.credere.cli.demo.DemoStep;
import io.credere.cli.io.DisputeRow;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputedAmounts;
import io.credere.collections.dispute.ShortPaymentClaim;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens a dispute for every short payment of the month's cash application, as
 * {@code ./credere disputes} does (the contract's reasons, owners and 10 business days), prints
 * the open disputes by owner with amounts and due dates, leaves the disputed amounts for the
 * dunning step and writes {@code disputes.csv} in the {@code disputes} format.
 */
public final class DisputesStep implements DemoStep {

  @Override
  public String title() {
    return "Opening disputes for short payments";
  }

  @Override
  public void run(DemoContext context) {
    List<DisputesCommand.ShortPayment> found = context.find(AllocationRun.class)
        .map(DisputesStep::shortPayments).orElse(List.of()).stream()
        .map(c -> new DisputesCommand.ShortPayment(c.customerId(), c.documentId(),
            c.paymentId().orElseThrow(), c.shortAmount(), Optional.of(c.paymentDate()),
            c.remittance()))
        .toList();
    List<DisputeRow> rows = DisputesCommand.open(List.of(), found, context.asOf());
    List<Dispute> disputes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      disputes.add(ContractDisputes.dispute(rows.get(i).disputeId(), found.get(i),
          context.asOf()));
    }
    DisputedAmounts held = DisputedAmounts.of(disputes);
    context.put(DisputedAmounts.class, held);
    context.say("DISPUTES  %d opened from short payments; %d document(s) held out of dunning",
        rows.size(), held.items().size());
    Map<DisputeOwner, List<DisputeRow>> byOwner = new EnumMap<>(DisputeOwner.class);
    rows.forEach(d -> byOwner.computeIfAbsent(d.owner(), o -> new ArrayList<>()).add(d));
    byOwner.forEach((owner, list) -> {
      context.say("  %s", owner);
      for (DisputeRow d : list) {
        context.say("    %s  %-8s %-16s %s %10s  %-13s due %s", d.disputeId(),
            d.customerId().value(), d.documentId().value(), d.amount().getCurrencyUnit(),
            d.amount().getAmount().toPlainString(), d.reason(), d.due());
      }
    });
    context.write(DisputesCommand.report(rows));
  }

  /**
   * The short payments of a cash application run: one claim per {@code SHORT_PAYMENT} line
   * (what stays open on a document that was paid short), dated and referenced by the last
   * payment that paid the document, with that payment's remittance to classify the reason.
   */
  static List<ShortPaymentClaim> shortPayments(AllocationRun run) {
    List<ShortPaymentClaim> claims = new ArrayList<>();
    for (Allocation line : run.lines()) {
      if (line.kind() != AllocationKind.SHORT_PAYMENT || line.customerId().isEmpty()
          || line.documentId().isEmpty()) {
        continue;
      }
      IncomingPayment payment = run.findResult(line.paymentId()).orElseThrow().payment();
      claims.add(ShortPaymentClaim.builder().customerId(line.customerId().get())
          .documentId(line.documentId().get())
          .shortAmount(line.amount())
          .paymentDate(payment.date()).paymentId(payment.paymentId())
          .remittance(payment.remittance().isBlank() ? Optional.empty()
              : Optional.of(payment.remittance()))
          .build());
    }
    return claims;
  }
}
