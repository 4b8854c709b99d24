package io.credere.workflow;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.core.Checks;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short-payment claims to disputes: a dispute opened for every claim (reason read from the
 * remittance, routed to its owner and due by the {@link DisputePolicy}), keeping the disputes of
 * an earlier run. The key of a dispute is its document and payment: a claim whose key an existing
 * dispute already has opens nothing (the existing one is kept as it is, with its id and state),
 * so running the flow twice on the same input opens nothing new.
 *
 * <p>New ids continue the highest existing one: {@code prefix} followed by a zero-padded number
 * ({@code D-000001}, {@code D-000002}, ...).
 *
 * <pre>{@code
 * OpenedDisputes today = ShortPaymentDisputes.standard()
 *     .open(ShortPayments.claims(run), yesterdaysDisputes);
 * today.opened();  // the new ones
 * today.all();     // yesterday's, then the new ones
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ShortPaymentDisputes {

  private final DisputePolicy policy;
  private final String prefix;
  private final int digits;
  private final Pattern idPattern;

  private ShortPaymentDisputes(DisputePolicy policy, String prefix, int digits) {
    this.policy = policy;
    this.prefix = prefix;
    this.digits = digits;
    this.idPattern = Pattern.compile(Pattern.quote(prefix) + "(\\d+)");
  }

  /** The standard dispute policy, ids {@code D-000001} onwards. */
  public static ShortPaymentDisputes standard() {
    return of(DisputePolicy.standard(), "D-", 6);
  }

  /**
   * Disputes opened under {@code policy}, ids {@code prefix} and a number of at least
   * {@code digits} digits.
   */
  public static ShortPaymentDisputes of(DisputePolicy policy, String prefix, int digits) {
    Checks.notNull(policy, "policy");
    Checks.notNull(prefix, "prefix");
    Checks.argument(digits >= 1 && digits <= 18, "digits must be from 1 to 18, but was "
        + digits);
    return new ShortPaymentDisputes(policy, prefix, digits);
  }

  /** The policy disputes are opened under. */
  public DisputePolicy policy() {
    return policy;
  }

  /**
   * Opens a dispute for every claim whose document and payment no dispute of {@code existing}
   * (nor an earlier claim of the same call) has.
   *
   * @param claims the short payments, in the order disputes are numbered
   * @param existing the disputes of earlier runs, in any state
   */
  public OpenedDisputes open(List<ShortPaymentClaim> claims, Collection<Dispute> existing) {
    Checks.notNull(claims, "claims");
    Checks.notNull(existing, "existing");
    Map<Key, Dispute> byKey = new LinkedHashMap<>();
    long highest = 0;
    for (Dispute dispute : existing) {
      byKey.putIfAbsent(new Key(dispute.documentId(), dispute.request().paymentId()), dispute);
      Matcher matcher = idPattern.matcher(dispute.disputeId());
      if (matcher.matches() && matcher.group(1).length() <= 18) {
        highest = Math.max(highest, Long.parseLong(matcher.group(1)));
      }
    }
    List<Dispute> opened = new ArrayList<>();
    List<ShortPaymentClaim> alreadyOpen = new ArrayList<>();
    for (ShortPaymentClaim claim : claims) {
      Key key = new Key(claim.documentId(), claim.paymentId());
      if (byKey.containsKey(key)) {
        alreadyOpen.add(claim);
        continue;
      }
      highest = Math.addExact(highest, 1);
      String id = prefix + String.format(Locale.ROOT, "%0" + digits + "d", highest);
      Dispute dispute = Dispute.open(id, DisputeRequest.fromShortPayment(claim), policy);
      byKey.put(key, dispute);
      opened.add(dispute);
    }
    List<Dispute> all = new ArrayList<>(existing);
    all.addAll(opened);
    return new OpenedDisputes(opened, all, alreadyOpen);
  }

  private record Key(DocumentId document, Optional<PaymentId> payment) {}

  /**
   * What {@link #open} did: the disputes it opened, every dispute (the existing ones as they
   * were, then the new ones), and the claims that already had a dispute.
   *
   * @param opened the disputes opened now, in claim order
   * @param all the existing disputes, then the new ones
   * @param alreadyDisputed the claims whose document and payment already had a dispute
   */
  public record OpenedDisputes(List<Dispute> opened, List<Dispute> all,
      List<ShortPaymentClaim> alreadyDisputed) {

    /** Copies the lists. */
    public OpenedDisputes {
      opened = List.copyOf(opened);
      all = List.copyOf(all);
      alreadyDisputed = List.copyOf(alreadyDisputed);
    }
  }
}
