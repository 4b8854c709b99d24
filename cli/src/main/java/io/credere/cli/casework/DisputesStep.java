package io.credere.cli.casework;

import io.credere.cli.demo.DemoContext;
import io.credere.cli.demo.DemoStep;
import io.credere.cli.io.PaymentRow;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputedAmounts;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
    List<ShortPaymentClaim> claims = shortPaymentsFromPayments(context.payments(),
        context.ledger());
    List<Dispute> disputes = new ArrayList<>();
    for (ShortPaymentClaim claim : claims) {
      disputes.add(Dispute.open(String.format(Locale.ROOT, "D-%04d", disputes.size() + 1),
          DisputeRequest.fromShortPayment(claim), DisputePolicy.standard()));
    }
    DisputedAmounts held = DisputedAmounts.of(disputes);
    context.put(DisputedAmounts.class, held);
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

  /**
   * The short payments of the sample, derived directly from the payments file until cash
   * application's result ({@code SHORT_PAYMENT} lines) replaces this method: a payment whose
   * remittance names exactly one open debit document of the ledger, in the same currency, and
   * pays less than its open amount; the difference is the short amount.
   */
  static List<ShortPaymentClaim> shortPaymentsFromPayments(List<PaymentRow> payments,
      List<OpenItem> ledger) {
    List<ShortPaymentClaim> claims = new ArrayList<>();
    for (PaymentRow payment : payments) {
      Optional<String> remittance = payment.remittance();
      if (remittance.isEmpty()) {
        continue;
      }
      List<OpenItem> named = ledger.stream()
          .filter(i -> i.documentType().isDebit() && !i.isSettled()
              && remittance.get().contains(i.documentId().value()))
          .toList();
      if (named.size() != 1) {
        continue;
      }
      OpenItem item = named.get(0);
      if (item.currency().equals(payment.amount().getCurrencyUnit())
          && payment.amount().isLessThan(item.openAmount())) {
        claims.add(ShortPaymentClaim.builder().customerId(item.customerId())
            .documentId(DocumentId.of(item.documentId().value()))
            .shortAmount(item.openAmount().minus(payment.amount()))
            .paymentDate(payment.paymentDate()).paymentId(payment.paymentId())
            .remittance(remittance).build());
      }
    }
    return claims;
  }
}
