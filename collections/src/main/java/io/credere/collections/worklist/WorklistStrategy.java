package io.credere.collections.worklist;

import io.credere.core.explain.Explanation;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * How accounts are ranked for the collectors. Implementations must be immutable and thread-safe.
 *
 * <p>Built-in: {@link #standard()}.
 */
@FunctionalInterface
public interface WorklistStrategy {

  /** The score of one account. */
  WorklistScore score(OverdueAccount account);

  /** Risk weights of {@link #standard()} by grade (upper case); other grades weigh 1. */
  Map<String, BigDecimal> RISK_WEIGHTS = Map.of("A", new BigDecimal("1.0"),
      "B", new BigDecimal("1.5"), "C", new BigDecimal("2.0"), "D", new BigDecimal("3.0"),
      "E", new BigDecimal("4.0"), "LOW", new BigDecimal("1.0"), "MEDIUM", new BigDecimal("2.0"),
      "HIGH", new BigDecimal("4.0"));

  /**
   * The standard strategy: accounts with a broken promise first (tier 0, others tier 1); within
   * a tier by amount-days (each item's open amount x its days past due, summed) x the risk
   * grade's weight ({@link #RISK_WEIGHTS}: A 1, B 1.5, C 2, D 3, E 4; LOW 1, MEDIUM 2, HIGH 4;
   * unknown or absent 1). Amounts of different currencies are compared as numbers (no exchange
   * rates); a host that needs them converted supplies its own strategy.
   */
  static WorklistStrategy standard() {
    return account -> {
      BigDecimal weight = account.riskGrade()
          .map(g -> RISK_WEIGHTS.getOrDefault(g.strip().toUpperCase(Locale.ROOT), BigDecimal.ONE))
          .orElse(BigDecimal.ONE);
      BigDecimal score = account.amountDays().multiply(weight).setScale(2, RoundingMode.HALF_EVEN);
      String sentence = (account.brokenPromise() ? "Broken promise to pay; " : "")
          + Monies.format(account.overdueAmount()) + " " + account.currency().getCode()
          + " overdue in " + account.items().size() + " item(s), the oldest "
          + account.maxDaysOverdue() + " days, risk grade "
          + account.riskGrade().orElse("unknown") + " (weight " + weight.toPlainString() + ").";
      Explanation.Builder why = Explanation.builder().ruleId("WORKLIST_STANDARD")
          .sentence(sentence);
      if (account.brokenPromise()) {
        why.addReasonCodes("BROKEN_PROMISE");
      }
      why.addReasonCodes("AMOUNT_DAYS_X_RISK")
          .putFacts("amount_days", account.amountDays().toPlainString())
          .putFacts("risk_weight", weight.toPlainString());
      return WorklistScore.builder().tier(account.brokenPromise() ? 0 : 1).score(score)
          .explanation(why.build()).build();
    };
  }
}
