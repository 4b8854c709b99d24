package io.credere.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import io.credere.core.testing.PropertyTesting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Invariants of scoring, limits and credit checks over generated cases. */
class ScoringProperties {

  static final List<String> VARIABLES = List.of("PAYMENT_INDEX", "PAYMENT_TREND", "Z_ZONE",
      "BUREAU_SCORE", "YEARS_OF_RELATIONSHIP", "LIMIT_UTILISATION", "OVERDUE_SHARE");

  /** Values of every standard variable, each sometimes missing. */
  static Gen<Map<String, Optional<BigDecimal>>> values() {
    return in -> {
      Map<String, Optional<BigDecimal>> values = new HashMap<>();
      values.put("PAYMENT_INDEX", maybe(Generate.range(1, 100).generate(in), in));
      values.put("PAYMENT_TREND", maybe(Generate.range(-99, 99).generate(in), in));
      values.put("Z_ZONE", maybe(Generate.range(0, 2).generate(in), in));
      values.put("BUREAU_SCORE", maybe(Generate.range(0, 100).generate(in), in));
      values.put("YEARS_OF_RELATIONSHIP", maybe(Generate.range(0, 30).generate(in), in));
      values.put("LIMIT_UTILISATION", maybe(Generate.range(0, 300).generate(in), in));
      values.put("OVERDUE_SHARE", maybe(Generate.range(0, 100).generate(in), in));
      return values;
    };
  }

  private static Optional<BigDecimal> maybe(int value,
      org.quicktheories.core.RandomnessSource in) {
    return Generate.range(0, 5).generate(in) == 0 ? Optional.empty()
        : Optional.of(BigDecimal.valueOf(value));
  }

  @Test
  void worse_payment_behaviour_never_raises_the_score_all_else_equal() {
    Scorecard card = Scorecard.standard();
    PropertyTesting.theory().forAll(values(), Generate.range(0, 2), Generate.range(1, 60))
        .checkAssert((values, which, worse) -> {
          String variable = List.of("PAYMENT_INDEX", "PAYMENT_TREND", "OVERDUE_SHARE").get(which);
          int sign = variable.equals("OVERDUE_SHARE") ? 1 : -1;
          Optional<BigDecimal> value = values.get(variable);
          Map<String, Optional<BigDecimal>> changed = new HashMap<>(values);
          BigDecimal base = value.orElse(BigDecimal.valueOf(50));
          changed.put(variable, Optional.of(base.add(BigDecimal.valueOf((long) sign * worse))));
          Map<String, Optional<BigDecimal>> before = new HashMap<>(values);
          before.put(variable, Optional.of(base));
          assertThat(card.score(changed::get).score())
              .isLessThanOrEqualTo(card.score(before::get).score());
        });
  }

  @Test
  void paying_later_never_raises_the_payment_index_or_the_score() {
    CreditAssessor assessor = CreditAssessor.standard();
    PropertyTesting.theory().forAll(Generate.intArrays(Generate.range(1, 6),
        Generate.range(-60, 200)), Generate.range(0, 40))
        .checkAssert((delays, later) -> {
          List<SettledInvoice> early = new ArrayList<>();
          List<SettledInvoice> late = new ArrayList<>();
          for (int i = 0; i < delays.length; i++) {
            java.time.LocalDate due = Fixtures.AS_OF.minusDays(250);
            early.add(Fixtures.settled("I-" + i, "100.00", due, due.plusDays(delays[i])));
            late.add(Fixtures.settled("I-" + i, "100.00", due,
                due.plusDays(delays[i] + (i == 0 ? later : 0))));
          }
          CreditAssessment a = assessor.assess(CustomerData.builder()
              .customer(Fixtures.customer("1000.00")).asOf(Fixtures.AS_OF)
              .addAllSettledInvoices(early).build());
          CreditAssessment b = assessor.assess(CustomerData.builder()
              .customer(Fixtures.customer("1000.00")).asOf(Fixtures.AS_OF)
              .addAllSettledInvoices(late).build());
          assertThat(b.profile().behaviour().paymentIndex().orElseThrow())
              .isLessThanOrEqualTo(a.profile().behaviour().paymentIndex().orElseThrow());
          if (a.profile().behaviour().trend().isEmpty()
              && b.profile().behaviour().trend().isEmpty()) {
            assertThat(b.score().score()).isLessThanOrEqualTo(a.score().score());
          }
        });
  }

  @Test
  void recommended_limit_never_exceeds_any_cap_of_the_policy() {
    CreditAssessor assessor = CreditAssessor.standard();
    PropertyTesting.theory().forAll(CoreGenerators.customers(1), Generate.longRange(1, 10_000_000L),
        Generate.longRange(-5_000_000L, 5_000_000L), Generate.longRange(0, 100_000_000L))
        .checkAssert((customer, assets, equity, sales) -> {
          var currency = customer.currency();
          FinancialStatement statement = FinancialStatement.builder()
              .customerId(customer.customerId()).currency(currency)
              .totalAssets(Money.ofMinor(currency, assets * 100))
              .totalLiabilities(Money.ofMinor(currency, assets * 50))
              .currentAssets(Money.ofMinor(currency, assets * 40))
              .currentLiabilities(Money.ofMinor(currency, assets * 30))
              .retainedEarnings(Money.ofMinor(currency, equity / 3))
              .ebit(Money.ofMinor(currency, equity / 10))
              .sales(Money.ofMinor(currency, sales))
              .bookEquity(Money.ofMinor(currency, equity)).build();
          CreditAssessment a = assessor.assess(CustomerData.builder().customer(customer)
              .asOf(Fixtures.AS_OF).financials(statement).build());
          Money recommended = a.limit().recommended().orElseThrow();
          assertThat(recommended.isNegative()).isFalse();
          for (LimitProposal part : a.limit().proposal().parts()) {
            part.cap().ifPresent(cap -> assertThat(recommended.isGreaterThan(cap)).isFalse());
          }
        });
  }

  @Test
  void credit_check_is_deterministic_explained_and_its_exposure_sums_exactly() {
    PropertyTesting.theory().forAll(CoreGenerators.customers(3), CoreGenerators.ledgers(20, 3),
        Generate.longRange(0, 10_000_000L), Generate.range(0, 15))
        .checkAssert((customer, ledger, order, mask) -> {
          java.util.EnumSet<ExposureComponent> counted =
              java.util.EnumSet.noneOf(ExposureComponent.class);
          for (ExposureComponent c : ExposureComponent.values()) {
            if ((mask & (1 << c.ordinal())) != 0) {
              counted.add(c);
            }
          }
          CreditCheck check = CreditCheck.standard().withComponents(counted);
          CreditCheckRequest request = CreditCheckRequest.builder().customer(customer)
              .addAllOpenItems(ledger).newOrder(Money.ofMinor(customer.currency(), order))
              .asOf(Fixtures.AS_OF).build();
          CreditCheckResult first = check.check(request);
          List<OpenItem> shuffled = new ArrayList<>(ledger);
          Collections.reverse(shuffled);
          CreditCheckResult again = check.check(CreditCheckRequest.copyOf(request)
              .withOpenItems(shuffled));
          assertThat(again).isEqualTo(first);
          assertThat(first.explanation().sentence()).startsWith(first.decision().name());
          assertThat(first.explanation().reasonCodes()).isEqualTo(first.reasonCodes());
          assertThat(first.findings().isEmpty()).isEqualTo(first.decision() == CheckDecision.OK);
          Exposure exposure = first.exposure();
          assertThat(exposure.components().keySet()).isEqualTo(counted);
          long sum = exposure.components().values().stream()
              .mapToLong(Money::getAmountMinorLong).sum();
          assertThat(exposure.total().getAmountMinorLong()).isEqualTo(sum);
          long receivables = ledger.stream().filter(i -> i.customerId()
                  .equals(customer.customerId()) && i.currency().equals(customer.currency())
                  && i.documentType().isDebit())
              .mapToLong(i -> i.openAmount().getAmountMinorLong()).sum();
          if (counted.contains(ExposureComponent.OPEN_RECEIVABLES)) {
            assertThat(exposure.amount(ExposureComponent.OPEN_RECEIVABLES).getAmountMinorLong())
                .isEqualTo(receivables);
          }
          first.limit().ifPresent(limit -> assertThat(first.headroom().orElseThrow())
              .isEqualTo(limit.minus(exposure.total())));
        });
  }
}
