package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Checks an order against a customer's credit: computes the exposure from the configured
 * components, runs every rule of the chain, and decides by the worst finding ({@code OK} when
 * none). The same request always gives the same result. Immutable and thread-safe.
 *
 * <p>Items and orders in other currencies than the account's are converted with the
 * {@link ExchangeRates} the host supplies ({@link #withExchangeRates}); without a rate the
 * exposure is not known and the decision is at least {@code HOLD} with the reason
 * {@code UNCONVERTED_EXPOSURE} naming the currency, whatever the rules. For a service, give the
 * request a {@link CustomerLedger} view of a {@link CreditLedgerIndex} rather than the book, and
 * keep assessments' knock-outs ({@link CreditDesk}).
 *
 * <pre>{@code
 * CreditCheckResult result = CreditCheck.standard().check(CreditCheckRequest.builder()
 *     .customer(customer).openItems(ledger).newOrder(Money.parse("EUR 5000.00"))
 *     .asOf(LocalDate.of(2026, 11, 20)).build());
 * }</pre>
 */
public final class CreditCheck {

  /** The reason code of a check whose exposure has items it could not convert. */
  public static final String UNCONVERTED_EXPOSURE = "UNCONVERTED_EXPOSURE";

  private static final Map<ExposureComponent, String> FACT_NAMES = factNames();

  private final Set<ExposureComponent> components;
  private final List<CreditCheckRule> rules;
  private final ExchangeRates rates;

  private CreditCheck(Set<ExposureComponent> components, List<CreditCheckRule> rules,
      ExchangeRates rates) {
    this.components = Set.copyOf(components);
    this.rules = List.copyOf(rules);
    this.rates = rates;
  }

  private static Map<ExposureComponent, String> factNames() {
    Map<ExposureComponent, String> names = new java.util.EnumMap<>(ExposureComponent.class);
    for (ExposureComponent c : ExposureComponent.values()) {
      names.put(c, c.name().toLowerCase(java.util.Locale.ROOT));
    }
    return java.util.Collections.unmodifiableMap(names);
  }

  /** Every component counted, the {@link CreditCheckRules#standard()} chain. */
  public static CreditCheck standard() {
    return new CreditCheck(EnumSet.allOf(ExposureComponent.class), CreditCheckRules.standard(),
        ExchangeRates.none());
  }

  /** A check counting {@code components} and running {@code rules} in order. */
  public static CreditCheck of(Set<ExposureComponent> components, List<CreditCheckRule> rules) {
    return new CreditCheck(Checks.notNull(components, "components"),
        Checks.notNull(rules, "rules"), ExchangeRates.none());
  }

  /** The same check counting {@code counted} components only. */
  public CreditCheck withComponents(Set<ExposureComponent> counted) {
    return new CreditCheck(Checks.notNull(counted, "counted"), rules, rates);
  }

  /**
   * The same check converting items and orders in other currencies with {@code exchangeRates}
   * (by default there are no rates: any other currency holds the order).
   */
  public CreditCheck withExchangeRates(ExchangeRates exchangeRates) {
    return new CreditCheck(components, rules, Checks.notNull(exchangeRates, "exchangeRates"));
  }

  /** The exchange rates. */
  public ExchangeRates exchangeRates() {
    return rates;
  }

  /** The same check with {@code rule} appended to the chain. */
  public CreditCheck withRule(CreditCheckRule rule) {
    List<CreditCheckRule> more = new ArrayList<>(rules);
    more.add(Checks.notNull(rule, "rule"));
    return new CreditCheck(components, more, rates);
  }

  /** The counted components. */
  public Set<ExposureComponent> components() {
    return components;
  }

  /** The rules, in order. */
  public List<CreditCheckRule> rules() {
    return rules;
  }

  /**
   * The exposure of {@code request} under the counted components, in the account currency: each
   * other currency's receivables and credits converted once with the exchange rates (rounded
   * HALF_EVEN); a currency without a rate is left out and listed as unconverted.
   */
  public Exposure exposure(CreditCheckRequest request) {
    Checks.notNull(request, "request");
    CurrencyUnit currency = request.customer().currency();
    CustomerLedger.Converted sums = request.account().convertedTo(currency, rates,
        request.asOf());
    Set<CurrencyUnit> unconverted = new java.util.TreeSet<>(sums.unconverted());
    Optional<Money> order = rates.convert(request.newOrder(), currency, request.asOf());
    if (order.isEmpty()) {
      unconverted.add(request.newOrder().getCurrencyUnit());
    }
    Map<ExposureComponent, Money> amounts = new LinkedHashMap<>();
    for (ExposureComponent component : ExposureComponent.values()) {
      if (!components.contains(component)) {
        continue;
      }
      amounts.put(component, switch (component) {
        case OPEN_RECEIVABLES -> sums.receivables();
        case OPEN_CREDITS -> sums.credits();
        case OPEN_ORDERS -> request.customer().openOrders();
        case NEW_ORDER -> order.orElse(Money.zero(currency));
      });
    }
    return Exposure.builder().currency(currency).putAllComponents(amounts)
        .addAllUnconvertedCurrencies(unconverted).build();
  }

  /** Checks {@code request}. */
  public CreditCheckResult check(CreditCheckRequest request) {
    Exposure exposure = exposure(request);
    List<CheckFinding> findings = new ArrayList<>();
    if (!exposure.isComplete()) {
      // Not a rule of the chain: an exposure that is not known is never silently passed.
      String codes = exposure.unconvertedCurrencies().stream().map(CurrencyUnit::getCode)
          .collect(Collectors.joining(", "));
      findings.add(CheckFinding.of(CheckDecision.HOLD, UNCONVERTED_EXPOSURE, "Exposure in "
          + codes + " cannot be converted to " + exposure.currency() + " (no exchange rate on "
          + request.asOf() + "): the exposure is not known."));
    }
    for (CreditCheckRule rule : rules) {
      rule.check(request, exposure).ifPresent(findings::add);
    }
    findings.sort(Comparator.comparing(CheckFinding::decision).reversed());
    CheckDecision decision = findings.isEmpty() ? CheckDecision.OK : findings.get(0).decision();
    Optional<Money> limit = request.customer().creditLimit();
    Optional<Money> headroom = limit.map(l -> l.minus(exposure.total()));
    String sentence;
    if (findings.isEmpty()) {
      sentence = decision + ": exposure " + LimitPolicies.text(exposure.total())
          + " is within the limit " + limit.map(LimitPolicies::text).orElse("(none)")
          + headroom.map(h -> ", headroom " + LimitPolicies.text(h)).orElse("") + ".";
    } else {
      sentence = decision + ": " + findings.stream().map(CheckFinding::sentence)
          .collect(Collectors.joining(" "));
    }
    Explanation.Builder explanation = Explanation.builder()
        .ruleId("CREDIT_CHECK")
        .sentence(sentence)
        .addAllReasonCodes(findings.stream().map(CheckFinding::reasonCode).toList())
        .putFacts("customer", request.customer().customerId().value())
        .putFacts("exposure", LimitPolicies.text(exposure.total()));
    exposure.components().forEach((c, m) -> explanation.putFacts(FACT_NAMES.get(c),
        LimitPolicies.text(m)));
    limit.ifPresent(l -> explanation.putFacts("limit", LimitPolicies.text(l)));
    if (!exposure.isComplete()) {
      explanation.putFacts("unconverted", exposure.unconvertedCurrencies().stream()
          .map(CurrencyUnit::getCode).collect(Collectors.joining(";")));
    }
    headroom.ifPresent(h -> explanation.putFacts("headroom", LimitPolicies.text(h)));
    return CreditCheckResult.builder()
        .decision(decision)
        .exposure(exposure)
        .limit(limit)
        .headroom(headroom)
        .addAllFindings(findings)
        .explanation(explanation.build())
        .build();
  }
}
