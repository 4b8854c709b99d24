package io.credere.cli.casework;

import io.credere.io.DisputeRow;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOrigin;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeReasons;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputeRoutings;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.workflow.ShortPaymentDisputes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The contract's disputes ("The collector's day"): five reasons read from a remittance
 * ({@code PRICING}, {@code QUANTITY}, {@code DAMAGED_GOODS}, {@code DELIVERY}, {@code OTHER}),
 * owners by reason ({@code SALES} for pricing, {@code LOGISTICS} for delivery and quantity,
 * {@code CUSTOMER_SERVICE} for damaged goods, {@code BILLING} otherwise) and a due date 10
 * business days (Monday to Friday) after the dispute is opened, as a {@link DisputePolicy} of
 * the library.
 *
 * <p>The library's finer reasons map onto the contract's: a discount claim is {@code PRICING}, a
 * quality complaint {@code DAMAGED_GOODS}, goods not received {@code DELIVERY}, a duplicate
 * invoice {@code OTHER} (billing's). A remittance the library cannot place that speaks of a
 * delivery ("late delivery", "Lieferung") is {@code DELIVERY}.
 */
public final class ContractDisputes {

  /** Business days to resolve a dispute, whatever the reason. */
  static final int DUE_BUSINESS_DAYS = 10;

  /** Routing and due days of the contract. */
  static final DisputePolicy POLICY = policy();

  private ContractDisputes() {}

  /** The library reason a remittance gives, with the contract's reading of deliveries. */
  static DisputeReason classify(Optional<String> remittance) {
    if (remittance.isEmpty()) {
      return DisputeReason.OTHER;
    }
    DisputeReason reason = DisputeReasons.classify(remittance.get());
    String lower = remittance.get().toLowerCase(Locale.ROOT);
    if (reason == DisputeReason.OTHER && (lower.contains("deliver") || lower.contains("liefer"))) {
      return DisputeReason.NOT_RECEIVED;
    }
    return reason;
  }

  /** The contract's reason for a library reason. */
  static DisputeRow.Reason reason(DisputeReason reason) {
    switch (reason) {
      case PRICING:
      case DISCOUNT:
        return DisputeRow.Reason.PRICING;
      case QUANTITY:
        return DisputeRow.Reason.QUANTITY;
      case DAMAGED_GOODS:
      case QUALITY:
        return DisputeRow.Reason.DAMAGED_GOODS;
      case NOT_RECEIVED:
        return DisputeRow.Reason.DELIVERY;
      default:
        return DisputeRow.Reason.OTHER;
    }
  }

  /** The workflow's short payments to disputes, under {@link #POLICY}, ids {@code D-000001} on. */
  static final ShortPaymentDisputes FLOW = ShortPaymentDisputes.of(POLICY, "D-", 6);

  /**
   * Disputes of the contract for {@code claims}: the {@code previous} ones as they are, then a
   * new {@code OPEN} one for every claim whose document and payment none of them has, numbered
   * on from the highest previous id (the workflow's {@link ShortPaymentDisputes}).
   *
   * @param previous the disputes of earlier runs, in any state, as read from a file
   * @param claims the short payments, in the order disputes are numbered
   * @param paymentsKnown whether the claims' dates and remittances come from the payments (else
   *     they are dated on the as-of date, without a remittance)
   * @return the previous rows, then the new ones
   */
  public static List<DisputeRow> open(List<DisputeRow> previous, List<ShortPaymentClaim> claims,
      boolean paymentsKnown) {
    List<Dispute> existing = previous.stream().map(ContractDisputes::asDispute).toList();
    ShortPaymentDisputes.OpenedDisputes opened = FLOW.open(claims, existing);
    List<DisputeRow> rows = new ArrayList<>(previous);
    for (Dispute dispute : opened.opened()) {
      rows.add(row(reread(dispute), paymentsKnown));
    }
    return rows;
  }

  /**
   * A dispute read from a file as the library's: enough for its key, id, amount and owner
   * (an open one holds its amount out of dunning); its history is not in the file.
   */
  public static Dispute asDispute(DisputeRow row) {
    DisputeRequest request = DisputeRequest.builder().customerId(row.customerId())
        .documentId(row.documentId()).amount(row.amount()).reason(libraryReason(row.reason()))
        .origin(DisputeOrigin.SHORT_PAYMENT).raisedOn(row.opened()).paymentId(row.paymentId())
        .build();
    return Dispute.open(row.disputeId(), request, POLICY);
  }

  /** The contract's reading of deliveries the library leaves as OTHER. */
  private static Dispute reread(Dispute dispute) {
    DisputeReason reason = classify(dispute.request().note());
    if (reason == dispute.reason()) {
      return dispute;
    }
    DisputeRequest was = dispute.request();
    DisputeRequest request = DisputeRequest.builder().customerId(was.customerId())
        .documentId(was.documentId()).amount(was.amount()).reason(reason).origin(was.origin())
        .raisedOn(was.raisedOn()).paymentId(was.paymentId()).note(was.note()).build();
    return Dispute.open(dispute.disputeId(), request, POLICY);
  }

  /** The contract's row of a newly opened dispute. */
  static DisputeRow row(Dispute dispute, boolean paymentKnown) {
    DisputeRequest request = dispute.request();
    LocalDate opened = request.raisedOn();
    DisputeRow.Reason reason = reason(dispute.reason());
    String payment = request.paymentId().map(p -> p.value()).orElse("");
    String source = paymentKnown
        ? "payment " + payment + " of " + opened + (request.note().isPresent()
            ? ", remittance \"" + request.note().get() + "\"" : ", no remittance")
        : "payment " + payment + ", not in a payments file: opened on the as-of date";
    String sentence = dispute.customerId().value() + " paid " + dispute.documentId().value()
        + " short by " + dispute.amount() + " (" + source + "): " + reason + ", routed to "
        + dispute.owner() + ", to be resolved by " + dispute.dueDate() + " ("
        + DUE_BUSINESS_DAYS + " business days).";
    return new DisputeRow(dispute.disputeId(), dispute.customerId(), dispute.documentId(),
        request.paymentId(), dispute.amount(), reason, dispute.owner(), dispute.state(), opened,
        dispute.dueDate(), sentence, 0);
  }

  private static DisputeReason libraryReason(DisputeRow.Reason reason) {
    switch (reason) {
      case PRICING:
        return DisputeReason.PRICING;
      case QUANTITY:
        return DisputeReason.QUANTITY;
      case DAMAGED_GOODS:
        return DisputeReason.DAMAGED_GOODS;
      case DELIVERY:
        return DisputeReason.NOT_RECEIVED;
      default:
        return DisputeReason.OTHER;
    }
  }

  private static DisputePolicy policy() {
    Map<DisputeReason, DisputeOwner> owners = new EnumMap<>(DisputeReason.class);
    DisputePolicy.Builder policy = DisputePolicy.builder();
    for (DisputeReason reason : DisputeReason.values()) {
      owners.put(reason, owner(reason(reason)));
      policy.putDaysByReason(reason, DUE_BUSINESS_DAYS);
    }
    return policy.routing(DisputeRoutings.byReason(owners)).build();
  }

  private static DisputeOwner owner(DisputeRow.Reason reason) {
    switch (reason) {
      case PRICING:
        return DisputeOwner.SALES;
      case QUANTITY:
      case DELIVERY:
        return DisputeOwner.LOGISTICS;
      case DAMAGED_GOODS:
        return DisputeOwner.CUSTOMER_SERVICE;
      default:
        return DisputeOwner.BILLING;
    }
  }
}
