package io.credere.workflow;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.core.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Allocation result to short-payment claims: one {@link ShortPaymentClaim} per
 * {@code SHORT_PAYMENT} line of a cash application run (what stays open on a document that
 * received cash but was not settled), dated and referenced by the payment whose lines carry it
 * (the last payment that paid the document), with that payment's remittance text to read the
 * reason from. The claims' amounts are exactly the run's {@code SHORT_PAYMENT} amounts.
 *
 * <pre>{@code
 * AllocationRun run = CashApplication.standard().apply(ledger, customers, payments);
 * List<ShortPaymentClaim> claims = ShortPayments.claims(run);
 * }</pre>
 */
public final class ShortPayments {

  private ShortPayments() {}

  /** The claims of every {@code SHORT_PAYMENT} line of {@code run}, in the run's line order. */
  public static List<ShortPaymentClaim> claims(AllocationRun run) {
    return claims(Checks.notNull(run, "run").results());
  }

  /** The claims of every {@code SHORT_PAYMENT} line of {@code results}, in order. */
  public static List<ShortPaymentClaim> claims(Collection<AllocationResult> results) {
    Checks.notNull(results, "results");
    List<ShortPaymentClaim> claims = new ArrayList<>();
    for (AllocationResult result : results) {
      for (Allocation line : result.lines()) {
        if (line.kind() == AllocationKind.SHORT_PAYMENT) {
          claims.add(claim(result, line));
        }
      }
    }
    return List.copyOf(claims);
  }

  /** The claim of one {@code SHORT_PAYMENT} line of {@code result}. */
  public static ShortPaymentClaim claim(AllocationResult result, Allocation line) {
    Checks.argument(line.kind() == AllocationKind.SHORT_PAYMENT,
        "Only a SHORT_PAYMENT line is a short-payment claim, not " + line.kind());
    String remittance = result.payment().remittance();
    return ShortPaymentClaim.builder()
        .customerId(line.customerId().orElseThrow())
        .documentId(line.documentId().orElseThrow())
        .shortAmount(line.amount())
        .paymentDate(result.payment().date())
        .paymentId(result.payment().paymentId())
        .remittance(remittance.isBlank() ? Optional.empty() : Optional.of(remittance))
        .build();
  }
}
