package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Assesses a customer's credit: derives the {@link CustomerProfile} (payment behaviour, Altman
 * score, relationship, utilisation, sales), applies the knock-out rules, scores the scorecard and
 * recommends a limit. Every part is a strategy a host can replace through {@link #builder()}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * CreditAssessment assessment = CreditAssessor.standard().assess(CustomerData.builder()
 *     .customer(customer).asOf(asOf).settledInvoices(history).openItems(ledger).build());
 * assessment.score().score();       // 0-100
 * assessment.limit().recommended(); // Optional<Money>
 * }</pre>
 */
public final class CreditAssessor {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal DAYS_PER_YEAR = new BigDecimal("365.25");

  private final Scorecard scorecard;
  private final Map<String, ScoringVariable> variables;
  private final AltmanModelChoice modelChoice;
  private final List<KnockOutRule> knockOutRules;
  private final LimitRecommender limits;
  private final ExchangeRates rates;

  private CreditAssessor(Builder builder) {
    this.rates = builder.rates;
    this.scorecard = builder.scorecard;
    this.variables = Map.copyOf(builder.variables);
    this.modelChoice = builder.modelChoice;
    this.knockOutRules = List.copyOf(builder.knockOutRules);
    this.limits = builder.limits;
    for (Characteristic c : scorecard.characteristics()) {
      Checks.argument(variables.containsKey(c.variable()), "Scorecard " + scorecard.name()
          + " reads variable " + c.variable() + ", which is not registered");
    }
  }

  /** The standard scorecard, variables, model choice, knock-outs and limit policy. */
  public static CreditAssessor standard() {
    return builder().build();
  }

  /** A builder starting from the standard parts. */
  public static Builder builder() {
    return new Builder();
  }

  /** The scorecard. */
  public Scorecard scorecard() {
    return scorecard;
  }

  /** The limit recommender. */
  public LimitRecommender limits() {
    return limits;
  }

  /** Derives the facts about a customer. */
  public CustomerProfile profile(CustomerData data) {
    Checks.notNull(data, "data");
    CurrencyUnit currency = data.customer().currency();
    LocalDate asOf = data.asOf();
    List<SettledInvoice> settled = data.settledInvoices().stream()
        .filter(s -> s.customerId().equals(data.customer().customerId())).toList();
    List<OpenItem> open = data.openItems().stream()
        .filter(i -> i.customerId().equals(data.customer().customerId())).toList();
    PaymentBehaviour behaviour = PaymentBehaviourAnalysis.analyse(data.customer().customerId(),
        settled, open, currency, asOf);
    CustomerLedger.Converted sums = CustomerLedger.of(data.customer().customerId(), open)
        .convertedTo(currency, rates, asOf);
    Money openReceivables = sums.receivables();
    CustomerProfile.Builder profile = CustomerProfile.builder()
        .data(data)
        .behaviour(behaviour)
        .altman(data.financials().flatMap(f -> modelChoice.choose(f).score(f)))
        .yearsOfRelationship(years(data, settled, open))
        .openReceivables(openReceivables)
        .openCredits(sums.credits())
        .addAllUnconvertedCurrencies(sums.unconverted())
        .averageMonthlySales(monthlySales(currency, asOf, settled, open));
    data.customer().creditLimit().ifPresent(limit -> {
      BigDecimal used = openReceivables.plus(data.customer().openOrders()).getAmount();
      profile.limitUtilisation(limit.isZero()
          ? (used.signum() > 0 ? HUNDRED.setScale(1) : BigDecimal.ZERO.setScale(1))
          : used.multiply(HUNDRED).divide(limit.getAmount(), 1, RoundingMode.HALF_EVEN));
    });
    return profile.build();
  }

  /** Assesses a customer. */
  public CreditAssessment assess(CustomerData data) {
    CustomerProfile profile = profile(data);
    Optional<KnockOut> knockOut = KnockOutRules.first(knockOutRules, profile);
    ScorecardResult score = scorecard.score(name ->
        ScoringVariables.read(variables, name, profile));
    if (knockOut.isPresent()) {
      List<String> reasons = new ArrayList<>();
      reasons.add(knockOut.get().reasonCode());
      score.reasonCodes().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
      String worst = scorecard.gradeScale().worst();
      score = ScorecardResult.copyOf(score)
          .withScore(0)
          .withGrade(worst)
          .withReasonCodes(reasons)
          .withExplanation(Explanation.builder()
              .ruleId("KNOCK_OUT_" + knockOut.get().reasonCode())
              .sentence("Score 0, grade " + worst + ": "
                  + knockOut.get().explanation().sentence())
              .addAllReasonCodes(reasons)
              .putAllFacts(knockOut.get().explanation().facts())
              .build());
    }
    if (!profile.unconvertedCurrencies().isEmpty() && knockOut.isEmpty()) {
      String codes = profile.unconvertedCurrencies().stream().map(CurrencyUnit::getCode)
          .collect(java.util.stream.Collectors.joining(", "));
      List<String> reasons = new ArrayList<>();
      reasons.add(CreditCheck.UNCONVERTED_EXPOSURE);
      score.reasonCodes().stream().filter(r -> !reasons.contains(r)).forEach(reasons::add);
      score = ScorecardResult.copyOf(score).withReasonCodes(reasons)
          .withExplanation(Explanation.builder().ruleId(score.explanation().ruleId())
              .sentence(score.explanation().sentence() + " Open items in " + codes
                  + " could not be converted to " + data.customer().currency()
                  + " (no exchange rate): the exposure is not known.")
              .addAllReasonCodes(reasons).putAllFacts(score.explanation().facts())
              .putFacts("unconverted", codes).build());
    }
    return CreditAssessment.builder()
        .profile(profile)
        .score(score)
        .knockOut(knockOut)
        .limit(limits.recommend(profile, score, knockOut))
        .build();
  }

  private static Optional<BigDecimal> years(CustomerData data, List<SettledInvoice> settled,
      List<OpenItem> open) {
    Optional<LocalDate> since = data.customerSince();
    if (since.isEmpty()) {
      LocalDate earliest = null;
      for (SettledInvoice s : settled) {
        earliest = earliest == null || s.saleDate().isBefore(earliest) ? s.saleDate() : earliest;
      }
      for (OpenItem item : open) {
        earliest = earliest == null || item.documentDate().isBefore(earliest)
            ? item.documentDate() : earliest;
      }
      since = Optional.ofNullable(earliest);
    }
    return since.map(start -> BigDecimal.valueOf(Math.max(0,
        ChronoUnit.DAYS.between(start, data.asOf()))).divide(DAYS_PER_YEAR, 2,
        RoundingMode.HALF_EVEN));
  }

  private static Optional<Money> monthlySales(CurrencyUnit currency, LocalDate asOf,
      List<SettledInvoice> settled, List<OpenItem> open) {
    LocalDate start = asOf.minusMonths(12);
    Set<String> seen = new HashSet<>();
    long total = 0;
    boolean any = false;
    for (SettledInvoice s : settled) {
      if (s.amount().getCurrencyUnit().equals(currency) && s.saleDate().isAfter(start)
          && !s.saleDate().isAfter(asOf) && seen.add(s.documentId().value())) {
        total += s.amount().getAmountMinorLong();
        any = true;
      }
    }
    for (OpenItem item : open) {
      if (item.currency().equals(currency) && item.documentType() == DocumentType.INVOICE
          && item.documentDate().isAfter(start) && !item.documentDate().isAfter(asOf)
          && seen.add(item.documentId().value())) {
        total += item.amount().getAmountMinorLong();
        any = true;
      }
    }
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(Monies.round(currency, Money.ofMinor(currency, Math.max(0, total))
        .getAmount().divide(BigDecimal.valueOf(12), currency.getDecimalPlaces() + 4,
            RoundingMode.HALF_EVEN)));
  }

  /** Builds an assessor; every part starts as the standard one. Not thread-safe. */
  public static final class Builder {
    private Scorecard scorecard = Scorecard.standard();
    private final Map<String, ScoringVariable> variables =
        new LinkedHashMap<>(ScoringVariables.standard());
    private AltmanModelChoice modelChoice = AltmanModelChoice.standard();
    private final List<KnockOutRule> knockOutRules = new ArrayList<>(KnockOutRules.standard());
    private LimitRecommender limits = LimitRecommender.standard();
    private ExchangeRates rates = ExchangeRates.none();

    private Builder() {}

    /**
     * Converts open items in other currencies than the account's with {@code value} (by
     * default there are none: such items are listed as unconverted, reason
     * {@code UNCONVERTED_EXPOSURE}).
     */
    public Builder exchangeRates(ExchangeRates value) {
      this.rates = Checks.notNull(value, "exchangeRates");
      return this;
    }

    /** Uses {@code value} as the scorecard. */
    public Builder scorecard(Scorecard value) {
      this.scorecard = Checks.notNull(value, "scorecard");
      return this;
    }

    /** Registers (or replaces) a scoring variable a scorecard can read by {@code name}. */
    public Builder variable(String name, ScoringVariable variable) {
      variables.put(Checks.notBlank(name, "name"), Checks.notNull(variable, "variable"));
      return this;
    }

    /** Uses {@code value} to choose the Altman model. */
    public Builder altmanModelChoice(AltmanModelChoice value) {
      this.modelChoice = Checks.notNull(value, "altmanModelChoice");
      return this;
    }

    /** Replaces the knock-out rules. */
    public Builder knockOutRules(List<KnockOutRule> rules) {
      knockOutRules.clear();
      knockOutRules.addAll(Checks.notNull(rules, "rules"));
      return this;
    }

    /** Uses {@code value} to recommend limits. */
    public Builder limits(LimitRecommender value) {
      this.limits = Checks.notNull(value, "limits");
      return this;
    }

    /** The assessor. */
    public CreditAssessor build() {
      return new CreditAssessor(this);
    }
  }
}
