package io.credere.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import java.math.BigDecimal;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AltmanModelTest {

  static Money eur(String amount) {
    return Money.of(CurrencyUnit.EUR, new BigDecimal(amount));
  }

  /**
   * A manufacturer (figures in thousands): total assets 2,000, total liabilities 800, current
   * assets 900, current liabilities 500, retained earnings 600, EBIT 240, sales 3,000, book equity
   * 1,200, market equity 1,600.
   */
  static FinancialStatement.Builder manufacturer() {
    return FinancialStatement.builder()
        .customerId(CustomerId.of("C-1"))
        .currency(CurrencyUnit.EUR)
        .totalAssets(eur("2000000.00"))
        .totalLiabilities(eur("800000.00"))
        .currentAssets(eur("900000.00"))
        .currentLiabilities(eur("500000.00"))
        .retainedEarnings(eur("600000.00"))
        .ebit(eur("240000.00"))
        .sales(eur("3000000.00"))
        .bookEquity(eur("1200000.00"));
  }

  @Test
  void original_z_of_a_listed_manufacturer() {
    // X1 = 400/2000 = 0.2, X2 = 600/2000 = 0.3, X3 = 240/2000 = 0.12,
    // X4 = 1600/800 = 2.0 (market equity), X5 = 3000/2000 = 1.5
    // Z = 1.2 x 0.2 + 1.4 x 0.3 + 3.3 x 0.12 + 0.6 x 2.0 + 1.0 x 1.5
    //   = 0.24 + 0.42 + 0.396 + 1.2 + 1.5 = 3.756 -> 3.76 > 2.99: SAFE
    AltmanResult z = AltmanModel.Z.score(manufacturer().marketEquity(eur("1600000.00")).build())
        .orElseThrow();
    assertThat(z.score()).isEqualByComparingTo("3.76");
    assertThat(z.zone()).isEqualTo(AltmanZone.SAFE);
    assertThat(z.ratios().get(3)).isEqualByComparingTo("2");
  }

  @Test
  void z_prime_of_the_same_firm_as_a_private_company() {
    // X4 = 1200/800 = 1.5 (book equity)
    // Z' = 0.717 x 0.2 + 0.847 x 0.3 + 3.107 x 0.12 + 0.420 x 1.5 + 0.998 x 1.5
    //    = 0.1434 + 0.2541 + 0.37284 + 0.63 + 1.497 = 2.89734 -> 2.90: not above 2.9, GREY
    AltmanResult z = AltmanModel.Z_PRIME.score(manufacturer().build()).orElseThrow();
    assertThat(z.score()).isEqualByComparingTo("2.90");
    assertThat(z.zone()).isEqualTo(AltmanZone.GREY);
  }

  @Test
  void z_double_prime_of_the_same_firm() {
    // Z'' = 6.56 x 0.2 + 3.26 x 0.3 + 6.72 x 0.12 + 1.05 x 1.5
    //     = 1.312 + 0.978 + 0.8064 + 1.575 = 4.6714 -> 4.67 > 2.60: SAFE
    AltmanResult z = AltmanModel.Z_DOUBLE_PRIME.score(manufacturer().build()).orElseThrow();
    assertThat(z.score()).isEqualByComparingTo("4.67");
    assertThat(z.zone()).isEqualTo(AltmanZone.SAFE);
  }

  @Test
  void distressed_retailer_under_z_double_prime() {
    // TA 1000, TL 900, CA 200, CL 350, RE -150, EBIT -30, BE 100
    // X1 = -0.15, X2 = -0.15, X3 = -0.03, X4 = 100/900 = 0.111111111111
    // Z'' = -0.984 - 0.489 - 0.2016 + 0.116666666667 = -1.557933... -> -1.56: DISTRESS
    FinancialStatement retailer = FinancialStatement.builder()
        .customerId(CustomerId.of("C-2")).currency(CurrencyUnit.EUR)
        .totalAssets(eur("1000.00")).totalLiabilities(eur("900.00"))
        .currentAssets(eur("200.00")).currentLiabilities(eur("350.00"))
        .retainedEarnings(eur("-150.00")).ebit(eur("-30.00")).sales(eur("2000.00"))
        .bookEquity(eur("100.00")).build();
    AltmanResult z = AltmanModel.Z_DOUBLE_PRIME.score(retailer).orElseThrow();
    assertThat(z.score()).isEqualByComparingTo("-1.56");
    assertThat(z.zone()).isEqualTo(AltmanZone.DISTRESS);
  }

  @Test
  void zones_include_both_cut_offs_in_grey() {
    assertThat(AltmanModel.Z.zone(new BigDecimal("2.99"))).isEqualTo(AltmanZone.GREY);
    assertThat(AltmanModel.Z.zone(new BigDecimal("3.00"))).isEqualTo(AltmanZone.SAFE);
    assertThat(AltmanModel.Z.zone(new BigDecimal("1.81"))).isEqualTo(AltmanZone.GREY);
    assertThat(AltmanModel.Z.zone(new BigDecimal("1.80"))).isEqualTo(AltmanZone.DISTRESS);
    assertThat(AltmanModel.Z_DOUBLE_PRIME.zone(new BigDecimal("2.60")))
        .isEqualTo(AltmanZone.GREY);
    assertThat(AltmanModel.Z_DOUBLE_PRIME.zone(new BigDecimal("2.61")))
        .isEqualTo(AltmanZone.SAFE);
    assertThat(AltmanModel.Z_DOUBLE_PRIME.zone(new BigDecimal("1.09")))
        .isEqualTo(AltmanZone.DISTRESS);
    assertThat(AltmanModel.Z_PRIME.zone(new BigDecimal("1.22"))).isEqualTo(AltmanZone.DISTRESS);
    assertThat(AltmanModel.Z_PRIME.zone(new BigDecimal("2.91"))).isEqualTo(AltmanZone.SAFE);
  }

  @Test
  void standard_choice_is_z_with_market_equity_and_z_double_prime_without() {
    assertThat(AltmanModelChoice.standard().choose(manufacturer().build()))
        .isEqualTo(AltmanModel.Z_DOUBLE_PRIME);
    assertThat(AltmanModelChoice.standard().choose(manufacturer()
        .marketEquity(eur("1.00")).build())).isEqualTo(AltmanModel.Z);
    assertThat(AltmanModelChoice.always(AltmanModel.Z_PRIME).choose(manufacturer().build()))
        .isEqualTo(AltmanModel.Z_PRIME);
  }

  @Test
  void no_score_without_liabilities_or_without_market_equity_for_z() {
    assertThat(AltmanModel.Z.score(manufacturer().build())).isEmpty();
    assertThat(AltmanModel.Z_DOUBLE_PRIME.score(manufacturer().build()
        .withTotalLiabilities(eur("0.00")))).isEmpty();
  }

  @Test
  void ratios_of_the_manufacturer() {
    FinancialRatios ratios = FinancialRatios.of(manufacturer().inventory(eur("300000.00"))
        .interestExpense(eur("60000.00")).build());
    assertThat(ratios.currentRatio()).contains(new BigDecimal("1.8000"));
    assertThat(ratios.quickRatio()).contains(new BigDecimal("1.2000"));
    assertThat(ratios.debtToEquity()).contains(new BigDecimal("0.6667"));
    assertThat(ratios.interestCover()).contains(new BigDecimal("4.0000"));
    assertThat(ratios.equityRatio()).contains(new BigDecimal("0.6000"));
    assertThat(ratios.returnOnAssets()).contains(new BigDecimal("0.1200"));
    assertThat(FinancialRatios.of(manufacturer().build()).quickRatio()).isEmpty();
  }

  @Test
  void refuses_a_statement_without_assets() {
    FinancialStatement statement = manufacturer().build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> statement
            .withTotalAssets(eur("0.00")))
        .isInstanceOf(io.credere.core.error.ValidationException.class)
        .hasMessageContaining("total_assets").hasMessageContaining("must be positive");
  }
}
