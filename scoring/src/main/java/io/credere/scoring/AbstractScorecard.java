package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A points-based scorecard as data: characteristics with attribute bins, points and weights, and
 * a grade scale. The score is the weighted points earned as a share of the weighted points the
 * best bins give, times 100, rounded HALF_EVEN to an integer (0-100). Reason codes are those of
 * the bins the customer fell in, ordered by the weighted points lost (most first; ties in
 * characteristic order).
 *
 * <p>{@link #standard()} combines payment index, trend, Altman zone, bureau score, years of
 * relationship, limit utilisation and overdue share. A host builds its own with
 * {@code Scorecard.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractScorecard {

  /** The scorecard's name, e.g. {@code STANDARD}. */
  public abstract String name();

  /** The characteristics, in order. */
  public abstract List<Characteristic> characteristics();

  /** The grades. */
  @Value.Default
  public GradeScale gradeScale() {
    return GradeScale.standard();
  }

  /**
   * The default behavioural scorecard (weights in brackets; points per bin, missing bin last):
   *
   * <ul>
   *   <li>PAYMENT_INDEX (x3): 80+ 10; 70-79 8 PAYS_SLIGHTLY_LATE; 50-69 5 PAYS_LATE; 30-49 2
   *       PAYS_VERY_LATE; below 30 0 PAYS_SEVERELY_LATE; missing 5 NO_PAYMENT_HISTORY;
   *   <li>PAYMENT_TREND (x1): 0+ 10; -10 to -1 6 PAYMENT_TREND_DOWN; below -10 2
   *       PAYMENT_TREND_SHARPLY_DOWN; missing 6 NO_PAYMENT_TREND;
   *   <li>Z_ZONE (x2): SAFE 10; GREY 5 Z_GREY_ZONE; DISTRESS 0 Z_DISTRESS_ZONE; missing 5
   *       NO_FINANCIALS;
   *   <li>BUREAU_SCORE (x2): 70+ 10; 40-69.99 6 BUREAU_SCORE_MEDIUM; below 40 2
   *       BUREAU_SCORE_LOW; missing 6 NO_BUREAU_REPORT;
   *   <li>YEARS_OF_RELATIONSHIP (x1): 5+ 10; 2-4.99 7 SHORT_RELATIONSHIP; below 2 4
   *       NEW_CUSTOMER; missing 4 NO_RELATIONSHIP_HISTORY;
   *   <li>LIMIT_UTILISATION (x1): below 80 10; 80-99.9 6 HIGH_LIMIT_UTILISATION; 100+ 0
   *       OVER_LIMIT; missing 5 NO_CREDIT_LIMIT;
   *   <li>OVERDUE_SHARE (x2): below 10 10; 10-29.9 6 OVERDUE_SHARE_MODERATE; 30-59.9 3
   *       OVERDUE_SHARE_HIGH; 60+ 0 OVERDUE_SHARE_SEVERE; missing (nothing open) 10.
   * </ul>
   */
  public static Scorecard standard() {
    return Scorecard.builder()
        .name("STANDARD")
        .addCharacteristics(Characteristic.builder().variable(ScoringVariables.PAYMENT_INDEX)
            .weight(3)
            .addBins(Bins.atLeast("80", 10, null), Bins.range("70", "80", 8, "PAYS_SLIGHTLY_LATE"),
                Bins.range("50", "70", 5, "PAYS_LATE"), Bins.range("30", "50", 2, "PAYS_VERY_LATE"),
                Bins.below("30", 0, "PAYS_SEVERELY_LATE"))
            .missing(Bins.any(5, "NO_PAYMENT_HISTORY")).build())
        .addCharacteristics(Characteristic.builder().variable(ScoringVariables.PAYMENT_TREND)
            .addBins(Bins.atLeast("0", 10, null), Bins.range("-10", "0", 6, "PAYMENT_TREND_DOWN"),
                Bins.below("-10", 2, "PAYMENT_TREND_SHARPLY_DOWN"))
            .missing(Bins.any(6, "NO_PAYMENT_TREND")).build())
        .addCharacteristics(Characteristic.builder().variable(ScoringVariables.Z_ZONE).weight(2)
            .addBins(Bins.atLeast("2", 10, null), Bins.range("1", "2", 5, "Z_GREY_ZONE"),
                Bins.below("1", 0, "Z_DISTRESS_ZONE"))
            .missing(Bins.any(5, "NO_FINANCIALS")).build())
        .addCharacteristics(Characteristic.builder().variable(ScoringVariables.BUREAU_SCORE)
            .weight(2)
            .addBins(Bins.atLeast("70", 10, null),
                Bins.range("40", "70", 6, "BUREAU_SCORE_MEDIUM"),
                Bins.below("40", 2, "BUREAU_SCORE_LOW"))
            .missing(Bins.any(6, "NO_BUREAU_REPORT")).build())
        .addCharacteristics(Characteristic.builder()
            .variable(ScoringVariables.YEARS_OF_RELATIONSHIP)
            .addBins(Bins.atLeast("5", 10, null), Bins.range("2", "5", 7, "SHORT_RELATIONSHIP"),
                Bins.below("2", 4, "NEW_CUSTOMER"))
            .missing(Bins.any(4, "NO_RELATIONSHIP_HISTORY")).build())
        .addCharacteristics(Characteristic.builder().variable(ScoringVariables.LIMIT_UTILISATION)
            .addBins(Bins.below("80", 10, null),
                Bins.range("80", "100", 6, "HIGH_LIMIT_UTILISATION"),
                Bins.atLeast("100", 0, "OVER_LIMIT"))
            .missing(Bins.any(5, "NO_CREDIT_LIMIT")).build())
        .addCharacteristics(Characteristic.builder().variable(ScoringVariables.OVERDUE_SHARE)
            .weight(2)
            .addBins(Bins.below("10", 10, null),
                Bins.range("10", "30", 6, "OVERDUE_SHARE_MODERATE"),
                Bins.range("30", "60", 3, "OVERDUE_SHARE_HIGH"),
                Bins.atLeast("60", 0, "OVERDUE_SHARE_SEVERE"))
            .missing(Bins.any(10, null)).build())
        .build();
  }

  /**
   * Scores the values {@code values} gives for each characteristic's variable.
   *
   * @param values the value of a variable by name; empty when the customer has none
   */
  public final ScorecardResult score(Function<String, Optional<BigDecimal>> values) {
    Checks.notNull(values, "values");
    List<CharacteristicScore> scores = new ArrayList<>();
    long earned = 0;
    long best = 0;
    for (Characteristic c : characteristics()) {
      Optional<BigDecimal> value = values.apply(c.variable());
      AttributeBin bin = c.binFor(value);
      CharacteristicScore score = CharacteristicScore.builder()
          .variable(c.variable())
          .value(value)
          .points(bin.points() * c.weight())
          .maxPoints(c.maxPoints() * c.weight())
          .reasonCode(bin.reasonCode())
          .build();
      scores.add(score);
      earned += score.points();
      best += score.maxPoints();
    }
    int total = best == 0 ? 100 : BigDecimal.valueOf(earned * 100)
        .divide(BigDecimal.valueOf(best), 0, RoundingMode.HALF_EVEN).intValueExact();
    List<CharacteristicScore> ordered = scores.stream()
        .filter(s -> s.reasonCode().isPresent())
        .sorted(Comparator.comparingInt(CharacteristicScore::pointsLost).reversed())
        .toList();
    List<String> reasons = ordered.stream().map(s -> s.reasonCode().orElseThrow()).distinct()
        .toList();
    String grade = gradeScale().grade(total);
    StringBuilder sentence = new StringBuilder("Score ").append(total).append(" of 100, grade ")
        .append(grade);
    List<CharacteristicScore> costly = ordered.stream().filter(s -> s.pointsLost() > 0).toList();
    if (costly.isEmpty()) {
      sentence.append(": full points on every characteristic.");
    } else {
      sentence.append(": ");
      for (int i = 0; i < costly.size(); i++) {
        CharacteristicScore s = costly.get(i);
        sentence.append(i == 0 ? "" : ", ").append(s.reasonCode().orElseThrow()).append(" cost ")
            .append(s.pointsLost()).append(i == 0 ? " of " + best + " points" : "");
      }
      sentence.append('.');
    }
    Explanation.Builder explanation = Explanation.builder()
        .ruleId("SCORECARD_" + name())
        .sentence(sentence.toString())
        .addAllReasonCodes(reasons)
        .putFacts("score", Integer.toString(total))
        .putFacts("grade", grade);
    for (CharacteristicScore s : scores) {
      explanation.putFacts(s.variable(), s.value().map(BigDecimal::toPlainString).orElse("none")
          + " -> " + s.points() + "/" + s.maxPoints());
    }
    return ScorecardResult.builder()
        .score(total)
        .grade(grade)
        .addAllCharacteristics(scores)
        .addAllReasonCodes(reasons)
        .explanation(explanation.build())
        .build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Checks.argument(!characteristics().isEmpty(), "Scorecard " + name()
        + " needs a characteristic");
  }
}
