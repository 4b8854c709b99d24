package io.credere.allocation;

import io.credere.core.id.CustomerId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * {@code REFERENCE_MATCH}: applies the cash to the identified customer's documents the
 * remittance names. In order: the open amounts sum to the payment; credit notes named net
 * against the debits; the early-payment discount explains the difference exactly; the
 * difference is within the write-off tolerance of one document; the cash exceeds the documents
 * (the rest on account); otherwise a partial payment, oldest due first, the rest left open.
 */
final class ReferenceMatch implements AllocationRule {

  @Override
  public String id() {
    return "REFERENCE_MATCH";
  }

  @Override
  public void apply(AllocationWork work) {
    if (work.customerId().isEmpty() || work.references().isEmpty()) {
      return;
    }
    CustomerId customer = work.customerId().get();
    CurrencyUnit currency = work.payment().currency();
    List<OpenItem> debits = new ArrayList<>();
    List<OpenItem> credits = new ArrayList<>();
    for (OpenItem item : work.references()) {
      if (!item.customerId().equals(customer)) {
        continue;
      }
      long open = work.openAmount(item).getAmountMinorLong();
      if (open > 0 && item.documentType().isDebit()) {
        debits.add(item);
      } else if (open < 0 && item.documentType() == DocumentType.CREDIT_NOTE) {
        credits.add(item);
      }
    }
    if (debits.isEmpty()) {
      work.note("the documents named are not open");
      return;
    }
    long paid = work.remaining().getAmountMinorLong();
    long[] open = new long[debits.size()];
    long total = 0;
    for (int i = 0; i < open.length; i++) {
      open[i] = work.openAmount(debits.get(i)).getAmountMinorLong();
      total += open[i];
    }
    String many = debits.size() == 1 ? "" : " (one of " + debits.size() + " named)";
    if (total == paid) {
      String rule = debits.size() == 1 ? "REFERENCE_AND_AMOUNT" : "REFERENCES_SUM";
      for (int i = 0; i < open.length; i++) {
        payInFull(work, rule, debits.get(i), open[i], many, "");
      }
      work.decide(rule);
      return;
    }
    long creditTotal = 0;
    for (OpenItem credit : credits) {
      creditTotal -= work.openAmount(credit).getAmountMinorLong();
    }
    if (!credits.isEmpty() && creditTotal < total && total - creditTotal == paid) {
      String rule = "REFERENCE_NETTED";
      int d = 0;
      long[] left = open.clone();
      for (OpenItem credit : credits) {
        long toNet = -work.openAmount(credit).getAmountMinorLong();
        while (toNet > 0) {
          while (left[d] == 0) {
            d++;
          }
          long netted = Math.min(toNet, left[d]);
          work.net(credit, debits.get(d), Monies.ofMinor(currency, netted));
          left[d] -= netted;
          toNet -= netted;
        }
      }
      String creditNames = String.join(", ", credits.stream()
          .map(c -> c.documentId().value()).toList());
      for (int i = 0; i < left.length; i++) {
        if (left[i] > 0) {
          payInFull(work, rule, debits.get(i), left[i], many,
              " after netting credit note " + creditNames + " named in the remittance");
        }
      }
      work.decide(rule);
      return;
    }
    if (tryDiscount(work, debits, open, total, paid, many)) {
      return;
    }
    if (paid < total) {
      int target = 0;
      for (int i = 1; i < open.length; i++) {
        if (open[i] > open[target]) {
          target = i;
        }
      }
      long difference = total - paid;
      OpenItem item = debits.get(target);
      Money limit = work.tolerance(item);
      if (difference < open[target] && difference <= limit.getAmountMinorLong()) {
        String rule = "REFERENCE_WRITE_OFF";
        for (int i = 0; i < open.length; i++) {
          if (i != target) {
            payInFull(work, rule, debits.get(i), open[i], many, "");
          }
        }
        Money differenceMoney = Monies.ofMinor(currency, difference);
        Money openBefore = Monies.ofMinor(currency, open[target]);
        work.allocate(item, Monies.ofMinor(currency, open[target] - difference),
            Sentences.document(work, rule, "PAID_WITHIN_TOLERANCE", item, openBefore,
                item.documentId().value() + " named in the remittance" + many + ", open "
                    + Sentences.money(openBefore) + ", paid but for "
                    + Sentences.money(differenceMoney) + "."));
        work.writeOff(item, differenceMoney, Sentences.document(work, rule,
            "WITHIN_TOLERANCE", item, openBefore, "Difference of "
                + Sentences.money(differenceMoney) + " on " + item.documentId().value()
                + " written off: within the tolerance of " + Sentences.money(limit) + "."));
        work.decide(rule);
        return;
      }
    }
    if (paid > total) {
      String rule = "REFERENCE_OVERPAYMENT";
      for (int i = 0; i < open.length; i++) {
        payInFull(work, rule, debits.get(i), open[i], many, "");
      }
      work.note("the cash exceeds the documents named by "
          + Sentences.money(Monies.ofMinor(currency, paid - total)));
      work.decide(rule);
      return;
    }
    String rule = "REFERENCE_PARTIAL";
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < open.length; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer, java.time.LocalDate>comparing(i -> debits.get(i).dueDate())
        .thenComparing(i -> i));
    long cash = paid;
    for (int i : order) {
      if (cash == 0) {
        break;
      }
      long part = Math.min(cash, open[i]);
      OpenItem item = debits.get(i);
      Money openBefore = Monies.ofMinor(currency, open[i]);
      Money partMoney = Monies.ofMinor(currency, part);
      work.allocate(item, partMoney, Sentences.document(work, rule,
          part == open[i] ? "PAID_IN_FULL" : "PAID_IN_PART", item, openBefore,
          item.documentId().value() + " named in the remittance" + many + ", open "
              + Sentences.money(openBefore) + ", " + (part == open[i] ? "paid in full"
              : "paid " + Sentences.money(partMoney) + " (oldest due first)") + "."));
      cash -= part;
    }
    work.decide(rule);
  }

  private static boolean tryDiscount(AllocationWork work, List<OpenItem> debits, long[] open,
      long total, long paid, String many) {
    long[] discount = new long[open.length];
    long discounts = 0;
    for (int i = 0; i < open.length; i++) {
      OpenItem item = debits.get(i);
      if (item.discount().isEmpty()) {
        continue;
      }
      EarlyPaymentDiscount terms = item.discount().get();
      if (!terms.appliesOn(work.payment().date().minusDays(work.policy().discountGraceDays()))) {
        continue;
      }
      long amount = terms.amountOf(item.amount()).getAmountMinorLong();
      if (amount > 0 && amount < open[i]) {
        discount[i] = amount;
        discounts += amount;
      }
    }
    if (discounts == 0 || total - discounts != paid) {
      return false;
    }
    String rule = "REFERENCE_DISCOUNT";
    CurrencyUnit currency = work.payment().currency();
    for (int i = 0; i < open.length; i++) {
      OpenItem item = debits.get(i);
      Money openBefore = Monies.ofMinor(currency, open[i]);
      if (discount[i] == 0) {
        payInFull(work, rule, item, open[i], many, "");
        continue;
      }
      Money discountMoney = Monies.ofMinor(currency, discount[i]);
      work.allocate(item, Monies.ofMinor(currency, open[i] - discount[i]),
          Sentences.document(work, rule, "PAID_LESS_DISCOUNT", item, openBefore,
              item.documentId().value() + " named in the remittance" + many + ", open "
                  + Sentences.money(openBefore) + ", paid in full less its early-payment "
                  + "discount."));
      EarlyPaymentDiscount terms = item.discount().get();
      work.discount(item, discountMoney, Sentences.document(work, rule, "EARLY_PAYMENT",
          item, openBefore, terms.percent().stripTrailingZeros().toPlainString()
              + "% early-payment discount on " + item.documentId().value() + " ("
              + Sentences.money(item.amount()) + "): paid on " + work.payment().date()
              + ", discount date " + terms.lastDate() + "."));
    }
    work.decide(rule);
    return true;
  }

  private static void payInFull(AllocationWork work, String rule, OpenItem item, long open,
      String many, String extra) {
    Money openBefore = Monies.ofMinor(item.currency(), open);
    work.allocate(item, openBefore, Sentences.document(work, rule, "PAID_IN_FULL", item,
        openBefore, item.documentId().value() + " named in the remittance" + many + ", open "
            + Sentences.money(openBefore) + ", paid in full" + extra + "."));
  }
}
