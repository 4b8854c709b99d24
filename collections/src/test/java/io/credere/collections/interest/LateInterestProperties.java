package io.credere.collections.interest;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.testing.CoreGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class LateInterestProperties {

  private static final LateInterestCalculator[] CALCULATORS = {
      LateInterestCalculator.of(InterestRegime.UK_LATE_PAYMENT, TestRates.boe()),
      LateInterestCalculator.of(InterestRegime.EU_DIRECTIVE, TestRates.ecb()),
      LateInterestCalculator.of(InterestRegime.DE_BGB, TestRates.basiszins())};

  @Test
  void periods_cover_every_late_day_once_and_sum_to_the_interest_rounded_once() {
    theory().forAll(Generate.range(0, 2), Generate.range(0, 1000), Generate.range(-30, 800),
        CoreGenerators.positiveMoney(CurrencyUnit.EUR, 100_000_000L))
        .checkAssert((which, start, late, euros) -> {
          LateInterestCalculator calculator = CALCULATORS[which];
          Money principal = Money.ofMinor(calculator.regime().compensationCurrency(),
              euros.getAmountMinorLong());
          LocalDate due = LocalDate.of(2023, 1, 1).plusDays(start);
          LateInterest result = calculator.compute(principal, due, due.plusDays(late));
          long days = result.periods().stream().mapToLong(InterestPeriod::days).sum();
          assertThat(days).isEqualTo(Math.max(0, late));
          assertThat(result.daysLate()).isEqualTo(Math.max(0, late));
          LocalDate next = due.plusDays(1);
          for (InterestPeriod period : result.periods()) {
            assertThat(period.start()).isEqualTo(next);
            next = period.end().plusDays(1);
          }
          BigDecimal sum = result.periods().stream().map(InterestPeriod::exactInterest)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal halfMinor = new BigDecimal("0.005");
          assertThat(result.interest().getAmount().subtract(result.exactInterest()).abs())
              .isLessThanOrEqualTo(halfMinor);
          assertThat(sum.subtract(result.exactInterest()).abs())
              .isLessThan(new BigDecimal("0.000000001"));
          assertThat(result.interest().isNegative()).isFalse();
          assertThat(result.total()).isEqualTo(result.interest().plus(result.compensation()));
        });
  }
}
