package io.credere.core.money;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.testing.CoreGenerators;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class MoneySplitProperties {

  @Test
  void even_parts_sum_to_the_whole_with_its_sign_and_within_one_minor_unit() {
    theory().forAll(CoreGenerators.money(), Generate.range(1, 50)).checkAssert((whole, n) -> {
      List<Money> parts = MoneySplit.evenly(whole, n);
      assertThat(parts).hasSize(n);
      assertSplitIsExact(whole, parts, java.util.Collections.nCopies(n, BigDecimal.ONE));
    });
  }

  @Test
  void ratio_parts_sum_to_the_whole_with_its_sign_and_within_one_minor_unit() {
    theory().forAll(CoreGenerators.money(), ratios()).checkAssert((whole, ratios) -> {
      List<Money> parts = MoneySplit.byRatios(whole, ratios);
      assertThat(parts).hasSize(ratios.size());
      assertSplitIsExact(whole, parts, ratios);
    });
  }

  private static Gen<List<BigDecimal>> ratios() {
    Gen<BigDecimal> ratio = Generate.range(0, 10_000).zip(Generate.range(0, 3),
        (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale));
    return SourceDSL.lists().of(ratio).ofSizeBetween(1, 12)
        .assuming(list -> list.stream().anyMatch(r -> r.signum() > 0));
  }

  static void assertSplitIsExact(Money whole, List<Money> parts, List<BigDecimal> ratios) {
    assertThat(Monies.sum(whole.getCurrencyUnit(), parts)).isEqualTo(whole);
    BigDecimal ratioSum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal wholeMinor = BigDecimal.valueOf(whole.getAmountMinorLong());
    for (int i = 0; i < parts.size(); i++) {
      Money part = parts.get(i);
      assertThat(part.getAmount().signum() * whole.getAmount().signum())
          .as("part %s of %s has the whole's sign or is zero", part, whole)
          .isGreaterThanOrEqualTo(0);
      BigDecimal exact = wholeMinor.multiply(ratios.get(i)).divide(ratioSum, MathContext.DECIMAL128);
      BigDecimal error = BigDecimal.valueOf(part.getAmountMinorLong()).subtract(exact).abs();
      assertThat(error).as("part %d of %s differs from its exact share %s", i, whole, exact)
          .isLessThan(BigDecimal.ONE);
    }
  }
}
