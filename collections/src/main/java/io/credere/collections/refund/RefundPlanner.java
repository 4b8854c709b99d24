package io.credere.collections.refund;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Proposes what to do with credit balances: for each customer and currency with open items of
 * negative open amount (credit notes, payments on account), offsets against that customer's open
 * debit items of the same currency (credits oldest document date first, invoices oldest due date
 * first, ties by document id), then refunds of the rest, as the {@link RefundPolicy} says.
 *
 * <p>Works in {@code long} minor units; nothing is rounded. Stateless and thread-safe.
 */
public final class RefundPlanner {

  private RefundPlanner() {}

  /**
   * The proposals, by customer then currency; customers without a credit balance get none.
   *
   * @param ledger open items of any customers and currencies
   * @param policy mode and approval thresholds
   */
  public static List<RefundProposal> propose(List<OpenItem> ledger, RefundPolicy policy) {
    Checks.notNull(ledger, "ledger");
    Checks.notNull(policy, "policy");
    Map<CustomerId, Map<CurrencyUnit, List<OpenItem>>> groups = new TreeMap<>();
    for (OpenItem item : ledger) {
      if (!item.isSettled()) {
        groups.computeIfAbsent(item.customerId(), c -> new TreeMap<>())
            .computeIfAbsent(item.currency(), c -> new ArrayList<>()).add(item);
      }
    }
    List<RefundProposal> proposals = new ArrayList<>();
    groups.forEach((customer, byCurrency) -> byCurrency.forEach((currency, items) -> {
      List<OpenItem> credits = items.stream().filter(i -> i.openAmount().isNegative())
          .sorted(Comparator.comparing(OpenItem::documentDate)
              .thenComparing(OpenItem::documentId)).toList();
      if (!credits.isEmpty()) {
        List<OpenItem> debits = items.stream().filter(i -> i.openAmount().isPositive())
            .sorted(Comparator.comparing(OpenItem::dueDate).thenComparing(OpenItem::documentId))
            .toList();
        proposals.add(proposeOne(customer, currency, credits, debits, policy));
      }
    }));
    return List.copyOf(proposals);
  }

  private static RefundProposal proposeOne(CustomerId customer, CurrencyUnit currency,
      List<OpenItem> credits, List<OpenItem> debits, RefundPolicy policy) {
    long[] debitOpen = debits.stream().mapToLong(d -> d.openAmount().getAmountMinorLong())
        .toArray();
    long balance = 0;
    RefundProposal.Builder proposal = RefundProposal.builder().customerId(customer)
        .currency(currency);
    long refundTotal = 0;
    int next = 0;
    for (OpenItem credit : credits) {
      long left = -credit.openAmount().getAmountMinorLong();
      balance += left;
      if (policy.mode() != RefundMode.REFUND_ONLY) {
        while (left > 0 && next < debits.size()) {
          long take = Math.min(left, debitOpen[next]);
          proposal.addOffsets(Offset.builder().credit(credit.documentId())
              .invoice(debits.get(next).documentId()).amount(Money.ofMinor(currency, take))
              .build());
          left -= take;
          debitOpen[next] -= take;
          if (debitOpen[next] == 0) {
            next++;
          }
        }
      }
      if (left > 0 && policy.mode() != RefundMode.OFFSET_ONLY) {
        proposal.addRefunds(Refund.builder().credit(credit.documentId())
            .amount(Money.ofMinor(currency, left)).build());
        refundTotal += left;
      }
    }
    Money refunds = Money.ofMinor(currency, refundTotal);
    boolean approval = refundTotal > 0 && policy.needsApproval(refunds);
    Money creditBalance = Money.ofMinor(currency, balance);
    RefundProposal draft = proposal.creditBalance(creditBalance).approvalRequired(approval)
        .explanation(Explanation.of("REFUND", "pending")).build();
    String sentence = customer + " has a credit balance of " + creditBalance + ": "
        + draft.offsetTotal() + " offset against " + draft.offsets().stream()
            .map(o -> o.invoice().value()).distinct().count() + " open invoice(s), "
        + refunds + " to refund" + (approval ? " (approval required)" : "")
        + (draft.unused().isZero() ? "" : ", " + draft.unused() + " left on account") + " ("
        + policy.mode() + ").";
    return draft.withExplanation(Explanation.builder().ruleId("REFUND_" + policy.mode())
        .sentence(sentence).addReasonCodes(approval ? "APPROVAL_REQUIRED" : "NO_APPROVAL")
        .putFacts("credit_balance", creditBalance.toString())
        .putFacts("offset", draft.offsetTotal().toString())
        .putFacts("refund", refunds.toString())
        .build());
  }
}
