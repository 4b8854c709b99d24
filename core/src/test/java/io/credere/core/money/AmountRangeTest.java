package io.credere.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.AmountRangeException;
import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Issue 16, defect 8: amounts beyond the contract's range and sums that overflow. */
class AmountRangeTest {

  /** 2^63 minor units: one more than a long holds. */
  private static final Money TWO_POW_63_CENTS = Money.of(CurrencyUnit.EUR,
      new BigDecimal(BigInteger.ONE.shiftLeft(63), 2));
  private static final Money MAX = Money.of(CurrencyUnit.EUR, Monies.MAX_AMOUNT);

  @Test
  void the_range_is_ten_to_the_fifteen_either_way() {
    assertThat(Monies.isInRange(MAX)).isTrue();
    assertThat(Monies.isInRange(MAX.negated())).isTrue();
    assertThat(Monies.isInRange(MAX.plus(Money.parse("EUR 0.01")))).isFalse();
    assertThat(Monies.isInRange(TWO_POW_63_CENTS.negated())).isFalse();
    assertThatThrownBy(() -> Monies.checkRange(MAX.plusMinor(1), "credit_limit"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("credit_limit: 'EUR 1000000000000000.01' is beyond the supported range "
            + "(amounts up to 10^15 in absolute value)");
  }

  @Test
  void parse_refuses_amounts_beyond_the_range_and_accepts_the_limit() {
    assertThat(Monies.parse(CurrencyUnit.EUR, "-1000000000000000.00", "amount"))
        .isEqualTo(MAX.negated());
    assertThatThrownBy(() -> Monies.parse(CurrencyUnit.EUR, "92233720368547758.08", "amount"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'92233720368547758.08' is beyond the supported range");
    assertThatThrownBy(() -> Monies.parse(CurrencyUnit.JPY, "1000000000000001", "open_amount"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("open_amount");
    // 21 digits, as the --order-amount of the report
    assertThatThrownBy(() -> Monies.parse(CurrencyUnit.EUR, "123456789012345678901", "x"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("supported range");
  }

  @Test
  void a_sum_that_overflows_is_refused_with_the_values_never_a_bare_arithmetic_exception() {
    List<Money> many = Collections.nCopies(93, MAX);
    assertThatThrownBy(() -> Monies.sum(CurrencyUnit.EUR, many))
        .isExactlyInstanceOf(AmountRangeException.class)
        .hasMessage("the sum of 93 EUR amounts is beyond the 9223372036854775807 minor units "
            + "Credere can hold exactly: EUR 92000000000000000.00 plus EUR 1000000000000000.00")
        .satisfies(e -> assertThat(((AmountRangeException) e).currency())
            .isEqualTo(CurrencyUnit.EUR));
    assertThat(Monies.sum(Collections.nCopies(92, MAX)))
        .isEqualTo(Money.of(CurrencyUnit.EUR, new BigDecimal("92000000000000000")));
    // and downwards
    assertThatThrownBy(() -> Monies.sum(Collections.nCopies(93, MAX.negated())))
        .isInstanceOf(AmountRangeException.class);
  }

  @Test
  void a_single_amount_beyond_long_minor_units_is_refused_by_sum_and_minor() {
    assertThatThrownBy(() -> Monies.sum(List.of(TWO_POW_63_CENTS)))
        .isInstanceOf(AmountRangeException.class)
        .hasMessageContaining("EUR 92233720368547758.08");
    assertThatThrownBy(() -> Monies.minor(TWO_POW_63_CENTS))
        .isInstanceOf(AmountRangeException.class);
    assertThatThrownBy(() -> Monies.addExact(CurrencyUnit.EUR, Long.MAX_VALUE, 1))
        .isInstanceOf(AmountRangeException.class).hasMessageContaining("plus EUR 0.01");
    assertThat(Monies.addExact(CurrencyUnit.EUR, Long.MAX_VALUE, -1)).isEqualTo(Long.MAX_VALUE - 1);
  }

  @Test
  void evenly_splits_any_amount_exactly_even_beyond_long_minor_units() {
    List<Money> parts = MoneySplit.evenly(TWO_POW_63_CENTS, 3);
    assertThat(parts).containsExactly(Money.parse("EUR 30744573456182586.03"),
        Money.parse("EUR 30744573456182586.03"), Money.parse("EUR 30744573456182586.02"));
    assertThat(parts.stream().map(Money::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(TWO_POW_63_CENTS.getAmount());
    List<Money> negative = MoneySplit.evenly(TWO_POW_63_CENTS.negated().minusMinor(5), 2);
    assertThat(negative).allSatisfy(p -> assertThat(p.isNegative()).isTrue());
    assertThat(MoneySplit.proportionally(TWO_POW_63_CENTS, List.of(TWO_POW_63_CENTS, MAX)))
        .hasSize(2).first().satisfies(p -> assertThat(p.isGreaterThan(MAX)).isTrue());
  }
}
