package io.credere.cli.demo;

import io.credere.cli.casework.ContractDisputes;
import io.credere.cli.casework.DisputesCommand;
import io.credere.cli.casework.CollectorDunning;
import io.credere.allocation.AllocationRun;
import io.credere.io.DisputeRow;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputedAmounts;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.workflow.ShortPaymentDisputes;
import io.credere.workflow.ShortPayments;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Opens a dispute for every short payment of the month's cash application (the workflow's
 * {@link ShortPayments} and {@link ShortPaymentDisputes}), as {@code ./credere disputes} does:
 * the contract's reasons, owners and 10 business days. Prints the open disputes by owner with
 * amounts and due dates, leaves them for the dunning step (as the workflow's disputes and as the
 * {@link Opened} rows {@code dunning --disputes} reads) and writes {@code disputes.csv} in the
 * {@code disputes} format.
 */
public final class DisputesStep implements DemoStep {

  /**
   * The disputes the step opened, as rows of the {@code disputes} format (what
   * {@link CollectorDunning} takes).
   *
   * @param rows the disputes, in id order
   */
  public record Opened(List<DisputeRow> rows) {

    /** Copies the list. */
    public Opened {
      rows = List.copyOf(rows);
    }
  }

  @Override
  public String title() {
    return "Opening disputes for short payments";
  }

  @Override
  public void run(DemoContext context) {
    List<ShortPaymentClaim> claims = context.find(AllocationRun.class)
        .map(ShortPayments::claims).orElse(List.of());
    List<DisputeRow> rows = ContractDisputes.open(List.of(), claims, true);
    List<Dispute> disputes = rows.stream().map(ContractDisputes::asDispute).toList();
    context.put(ShortPaymentDisputes.OpenedDisputes.class,
        new ShortPaymentDisputes.OpenedDisputes(disputes, disputes, List.of()));
    context.put(Opened.class, new Opened(rows));
    DisputedAmounts held = DisputedAmounts.of(disputes);
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
}
