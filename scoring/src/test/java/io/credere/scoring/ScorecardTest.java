package io.credere.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {

  static Optional<BigDecimal> read(Map<String, String> values, String name) {
    return Optional.ofNullable(values.get(name)).map(BigDecimal::new);
  }

  @Test
  void perfect_customer_scores_100_grade_a_without_reasons() {
    Map<String, String> best = Map.of("PAYMENT_INDEX", "85", "PAYMENT_TREND", "3", "Z_ZONE", "2",
        "BUREAU_SCORE", "90", "YEARS_OF_RELATIONSHIP", "12", "LIMIT_UTILISATION", "40",
        "OVERDUE_SHARE", "0");
    ScorecardResult result = Scorecard.standard().score(name -> read(best, name));
    assertThat(result.score()).isEqualTo(100);
    assertThat(result.grade()).isEqualTo("A");
    assertThat(result.reasonCodes()).isEmpty();
    assertThat(result.explanation().sentence())
        .isEqualTo("Score 100 of 100, grade A: full points on every characteristic.");
  }

  @Test
  void reasons_are_ordered_by_points_lost_and_the_sentence_says_so() {
    // index 45: 6 of 30 (lost 24); overdue 35%: 6 of 20 (lost 14); Z grey 10 of 20 (lost 10);
    // bureau missing 12 of 20 (lost 8); rest full: 6 + 10 + 10 + 12 + 10 + 10 + 6 = 64 of 120
    // = 53.33 -> 53, C
    Map<String, String> values = Map.of("PAYMENT_INDEX", "45", "PAYMENT_TREND", "0",
        "Z_ZONE", "1", "YEARS_OF_RELATIONSHIP", "6", "LIMIT_UTILISATION", "10",
        "OVERDUE_SHARE", "35");
    ScorecardResult result = Scorecard.standard().score(name -> read(values, name));
    assertThat(result.score()).isEqualTo(53);
    assertThat(result.grade()).isEqualTo("C");
    assertThat(result.reasonCodes()).containsExactly("PAYS_VERY_LATE", "OVERDUE_SHARE_HIGH",
        "Z_GREY_ZONE", "NO_BUREAU_REPORT");
    assertThat(result.explanation().sentence()).isEqualTo("Score 53 of 100, grade C: "
        + "PAYS_VERY_LATE cost 24 of 120 points, OVERDUE_SHARE_HIGH cost 14, Z_GREY_ZONE cost 10, "
        + "NO_BUREAU_REPORT cost 8.");
  }

  @Test
  void a_host_scorecard_with_its_own_grades() {
    Scorecard card = Scorecard.builder().name("HOST")
        .addCharacteristics(Characteristic.builder().variable("DAYS_LATE")
            .addBins(Bins.below("10", 4, null), Bins.atLeast("10", 1, "LATE"))
            .missing(Bins.any(2, "UNKNOWN")).build())
        .gradeScale(GradeScale.of(java.util.List.of(GradeBand.of("GOOD", 50),
            GradeBand.of("BAD", 0))))
        .build();
    assertThat(card.score(n -> Optional.of(BigDecimal.ONE)).grade()).isEqualTo("GOOD");
    ScorecardResult late = card.score(n -> Optional.of(BigDecimal.TEN));
    assertThat(late.score()).isEqualTo(25);
    assertThat(late.grade()).isEqualTo("BAD");
    assertThat(late.reasonCodes()).containsExactly("LATE");
  }

  @Test
  void refuses_a_grade_scale_not_ending_at_0() {
    assertThatThrownBy(() -> GradeScale.of(java.util.List.of(GradeBand.of("A", 50))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("score 0");
  }
}
