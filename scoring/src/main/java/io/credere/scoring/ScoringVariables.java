package io.credere.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in scoring variables, by name.
 *
 * <ul>
 *   <li>{@code PAYMENT_INDEX}: {@link PaymentBehaviour#paymentIndex()} (1-100);
 *   <li>{@code PAYMENT_TREND}: {@link PaymentBehaviour#trend()} (index points, + is better);
 *   <li>{@code Z_ZONE}: 2 SAFE, 1 GREY, 0 DISTRESS;
 *   <li>{@code BUREAU_SCORE}: the report's score on 0-100 ({@link CreditReport#normalisedScore()});
 *   <li>{@code YEARS_OF_RELATIONSHIP}: years since the relationship began;
 *   <li>{@code LIMIT_UTILISATION}: (open receivables + open orders) / limit, percent;
 *   <li>{@code OVERDUE_SHARE}: overdue share of open receivables, percent (empty when nothing
 *       is open).
 * </ul>
 */
public final class ScoringVariables {

  /** Payment index name. */
  public static final String PAYMENT_INDEX = "PAYMENT_INDEX";
  /** Payment trend name. */
  public static final String PAYMENT_TREND = "PAYMENT_TREND";
  /** Altman zone name. */
  public static final String Z_ZONE = "Z_ZONE";
  /** Bureau score name. */
  public static final String BUREAU_SCORE = "BUREAU_SCORE";
  /** Relationship years name. */
  public static final String YEARS_OF_RELATIONSHIP = "YEARS_OF_RELATIONSHIP";
  /** Limit utilisation name. */
  public static final String LIMIT_UTILISATION = "LIMIT_UTILISATION";
  /** Overdue share name. */
  public static final String OVERDUE_SHARE = "OVERDUE_SHARE";

  private ScoringVariables() {}

  /** Every built-in variable by name, in the order listed above. */
  public static Map<String, ScoringVariable> standard() {
    Map<String, ScoringVariable> variables = new LinkedHashMap<>();
    variables.put(PAYMENT_INDEX, p -> p.behaviour().paymentIndex().map(BigDecimal::valueOf));
    variables.put(PAYMENT_TREND, p -> p.behaviour().trend().map(BigDecimal::valueOf));
    variables.put(Z_ZONE, p -> p.altman().map(a -> BigDecimal.valueOf(zoneValue(a.zone()))));
    variables.put(BUREAU_SCORE, p -> p.creditReport().flatMap(CreditReport::normalisedScore));
    variables.put(YEARS_OF_RELATIONSHIP, CustomerProfile::yearsOfRelationship);
    variables.put(LIMIT_UTILISATION, CustomerProfile::limitUtilisation);
    variables.put(OVERDUE_SHARE, p -> p.behaviour().openOverdueShare());
    return Map.copyOf(variables);
  }

  /** 2 for SAFE, 1 for GREY, 0 for DISTRESS. */
  public static int zoneValue(AltmanZone zone) {
    return switch (zone) {
      case SAFE -> 2;
      case GREY -> 1;
      case DISTRESS -> 0;
    };
  }

  static Optional<BigDecimal> read(Map<String, ScoringVariable> variables, String name,
      CustomerProfile profile) {
    ScoringVariable variable = variables.get(name);
    if (variable == null) {
      throw new IllegalArgumentException("Scorecard variable " + name
          + " is not known; known: " + new java.util.TreeSet<>(variables.keySet()));
    }
    return variable.value(profile);
  }
}
