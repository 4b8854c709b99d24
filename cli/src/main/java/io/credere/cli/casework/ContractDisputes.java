package io.credere.cli.casework;

import io.credere.cli.io.DisputeRow;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeOrigin;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeReasons;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputeRoutings;
import java.time.LocalDate;
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
final class ContractDisputes {

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

  /** The library's dispute for a short payment, routed and dated by {@link #POLICY}. */
  static Dispute dispute(String id, DisputesCommand.ShortPayment s, LocalDate asOf) {
    DisputeRequest request = DisputeRequest.builder().customerId(s.customer())
        .documentId(s.document()).amount(s.amount()).reason(classify(s.remittance()))
        .origin(DisputeOrigin.SHORT_PAYMENT).raisedOn(s.paidOn().orElse(asOf))
        .paymentId(s.payment()).note(s.remittance()).build();
    return Dispute.open(id, request, POLICY);
  }

  /**
   * The contract's row of a new dispute for a short payment.
   *
   * @param id the new dispute's id
   * @param s the short payment
   * @param asOf the opening date when the payment's date is not known
   */
  static DisputeRow open(String id, DisputesCommand.ShortPayment s, LocalDate asOf) {
    Dispute dispute = dispute(id, s, asOf);
    LocalDate opened = dispute.request().raisedOn();
    DisputeRow.Reason reason = reason(dispute.reason());
    String source = s.paidOn().isPresent()
        ? "payment " + s.payment().value() + " of " + opened + (s.remittance().isPresent()
            ? ", remittance \"" + s.remittance().get() + "\"" : ", no remittance")
        : "payment " + s.payment().value() + ", not in a payments file: opened on the as-of date";
    String sentence = s.customer().value() + " paid " + s.document().value() + " short by "
        + s.amount() + " (" + source + "): " + reason + ", routed to " + dispute.owner()
        + ", to be resolved by " + dispute.dueDate() + " (" + DUE_BUSINESS_DAYS
        + " business days).";
    return new DisputeRow(id, s.customer(), s.document(), Optional.of(s.payment()), s.amount(),
        reason, dispute.owner(), dispute.state(), opened, dispute.dueDate(), sentence, 0);
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
