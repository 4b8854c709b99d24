package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The built-in credit limit policies. Each proposes a cap in the account currency, rounded
 * HALF_EVEN to the currency's scale, never negative (a negative basis caps at zero); figures in
 * another currency than the account's make a policy not apply (no exchange rates here).
 *
 * <ul>
 *   <li>{@link #percentOfNetWorth} ({@code PERCENT_OF_NET_WORTH}): book equity x percent;
 *   <li>{@link #percentOfWorkingCapital} ({@code PERCENT_OF_WORKING_CAPITAL});
 *   <li>{@link #multipleOfMonthlySales} ({@code MULTIPLE_OF_MONTHLY_SALES}): average monthly
 *       sales x the grade's multiple, capped by the grade's cap;
 *   <li>{@link #capByGrade} ({@code CAP_BY_GRADE}): a fixed cap per grade;
 *   <li>{@link #bureauRecommended()} ({@code BUREAU_RECOMMENDED});
 *   <li>{@link #minimumOf} : the lowest cap of those that apply;
 *   <li>{@link #standard()}: the minimum of 10% of net worth, 20% of working capital, monthly
 *       sales x (A 3, B 2, C 1.5, D 1, E 0) capped by grade (A 1,000,000, B 500,000, C 200,000,
 *       D 50,000, E 0) and the bureau's recommendation; none applies without financials, sales
 *       or a bureau recommendation (no limit is recommended from nothing).
 * </ul>
 */
public final class LimitPolicies {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private LimitPolicies() {}

  /** The default policy (see the class description). */
  public static LimitPolicy standard() {
    Map<String, BigDecimal> multiples = new LinkedHashMap<>();
    multiples.put("A", new BigDecimal("3"));
    multiples.put("B", new BigDecimal("2"));
    multiples.put("C", new BigDecimal("1.5"));
    multiples.put("D", new BigDecimal("1"));
    multiples.put("E", BigDecimal.ZERO);
    Map<String, BigDecimal> caps = new LinkedHashMap<>();
    caps.put("A", new BigDecimal("1000000"));
    caps.put("B", new BigDecimal("500000"));
    caps.put("C", new BigDecimal("200000"));
    caps.put("D", new BigDecimal("50000"));
    caps.put("E", BigDecimal.ZERO);
    return minimumOf("STANDARD", List.of(percentOfNetWorth(BigDecimal.TEN),
        percentOfWorkingCapital(BigDecimal.valueOf(20)), multipleOfMonthlySales(multiples, caps),
        bureauRecommended()));
  }

  /** {@code percent} of book equity (net worth). */
  public static LimitPolicy percentOfNetWorth(BigDecimal percent) {
    Checks.notNull(percent, "percent");
    return (profile, score) -> fromFinancials(profile, "PERCENT_OF_NET_WORTH", percent,
        "net worth", FinancialStatement::bookEquity);
  }

  /** {@code percent} of working capital (current assets - current liabilities). */
  public static LimitPolicy percentOfWorkingCapital(BigDecimal percent) {
    Checks.notNull(percent, "percent");
    return (profile, score) -> fromFinancials(profile, "PERCENT_OF_WORKING_CAPITAL", percent,
        "working capital", FinancialStatement::workingCapital);
  }

  /**
   * Average monthly sales times the multiple of the customer's grade (a grade not in the map
   * gets 0), capped by the grade's cap (a grade without a cap is not capped); amounts in the
   * account currency's major units.
   */
  public static LimitPolicy multipleOfMonthlySales(Map<String, BigDecimal> multipleByGrade,
      Map<String, BigDecimal> capByGrade) {
    Map<String, BigDecimal> multiples = Map.copyOf(multipleByGrade);
    Map<String, BigDecimal> caps = Map.copyOf(capByGrade);
    String policy = "MULTIPLE_OF_MONTHLY_SALES";
    return (profile, score) -> {
      Optional<Money> sales = profile.averageMonthlySales();
      if (sales.isEmpty()) {
        return LimitProposal.notApplicable(policy, "No sales in the last 12 months.");
      }
      BigDecimal multiple = multiples.getOrDefault(score.grade(), BigDecimal.ZERO);
      Money cap = nonNegative(Monies.round(sales.get().getCurrencyUnit(),
          sales.get().getAmount().multiply(multiple)));
      String sentence = "Average monthly sales " + text(sales.get()) + " x "
          + multiple.toPlainString() + " for grade " + score.grade() + " = " + text(cap);
      BigDecimal gradeCap = caps.get(score.grade());
      if (gradeCap != null && cap.getAmount().compareTo(gradeCap) > 0) {
        cap = nonNegative(Monies.round(cap.getCurrencyUnit(), gradeCap));
        sentence += ", capped at " + text(cap) + " for grade " + score.grade();
      }
      return LimitProposal.of(policy, cap, sentence + ".");
    };
  }

  /** A fixed cap per grade, in the account currency's major units (a grade not listed: 0). */
  public static LimitPolicy capByGrade(Map<String, BigDecimal> capByGrade) {
    Map<String, BigDecimal> caps = Map.copyOf(capByGrade);
    return (profile, score) -> {
      CurrencyUnit currency = profile.customer().currency();
      Money cap = nonNegative(Monies.round(currency,
          caps.getOrDefault(score.grade(), BigDecimal.ZERO)));
      return LimitProposal.of("CAP_BY_GRADE", cap, "Grade " + score.grade() + " is capped at "
          + text(cap) + ".");
    };
  }

  /** The bureau report's recommended limit. */
  public static LimitPolicy bureauRecommended() {
    String policy = "BUREAU_RECOMMENDED";
    return (profile, score) -> {
      Optional<CreditReport> report = profile.creditReport();
      Optional<Money> recommended = report.flatMap(CreditReport::recommendedLimit);
      if (recommended.isEmpty()) {
        return LimitProposal.notApplicable(policy, "No bureau recommendation.");
      }
      if (!recommended.get().getCurrencyUnit().equals(profile.customer().currency())) {
        return LimitProposal.notApplicable(policy, "The bureau recommends in "
            + recommended.get().getCurrencyUnit() + ", not the account currency.");
      }
      Money cap = nonNegative(recommended.get());
      return LimitProposal.of(policy, cap, report.get().agency() + " recommends " + text(cap)
          + ".");
    };
  }

  /** The lowest cap of the policies that apply; does not apply when none does. */
  public static LimitPolicy minimumOf(String name, List<LimitPolicy> policies) {
    String policy = Checks.notBlank(name, "name");
    List<LimitPolicy> all = List.copyOf(policies);
    Checks.argument(!all.isEmpty(), "minimumOf needs at least one policy");
    return (profile, score) -> {
      List<LimitProposal> parts = new ArrayList<>();
      LimitProposal lowest = null;
      for (LimitPolicy p : all) {
        LimitProposal proposal = p.propose(profile, score);
        parts.add(proposal);
        if (proposal.cap().isPresent() && (lowest == null
            || proposal.cap().get().isLessThan(lowest.cap().orElseThrow()))) {
          lowest = proposal;
        }
      }
      LimitProposal.Builder result = LimitProposal.builder().policy(policy).addAllParts(parts);
      if (lowest == null) {
        return result.sentence("No policy applies: " + parts.stream()
            .map(LimitProposal::sentence).collect(Collectors.joining(" "))).build();
      }
      return result.cap(lowest.cap().get()).sentence("Lowest of " + parts.stream()
          .filter(p -> p.cap().isPresent()).count() + " caps is " + lowest.policy() + ": "
          + lowest.sentence()).build();
    };
  }

  private static LimitProposal fromFinancials(CustomerProfile profile, String policy,
      BigDecimal percent, String basisName,
      java.util.function.Function<FinancialStatement, Money> basis) {
    Optional<FinancialStatement> financials = profile.financials();
    if (financials.isEmpty()) {
      return LimitProposal.notApplicable(policy, "No financial statement.");
    }
    CurrencyUnit currency = profile.customer().currency();
    if (!financials.get().currency().equals(currency)) {
      return LimitProposal.notApplicable(policy, "The statement is in "
          + financials.get().currency() + ", not the account currency " + currency + ".");
    }
    Money base = basis.apply(financials.get());
    Money cap = nonNegative(Monies.round(currency,
        base.getAmount().multiply(percent).divide(HUNDRED)));
    return LimitProposal.of(policy, cap, percent.toPlainString() + "% of " + basisName + " "
        + text(base) + " = " + text(cap) + ".");
  }

  private static Money nonNegative(Money amount) {
    return amount.isNegative() ? amount.withAmount(BigDecimal.ZERO) : amount;
  }

  static String text(Money amount) {
    return amount.getCurrencyUnit().getCode() + " " + Monies.format(amount);
  }
}
