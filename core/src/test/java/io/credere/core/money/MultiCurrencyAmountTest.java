package io.credere.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MultiCurrencyAmountTest {

  @Test
  void keeps_one_total_per_currency_in_code_order() {
    MultiCurrencyAmount totals = MultiCurrencyAmount.of(Money.parse("USD 1.00"),
        Money.parse("EUR 2.00"), Money.parse("USD 3.50"));
    assertThat(totals.currencies()).containsExactly(CurrencyUnit.EUR, CurrencyUnit.USD);
    assertThat(totals.amount(CurrencyUnit.USD)).isEqualTo(Money.parse("USD 4.50"));
    assertThat(totals.amount(CurrencyUnit.GBP)).isEqualTo(Money.zero(CurrencyUnit.GBP));
    assertThat(totals).hasToString("[EUR 2.00, USD 4.50]");
  }

  @Test
  void adds_without_changing_the_original() {
    MultiCurrencyAmount one = MultiCurrencyAmount.of(Money.parse("EUR 1.00"));
    MultiCurrencyAmount two = one.plus(Money.parse("EUR 1.00")).plus(MultiCurrencyAmount.of(
        Money.parse("GBP 5.00")));
    assertThat(one.amount(CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 1.00"));
    assertThat(two.toMap()).containsEntry(CurrencyUnit.EUR, Money.parse("EUR 2.00"))
        .containsEntry(CurrencyUnit.GBP, Money.parse("GBP 5.00"));
    assertThat(MultiCurrencyAmount.empty().isEmpty()).isTrue();
  }
}
