package io.credere.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoneySplitTest {

  @Test
  void splits_one_hundred_in_three_with_the_extra_cent_first() {
    assertThat(MoneySplit.evenly(Money.parse("EUR 100.00"), 3)).containsExactly(
        Money.parse("EUR 33.34"), Money.parse("EUR 33.33"), Money.parse("EUR 33.33"));
  }

  @Test
  void splits_a_negative_amount_into_negative_parts() {
    assertThat(MoneySplit.evenly(Money.parse("EUR -0.05"), 3)).containsExactly(
        Money.parse("EUR -0.02"), Money.parse("EUR -0.02"), Money.parse("EUR -0.01"));
  }

  @Test
  void gives_leftover_units_to_the_largest_remainders() {
    // 10 JPY by 1:1:1:7 -> exact 1, 1, 1, 7: no leftover
    assertThat(MoneySplit.byRatios(Money.ofMajor(CurrencyUnit.JPY, 10),
        List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.valueOf(7))))
        .containsExactly(Money.ofMajor(CurrencyUnit.JPY, 1), Money.ofMajor(CurrencyUnit.JPY, 1),
            Money.ofMajor(CurrencyUnit.JPY, 1), Money.ofMajor(CurrencyUnit.JPY, 7));
    // 10 JPY by 0.15:0.85 -> exact 1.5 and 8.5: the tie goes to the earlier part
    assertThat(MoneySplit.byRatios(Money.ofMajor(CurrencyUnit.JPY, 10),
        List.of(new BigDecimal("0.15"), new BigDecimal("0.85"))))
        .containsExactly(Money.ofMajor(CurrencyUnit.JPY, 2), Money.ofMajor(CurrencyUnit.JPY, 8));
  }

  @Test
  void splits_by_zero_ratio_into_a_zero_part() {
    assertThat(MoneySplit.byRatios(Money.parse("BHD 1.000"),
        List.of(BigDecimal.ZERO, BigDecimal.ONE)))
        .containsExactly(Money.parse("BHD 0.000"), Money.parse("BHD 1.000"));
  }

  @Test
  void splits_proportionally_to_open_amounts() {
    assertThat(MoneySplit.proportionally(Money.parse("EUR 10.00"),
        List.of(Money.parse("EUR 100.00"), Money.parse("EUR -300.00"))))
        .containsExactly(Money.parse("EUR 2.50"), Money.parse("EUR 7.50"));
  }

  @Test
  void rejects_all_zero_ratios_and_negative_ratios() {
    assertThatThrownBy(() -> MoneySplit.byRatios(Money.parse("EUR 1.00"),
        List.of(BigDecimal.ZERO))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("At least one ratio must be positive");
    assertThatThrownBy(() -> MoneySplit.byRatios(Money.parse("EUR 1.00"),
        List.of(BigDecimal.ONE, BigDecimal.valueOf(-1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ratio must not be negative, but was -1");
  }

  @Test
  void rejects_weights_in_another_currency() {
    assertThatThrownBy(() -> MoneySplit.proportionally(Money.parse("EUR 1.00"),
        List.of(Money.parse("USD 1.00")))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void rejects_zero_parts() {
    assertThatThrownBy(() -> MoneySplit.evenly(Money.parse("EUR 1.00"), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Argument 'parts' must be positive, but was 0");
  }
}
