package io.credere.scoring;

import static io.credere.scoring.Fixtures.AS_OF;
import static io.credere.scoring.Fixtures.C1;
import static io.credere.scoring.Fixtures.customer;
import static io.credere.scoring.Fixtures.eur;
import static io.credere.scoring.Fixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditAssessorTest {

  static CreditReport.Builder report() {
    return CreditReport.builder().customerId(C1).agency("CREDITREFORM").reportDate(AS_OF)
        .externalScore(new BigDecimal("180")).scoreScale(ScoreScale.of(new BigDecimal("100"),
            new BigDecimal("600")));
  }

  static CustomerData.Builder data() {
    return CustomerData.builder().customer(customer("20000.00")).asOf(AS_OF)
        .addSettledInvoices(settled("I-1", "12000.00", LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 1)))
        .customerSince(LocalDate.of(2015, 1, 1));
  }

  @Test
  void bureau_score_is_normalised_onto_0_to_100() {
    // Creditreform 180 on 100 (best) .. 600 (worst): (180 - 600) / (100 - 600) = 84%
    assertThat(report().build().normalisedScore()).contains(new BigDecimal("84.00"));
  }

  @Test
  void good_payer_with_good_bureau_report_scores_grade_a() {
    CreditAssessment a = CreditAssessor.standard().assess(data()
        .creditReport(report().build()).build());
    // index 80: 30; trend missing 6; Z missing 10; bureau 84: 20; 11.89 years: 10;
    // utilisation 0%: 10; nothing open: 20 -> 106 of 120 = 88.33 -> 88, A
    assertThat(a.score().score()).isEqualTo(88);
    assertThat(a.score().grade()).isEqualTo("A");
    assertThat(a.reasonCodes()).containsExactly("NO_FINANCIALS", "NO_PAYMENT_TREND");
    assertThat(a.profile().yearsOfRelationship()).contains(new BigDecimal("11.89"));
    // sales 12000 / 12 = 1000 x 3 (A) = 3000.00
    assertThat(a.limit().recommended()).contains(eur("3000.00"));
    assertThat(a.limit().differsFromCurrent()).isTrue();
  }

  @Test
  void insolvency_knocks_out_to_score_0_worst_grade_and_no_credit() {
    CreditAssessment a = CreditAssessor.standard().assess(data().creditReport(report()
        .addLegalEvents(LegalEvent.of(LegalEventType.INSOLVENCY_FILING,
            LocalDate.of(2026, 11, 2))).build()).build());
    assertThat(a.knockOut()).isPresent();
    assertThat(a.score().score()).isZero();
    assertThat(a.score().grade()).isEqualTo("E");
    assertThat(a.reasonCodes()).startsWith("INSOLVENCY");
    assertThat(a.limit().recommended()).contains(eur("0.00"));
    assertThat(a.explanation().sentence()).isEqualTo("Score 0, grade E: CREDITREFORM reports "
        + "insolvency filing on 2026-11-02: no credit.");
  }

  @Test
  void court_judgment_rule_knocks_out_only_within_its_period() {
    CreditAssessor assessor = CreditAssessor.builder().knockOutRules(List.of(
        KnockOutRules.insolvency(), KnockOutRules.courtJudgmentWithin(Period.ofMonths(12))))
        .build();
    CreditReport recent = report().addLegalEvents(LegalEvent.of(LegalEventType.COURT_JUDGMENT,
        LocalDate.of(2026, 3, 1))).build();
    CreditReport old = report().addLegalEvents(LegalEvent.of(LegalEventType.COURT_JUDGMENT,
        LocalDate.of(2024, 3, 1))).build();
    assertThat(assessor.assess(data().creditReport(recent).build()).knockOut()
        .map(KnockOut::reasonCode)).contains("COURT_JUDGMENT");
    assertThat(assessor.assess(data().creditReport(old).build()).knockOut()).isEmpty();
  }

  @Test
  void a_host_variable_and_scorecard_replace_the_standard_ones() {
    Scorecard card = Scorecard.builder().name("SECTOR")
        .addCharacteristics(Characteristic.builder().variable("SECTOR_RISK")
            .addBins(Bins.below("3", 10, null), Bins.atLeast("3", 0, "RISKY_SECTOR"))
            .missing(Bins.any(5, "NO_SECTOR")).build())
        .build();
    CreditAssessor assessor = CreditAssessor.builder().scorecard(card)
        .variable("SECTOR_RISK", p -> Optional.of(BigDecimal.valueOf(4))).build();
    CreditAssessment a = assessor.assess(data().build());
    assertThat(a.score().score()).isZero();
    assertThat(a.reasonCodes()).containsExactly("RISKY_SECTOR");
  }

  @Test
  void refuses_a_scorecard_reading_an_unknown_variable() {
    Scorecard card = Scorecard.builder().name("X").addCharacteristics(Characteristic.builder()
        .variable("NOPE").addBins(Bins.any(1, null)).missing(Bins.any(0, "NONE")).build()).build();
    assertThatThrownBy(() -> CreditAssessor.builder().scorecard(card).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOPE");
  }
}
