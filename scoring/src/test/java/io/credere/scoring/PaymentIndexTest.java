package io.credere.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentIndexTest {

  @ParameterizedTest(name = "{0} days beyond terms -> {1}")
  @CsvSource({
      // the contract's anchor points
      "-30, 100", "-20, 90", "0, 80", "15, 70", "22, 60", "30, 50", "60, 40", "90, 30",
      "120, 20",
      // 30 or more days early is 100
      "-45.5, 100",
      // linear between anchors
      "-25, 95", "-10, 85", "7.5, 75", "18.5, 65", "26, 55", "45, 45", "75, 35", "105, 25",
      // 5 days: 80 - 10/3 = 76.67 -> 77
      "5, 77",
      // HALF_EVEN: -1 -> 80.5 -> 80; 22.4 -> 59.5 -> 60; 121.5 -> 19.5 -> 20; 124.5 -> 18.5 -> 18
      "-1, 80", "22.4, 60", "121.5, 20", "124.5, 18",
      // past 120 one point less per 3 days
      "123, 19", "150, 10", "174, 2", "177, 1",
      // never below 1
      "180, 1", "400, 1"
  })
  void maps_days_beyond_terms_on_the_contract_scale(String days, int index) {
    assertThat(PaymentIndex.of(new BigDecimal(days))).isEqualTo(index);
  }
}
