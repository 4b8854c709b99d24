package io.credere.collections.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Worked examples, each computed by hand in its comment from the published rules. */
class LateInterestCalculatorTest {

  private static final LateInterestCalculator UK =
      LateInterestCalculator.of(InterestRegime.UK_LATE_PAYMENT, TestRates.boe());
  private static final LateInterestCalculator EU =
      LateInterestCalculator.of(InterestRegime.EU_DIRECTIVE, TestRates.ecb());
  private static final LateInterestCalculator DE =
      LateInterestCalculator.of(InterestRegime.DE_BGB, TestRates.basiszins());

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void uk_rate_is_fixed_on_30_june_for_interest_starting_in_july_and_kept_after_a_cut() {
    // GBP 5,000.00 due 2024-06-30, paid 2024-08-29. Interest starts 2024-07-01, so the rate is
    // Bank Rate on 30 June 2024 = 5.25 (the cut to 5.00 on 1 Aug 2024 does not apply: fixed for
    // the life of the debt); 5.25 + 8 = 13.25. Days: 1 Jul - 29 Aug = 31 + 29 = 60.
    // 5000 x 13.25 x 60 / 36500 = 3,975,000 / 36,500 = 108.9041... -> 108.90.
    // Compensation: 1,000 <= 5,000 < 10,000 -> GBP 70. Total 178.90.
    LateInterest result = UK.compute(Money.parse("GBP 5000.00"), d("2024-06-30"),
        d("2024-08-29"));
    assertThat(result.daysLate()).isEqualTo(60);
    assertThat(result.referenceRates()).containsExactly(new BigDecimal("5.25"));
    assertThat(result.statutoryRates()).containsExactly(new BigDecimal("13.25"));
    assertThat(result.interest()).isEqualTo(Money.parse("GBP 108.90"));
    assertThat(result.compensation()).isEqualTo(Money.parse("GBP 70.00"));
    assertThat(result.total()).isEqualTo(Money.parse("GBP 178.90"));
  }

  @Test
  void uk_interest_starting_30_june_takes_the_rate_of_31_december_before() {
    // GBP 999.99 due 2023-06-29: interest starts 2023-06-30, in the first half-year, so the rate
    // is Bank Rate on 31 Dec 2022 = 3.50 (not the 5.00 in force since 22 Jun 2023); 11.50.
    // Paid 2023-07-29: days 30 Jun + 1..29 Jul = 1 + 29 = 30.
    // 999.99 x 11.5 x 30 / 36500 = 344,996.55 / 36,500 = 9.45196... -> 9.45.
    // Compensation: 999.99 < 1,000 -> GBP 40. Total 49.45.
    LateInterest result = UK.compute(Money.parse("GBP 999.99"), d("2023-06-29"),
        d("2023-07-29"));
    assertThat(result.daysLate()).isEqualTo(30);
    assertThat(result.statutoryRates()).containsExactly(new BigDecimal("11.50"));
    assertThat(result.interest()).isEqualTo(Money.parse("GBP 9.45"));
    assertThat(result.compensation()).isEqualTo(Money.parse("GBP 40.00"));
    assertThat(result.total()).isEqualTo(Money.parse("GBP 49.45"));
  }

  @Test
  void uk_interest_starting_1_july_takes_the_rate_of_30_june() {
    // GBP 1,000.00 due 2023-06-30: interest starts 2023-07-01 -> Bank Rate on 30 Jun 2023 = 5.00
    // (raised on 22 Jun 2023); 13.00. Paid 2023-07-30: 30 days.
    // 1000 x 13 x 30 / 36500 = 390,000 / 36,500 = 10.6849... -> 10.68.
    // Compensation: exactly 1,000 -> GBP 70. Total 80.68.
    LateInterest result = UK.compute(Money.parse("GBP 1000.00"), d("2023-06-30"),
        d("2023-07-30"));
    assertThat(result.statutoryRates()).containsExactly(new BigDecimal("13.00"));
    assertThat(result.interest()).isEqualTo(Money.parse("GBP 10.68"));
    assertThat(result.compensation()).isEqualTo(Money.parse("GBP 70.00"));
  }

  @Test
  void uk_compensation_thresholds_are_40_70_100_by_debt_size() {
    InterestRegime uk = InterestRegime.UK_LATE_PAYMENT;
    assertThat(uk.compensation(Money.parse("GBP 999.99"))).isEqualTo(Money.parse("GBP 40"));
    assertThat(uk.compensation(Money.parse("GBP 1000.00"))).isEqualTo(Money.parse("GBP 70"));
    assertThat(uk.compensation(Money.parse("GBP 9999.99"))).isEqualTo(Money.parse("GBP 70"));
    assertThat(uk.compensation(Money.parse("GBP 10000.00"))).isEqualTo(Money.parse("GBP 100"));
    assertThat(InterestRegime.EU_DIRECTIVE.compensation(Money.parse("EUR 99999.00")))
        .isEqualTo(Money.parse("EUR 40"));
    assertThat(InterestRegime.DE_BGB.compensation(Money.parse("EUR 1.00")))
        .isEqualTo(Money.parse("EUR 40"));
  }

  @Test
  void eu_debt_spanning_two_half_years_takes_each_half_years_rate() {
    // EUR 10,000.00 due 2024-05-31, paid 2024-08-15; 76 days late.
    // 1 Jun - 30 Jun 2024: 30 days at ECB rate on 1 Jan 2024 (4.50) + 8 = 12.50:
    //   10000 x 12.50 x 30 = 3,750,000.
    // 1 Jul - 15 Aug 2024: 46 days at ECB rate on 1 Jul 2024 (4.25, cut 12 Jun) + 8 = 12.25:
    //   10000 x 12.25 x 46 = 5,635,000.
    // (3,750,000 + 5,635,000) / 36,500 = 257.1232... -> 257.12; + EUR 40 = 297.12.
    LateInterest result = EU.compute(Money.parse("EUR 10000.00"), d("2024-05-31"),
        d("2024-08-15"));
    assertThat(result.daysLate()).isEqualTo(76);
    assertThat(result.periods()).extracting(InterestPeriod::days).containsExactly(30L, 46L);
    assertThat(result.referenceRates()).containsExactly(new BigDecimal("4.50"),
        new BigDecimal("4.25"));
    assertThat(result.statutoryRates()).containsExactly(new BigDecimal("12.50"),
        new BigDecimal("12.25"));
    assertThat(result.interest()).isEqualTo(Money.parse("EUR 257.12"));
    assertThat(result.total()).isEqualTo(Money.parse("EUR 297.12"));
  }

  @Test
  void de_bgb_over_a_leap_year_counts_366_days_over_365() {
    // EUR 10,000.00 due 2023-12-31, paid 2024-12-31: 366 days late (2024 is a leap year).
    // 1 Jan - 30 Jun 2024: 182 days at Basiszinssatz 3.62 + 9 = 12.62: 10000 x 12.62 x 182
    //   = 22,968,400.
    // 1 Jul - 31 Dec 2024: 184 days at 3.37 + 9 = 12.37: 10000 x 12.37 x 184 = 22,760,800.
    // 45,729,200 / 36,500 = 1,252.8547... -> 1,252.85; + EUR 40 = 1,292.85.
    LateInterest result = DE.compute(Money.parse("EUR 10000.00"), d("2023-12-31"),
        d("2024-12-31"));
    assertThat(result.daysLate()).isEqualTo(366);
    assertThat(result.periods()).extracting(InterestPeriod::days).containsExactly(182L, 184L);
    assertThat(result.statutoryRates()).containsExactly(new BigDecimal("12.62"),
        new BigDecimal("12.37"));
    assertThat(result.interest()).isEqualTo(Money.parse("EUR 1252.85"));
    assertThat(result.total()).isEqualTo(Money.parse("EUR 1292.85"));
  }

  @Test
  void rounds_once_half_even() {
    // EUR 365.00 one day late in H1 2024 under eu-directive: 365 x 12.50 x 1 / 36500 = 0.125
    // exactly -> HALF_EVEN 0.12 (HALF_UP would give 0.13).
    LateInterest result = EU.compute(Money.parse("EUR 365.00"), d("2024-03-01"),
        d("2024-03-02"));
    assertThat(result.exactInterest()).isEqualByComparingTo("0.125");
    assertThat(result.interest()).isEqualTo(Money.parse("EUR 0.12"));
  }

  @Test
  void sums_exactly_before_rounding_rather_than_rounding_each_half_year() {
    // EUR 100.00, due 2024-06-29, paid 2024-07-01 under de-bgb:
    // 30 Jun: 100 x 12.62 x 1 = 1262; 1 Jul: 100 x 12.37 x 1 = 1237; 2499 / 36500 = 0.068465...
    // -> 0.07. Rounding each day first would give 0.03 + 0.03 = 0.06.
    LateInterest result = DE.compute(Money.parse("EUR 100.00"), d("2024-06-29"),
        d("2024-07-01"));
    assertThat(result.interest()).isEqualTo(Money.parse("EUR 0.07"));
    assertThat(DE.exactInterest(Money.parse("EUR 100.00"), d("2024-06-29"), d("2024-07-01")))
        .isEqualByComparingTo(result.exactInterest());
  }

  @Test
  void paid_on_time_gives_nothing() {
    LateInterest result = DE.compute(Money.parse("EUR 100.00"), d("2024-06-29"),
        d("2024-06-29"));
    assertThat(result.daysLate()).isZero();
    assertThat(result.periods()).isEmpty();
    assertThat(result.total()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(result.explanation().sentence()).isEqualTo(
        "Paid on 2024-06-29, not after the due date 2024-06-29: no statutory interest or "
            + "compensation.");
  }

  @Test
  void explains_the_periods_in_one_sentence() {
    LateInterest result = EU.compute(Money.parse("EUR 10000.00"), d("2024-05-31"),
        d("2024-08-15"));
    assertThat(result.explanation().sentence()).isEqualTo("Under eu-directive, 10000.00 EUR paid "
        + "76 days late earns interest for 30 days at 12.50% and 46 days at 12.25% (actual/365) "
        + "of 257.12 and fixed compensation of 40.00 EUR.");
  }

  @Test
  void refuses_a_date_before_the_rate_table_and_a_foreign_currency() {
    assertThatThrownBy(() -> EU.compute(Money.parse("EUR 10.00"), d("2020-01-01"),
        d("2020-02-01")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("rates: '2020-01-01' has no reference rate in force on this date (the table "
            + "starts on 2022-12-21)");
    assertThatThrownBy(() -> UK.compute(Money.parse("EUR 10.00"), d("2024-01-01"),
        d("2024-02-01")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("fixed compensation is set in GBP");
    assertThatThrownBy(() -> InterestRegime.parse("us-prompt-pay"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("uk-late-payment");
  }

  @Test
  void parses_regime_ids() {
    assertThat(List.of("uk-late-payment", "EU-DIRECTIVE", " de-bgb ").stream()
        .map(InterestRegime::parse)).containsExactly(InterestRegime.UK_LATE_PAYMENT,
            InterestRegime.EU_DIRECTIVE, InterestRegime.DE_BGB);
  }
}
