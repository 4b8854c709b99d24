package io.credere.allocation;

import io.credere.core.explain.Explanation;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import org.joda.money.Money;

/** Builds the explanations of the built-in rules. */
final class Sentences {

  private Sentences() {}

  static String money(Money amount) {
    return amount.getCurrencyUnit().getCode() + " " + Monies.format(amount);
  }

  static Explanation.Builder of(AllocationWork work, String ruleId, String sentence) {
    Explanation.Builder builder = Explanation.builder().ruleId(ruleId).sentence(sentence)
        .putFacts("payment", work.payment().paymentId().value())
        .putFacts("payment_amount", money(work.payment().amount()))
        .putFacts("payment_date", work.payment().date().toString());
    work.identifiedBy().ifPresent(how -> builder.putFacts("identified_by", how));
    return builder;
  }

  static Explanation document(AllocationWork work, String ruleId, String code, OpenItem item,
      Money openBefore, String sentence) {
    return of(work, ruleId, sentence).addReasonCodes(code)
        .putFacts("document", item.documentId().value())
        .putFacts("open_before", money(openBefore)).build();
  }
}
