package io.credere.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoniesTest {

  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  @Test
  void sums_amounts_of_one_currency() {
    assertThat(Monies.sum(CurrencyUnit.EUR, List.of(Money.parse("EUR 1.10"),
        Money.parse("EUR -0.20")))).isEqualTo(Money.parse("EUR 0.90"));
    assertThat(Monies.sum(CurrencyUnit.EUR, List.of())).isEqualTo(Money.zero(CurrencyUnit.EUR));
  }

  @Test
  void refuses_to_sum_mixed_currencies_naming_both() {
    assertThatThrownBy(() -> Monies.sum(List.of(Money.parse("EUR 1.00"),
        Money.parse("USD 1.00")))).isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("EUR").hasMessageContaining("USD");
  }

  @Test
  void parses_amounts_at_or_below_the_currency_scale() {
    assertThat(Monies.parse(CurrencyUnit.EUR, "12.5", "amount")).isEqualTo(Money.parse("EUR 12.50"));
    assertThat(Monies.parse(CurrencyUnit.JPY, "1250", "amount").getAmountMinorLong()).isEqualTo(1250);
    assertThat(Monies.parse(BHD, "-1.25", "amount")).isEqualTo(Money.parse("BHD -1.250"));
    assertThat(Monies.parse(CurrencyUnit.EUR, " 3.000 ", "amount")).isEqualTo(Money.parse("EUR 3.00"));
  }

  @Test
  void refuses_more_decimals_than_the_currency_has() {
    assertThatThrownBy(() -> Monies.parse(CurrencyUnit.EUR, "12.505", "open_amount"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("open_amount: '12.505' has more decimals than EUR allows (2)");
  }

  @Test
  void refuses_thousands_separators_and_text() {
    assertThatThrownBy(() -> Monies.parse(CurrencyUnit.EUR, "1,200.00", "amount"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("'1,200.00' is not an amount");
    assertThatThrownBy(() -> Monies.parse(CurrencyUnit.EUR, "1e3", "amount"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> Monies.parse(CurrencyUnit.EUR, "", "amount"))
        .isInstanceOf(ValidationException.class).hasMessage("amount: is missing (expected an amount)");
  }

  @Test
  void formats_with_exactly_the_currency_scale() {
    assertThat(Monies.format(Money.parse("EUR 12.5"))).isEqualTo("12.50");
    assertThat(Monies.format(Money.ofMajor(CurrencyUnit.JPY, 1250))).isEqualTo("1250");
    assertThat(Monies.format(Money.parse("BHD 1.25"))).isEqualTo("1.250");
    assertThat(Monies.format(Money.parse("EUR -3"))).isEqualTo("-3.00");
  }

  @Test
  void rounds_half_even_at_the_currency_scale() {
    assertThat(Monies.round(CurrencyUnit.EUR, new BigDecimal("0.125"))).isEqualTo(Money.parse("EUR 0.12"));
    assertThat(Monies.round(CurrencyUnit.EUR, new BigDecimal("0.135"))).isEqualTo(Money.parse("EUR 0.14"));
  }

  @Test
  void parses_currency_codes_and_refuses_unknown_ones() {
    assertThat(Monies.currency("usd", "currency")).isEqualTo(CurrencyUnit.USD);
    assertThatThrownBy(() -> Monies.currency("XYZ", "currency"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("currency: 'XYZ' is not a known ISO 4217 currency code");
    assertThatThrownBy(() -> Monies.currency("EURO", "currency"))
        .isInstanceOf(ValidationException.class);
  }
}
