package io.credere.allocation;

import io.credere.allocation.internal.SubsetSearch;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * {@code AMOUNT_MATCH}: for an identified customer and a remittance without references, applies
 * the cash when exactly one set of the customer's open debit items (one item or several) sums to
 * it exactly; two sets, no set, too many items or an exhausted search budget leave it on
 * account.
 */
final class AmountMatch implements AllocationRule {

  @Override
  public String id() {
    return "AMOUNT_MATCH";
  }

  @Override
  public void apply(AllocationWork work) {
    if (work.customerId().isEmpty()) {
      return;
    }
    if (!work.references().isEmpty() || work.hasForeignReferences()) {
      work.note("the references given do not fit, so the amount alone is not used");
      return;
    }
    List<OpenItem> debits = new ArrayList<>();
    for (OpenItem item : work.openItems()) {
      if (item.documentType().isDebit() && work.openAmount(item).isPositive()) {
        debits.add(item);
      }
    }
    if (debits.isEmpty()) {
      work.note("the customer has nothing open in " + work.payment().currency().getCode());
      return;
    }
    if (debits.size() > work.policy().subsetMaxItems()) {
      work.note("the customer has too many open items (" + debits.size()
          + ") to match by amount alone");
      return;
    }
    long[] amounts = new long[debits.size()];
    for (int i = 0; i < amounts.length; i++) {
      amounts[i] = work.openAmount(debits.get(i)).getAmountMinorLong();
    }
    SubsetSearch.Result result = SubsetSearch.search(amounts,
        work.remaining().getAmountMinorLong(), work.policy().subsetStepBudget());
    String amount = Sentences.money(work.remaining());
    switch (result.outcome()) {
      case AMBIGUOUS:
        work.note("no reference, and more than one set of open items sums to " + amount);
        return;
      case NONE:
        work.note("no reference, and no set of open items sums to " + amount);
        return;
      case BUDGET_EXHAUSTED:
        work.note("no reference, and the search by amount could not prove a single fit");
        return;
      default:
        break;
    }
    int[] positions = result.positions();
    String rule = positions.length == 1 ? "AMOUNT_SINGLE_ITEM" : "AMOUNT_SUBSET_SUM";
    for (int position : positions) {
      OpenItem item = debits.get(position);
      Money open = Monies.ofMinor(item.currency(), amounts[position]);
      String sentence = positions.length == 1
          ? "No reference given; " + item.documentId().value() + " is the only open item of "
              + item.customerId().value() + " for exactly " + Sentences.money(open) + "."
          : "No reference given; " + item.documentId().value() + " is one of the only set of "
              + positions.length + " open items that sums exactly to " + amount + ".";
      work.allocate(item, open, Sentences.document(work, rule, "UNIQUE_AMOUNT", item, open,
          sentence));
    }
    work.decide(rule);
  }
}
