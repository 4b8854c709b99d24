package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import io.credere.core.item.OpenItem;
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
 * <pre>{@code
 * CreditCheckResult result = CreditCheck.standard().check(CreditCheckRequest.builder()
 *     .customer(customer).openItems(ledger).newOrder(Money.parse("EUR 5000.00"))
 *     .asOf(LocalDate.of(2026, 11, 20)).build());
 * }</pre>
 */
public final class CreditCheck {

  private final Set<ExposureComponent> components;
  private final List<CreditCheckRule> rules;

  private CreditCheck(Set<ExposureComponent> components, List<CreditCheckRule> rules) {
    this.components = Set.copyOf(components);
    this.rules = List.copyOf(rules);
  }

  /** Every component counted, the {@link CreditCheckRules#standard()} chain. */
  public static CreditCheck standard() {
    return new CreditCheck(EnumSet.allOf(ExposureComponent.class), CreditCheckRules.standard());
  }

  /** A check counting {@code components} and running {@code rules} in order. */
  public static CreditCheck of(Set<ExposureComponent> components, List<CreditCheckRule> rules) {
    return new CreditCheck(Checks.notNull(components, "components"),
        Checks.notNull(rules, "rules"));
  }

  /** The same check counting {@code counted} components only. */
  public CreditCheck withComponents(Set<ExposureComponent> counted) {
    return new CreditCheck(Checks.notNull(counted, "counted"), rules);
  }

  /** The same check with {@code rule} appended to the chain. */
  public CreditCheck withRule(CreditCheckRule rule) {
    List<CreditCheckRule> more = new ArrayList<>(rules);
    more.add(Checks.notNull(rule, "rule"));
    return new CreditCheck(components, more);
  }

  /** The counted components. */
  public Set<ExposureComponent> components() {
    return components;
  }

  /** The rules, in order. */
  public List<CreditCheckRule> rules() {
    return rules;
  }

  /** The exposure of {@code request} under the counted components. */
  public Exposure exposure(CreditCheckRequest request) {
    Checks.notNull(request, "request");
    CurrencyUnit currency = request.customer().currency();
    long receivables = 0;
    long credits = 0;
    for (OpenItem item : request.openItems()) {
      if (!item.customerId().equals(request.customer().customerId())
          || !item.currency().equals(currency)) {
        continue;
      }
      if (item.documentType().isDebit()) {
        receivables = Math.addExact(receivables, item.openAmount().getAmountMinorLong());
      } else {
        credits = Math.addExact(credits, item.openAmount().getAmountMinorLong());
      }
    }
    Map<ExposureComponent, Money> amounts = new LinkedHashMap<>();
    for (ExposureComponent component : ExposureComponent.values()) {
      if (!components.contains(component)) {
        continue;
      }
      amounts.put(component, switch (component) {
        case OPEN_RECEIVABLES -> Money.ofMinor(currency, receivables);
        case OPEN_CREDITS -> Money.ofMinor(currency, credits);
        case OPEN_ORDERS -> request.customer().openOrders();
        case NEW_ORDER -> request.newOrder();
      });
    }
    return Exposure.builder().currency(currency).putAllComponents(amounts).build();
  }

  /** Checks {@code request}. */
  public CreditCheckResult check(CreditCheckRequest request) {
    Exposure exposure = exposure(request);
    List<CheckFinding> findings = new ArrayList<>();
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
    exposure.components().forEach((c, m) -> explanation.putFacts(c.name().toLowerCase(
        java.util.Locale.ROOT), LimitPolicies.text(m)));
    limit.ifPresent(l -> explanation.putFacts("limit", LimitPolicies.text(l)));
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
