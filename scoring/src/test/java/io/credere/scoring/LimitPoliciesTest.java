package io.credere.scoring;

import static io.credere.scoring.Fixtures.AS_OF;
import static io.credere.scoring.Fixtures.C1;
import static io.credere.scoring.Fixtures.customer;
import static io.credere.scoring.Fixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.explain.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LimitPoliciesTest {

  static final FinancialStatement STATEMENT = FinancialStatement.builder()
      .customerId(C1).currency(CurrencyUnit.EUR)
      .totalAssets(eur("1000000.00")).totalLiabilities(eur("600000.00"))
      .currentAssets(eur("500000.00")).currentLiabilities(eur("300000.00"))
      .retainedEarnings(eur("100000.00")).ebit(eur("50000.00")).sales(eur("2000000.00"))
      .bookEquity(eur("400000.00")).build();

  static CustomerProfile profile(Optional<CreditReport> report) {
    return CreditAssessor.standard().profile(CustomerData.builder().customer(customer("10000.00"))
        .asOf(AS_OF).financials(STATEMENT).creditReport(report).build());
  }

  static ScorecardResult grade(String grade) {
    return Scorecard.standard().score(n -> Optional.empty()).withGrade(grade);
  }

  @Test
  void minimum_of_net_worth_working_capital_and_bureau_explains_the_lowest() {
    CreditReport report = CreditReport.builder().customerId(C1).agency("D&B").reportDate(AS_OF)
        .recommendedLimit(eur("35500.00")).build();
    LimitRecommendation r = LimitRecommender.standard().recommend(profile(Optional.of(report)),
        grade("B"), Optional.empty());
    // 10% of 400000 = 40000; 20% of 200000 = 40000; bureau 35500 -> 35500, down to 35000
    assertThat(r.recommended()).contains(eur("35000.00"));
    assertThat(r.explanation().sentence()).isEqualTo("Recommended EUR 35000.00 (rounded down "
        + "to 1000): Lowest of 3 caps is BUREAU_RECOMMENDED: D&B recommends EUR 35500.00.");
  }

  @Test
  void bureau_limit_in_another_currency_does_not_apply() {
    CreditReport report = CreditReport.builder().customerId(C1).agency("D&B").reportDate(AS_OF)
        .recommendedLimit(Money.of(CurrencyUnit.USD, 100)).build();
    LimitProposal p = LimitPolicies.bureauRecommended().propose(profile(Optional.of(report)),
        grade("A"));
    assertThat(p.cap()).isEmpty();
    assertThat(p.sentence()).contains("USD");
  }

  @Test
  void percent_of_net_worth_and_of_working_capital() {
    assertThat(LimitPolicies.percentOfNetWorth(new BigDecimal("12.5"))
        .propose(profile(Optional.empty()), grade("A")).cap()).contains(eur("50000.00"));
    assertThat(LimitPolicies.percentOfWorkingCapital(BigDecimal.TEN)
        .propose(profile(Optional.empty()), grade("A")).cap()).contains(eur("20000.00"));
  }

  @Test
  void rounds_down_to_the_step() {
    LimitRecommender recommender = LimitRecommender.of(LimitPolicies.bureauRecommended(),
        new BigDecimal("500"));
    assertThat(recommender.roundDown(eur("1499.99"))).isEqualTo(eur("1000.00"));
    assertThat(recommender.roundDown(eur("1500.00"))).isEqualTo(eur("1500.00"));
  }

  @Test
  void approval_matrix_picks_the_first_level_allowing_limit_and_increase() {
    ApprovalMatrix matrix = ApprovalMatrix.standard();
    assertThat(matrix.approver(Optional.of(eur("20000.00")), eur("25000.00")).facts())
        .containsEntry("approver", "CREDIT_CONTROLLER");
    // limit 25000 is fine but the increase of 15000 is above 10000
    assertThat(matrix.approver(Optional.of(eur("10000.00")), eur("25000.00")).facts())
        .containsEntry("approver", "CREDIT_MANAGER");
    Explanation board = matrix.approver(Optional.empty(), eur("900000.00"));
    assertThat(board.sentence()).isEqualTo("BOARD approves a limit of EUR 900000.00 "
        + "(an increase of 900000.00).");
  }

  @Test
  void review_schedule_by_grade() {
    ReviewSchedule schedule = ReviewSchedule.standard();
    assertThat(schedule.nextReview(LocalDate.of(2026, 1, 31), "D"))
        .isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(schedule.nextReview(LocalDate.of(2026, 1, 1), "A"))
        .isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(schedule.period("Z")).isEqualTo(Period.ofMonths(1));
  }

  @Test
  void review_triggers_fire_on_limit_index_drop_bureau_event_and_overdue_review() {
    CustomerProfile profile = CreditAssessor.standard().profile(CustomerData.builder()
        .customer(customer("1000.00")).asOf(AS_OF)
        .addOpenItems(Fixtures.invoice("INV-1", "1500.00", AS_OF))
        .addSettledInvoices(Fixtures.settled("I-1", "100.00", LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 31)))
        .creditReport(CreditReport.builder().customerId(C1).agency("EXPERIAN").reportDate(AS_OF)
            .addLegalEvents(LegalEvent.of(LegalEventType.COURT_JUDGMENT,
                LocalDate.of(2026, 9, 1))).build())
        .build());
    ReviewState state = ReviewState.builder().lastReview(LocalDate.of(2026, 6, 1))
        .paymentIndexAtLastReview(75).nextReview(LocalDate.of(2026, 11, 1)).build();
    List<String> codes = ReviewTriggers.fired(ReviewTriggers.standard(), profile, state).stream()
        .map(e -> e.ruleId()).toList();
    // index now 50 (30 days late): dropped 25 >= 10
    assertThat(codes).containsExactly("LIMIT_EXCEEDED", "PAYMENT_INDEX_DROPPED", "BUREAU_EVENT",
        "REVIEW_OVERDUE");
    assertThat(ReviewTriggers.paymentIndexDropped(30).test(profile, state)).isEmpty();
  }

  @Test
  void monthly_sales_multiple_is_capped_by_grade() {
    CustomerProfile profile = CreditAssessor.standard().profile(CustomerData.builder()
        .customer(customer(null)).asOf(AS_OF)
        .addSettledInvoices(Fixtures.settled("I-1", "120000.00", LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 1))).build());
    LimitProposal p = LimitPolicies.multipleOfMonthlySales(Map.of("A", BigDecimal.TEN),
        Map.of("A", new BigDecimal("50000"))).propose(profile, grade("A"));
    assertThat(p.cap()).contains(eur("50000.00"));
    assertThat(p.sentence()).isEqualTo("Average monthly sales EUR 10000.00 x 10 for grade A = "
        + "EUR 100000.00, capped at EUR 50000.00 for grade A.");
  }
}
