package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NumbersTest {

  private static int day(String text) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return Numbers.epochDay(b, 0, b.length);
  }

  private static long minor(String text, int scale) {
    byte[] b = text.getBytes(StandardCharsets.US_ASCII);
    return Numbers.minor(b, 0, b.length, scale);
  }

  @Test
  void reads_every_date_of_the_contract_as_local_date_counts_it() {
    for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() < 3000;
        date = date.plusDays(1)) {
      assertThat(day(date.toString())).as(date.toString()).isEqualTo(date.toEpochDay());
    }
  }

  @Test
  void refuses_dates_that_do_not_exist_or_lie_outside_the_contract() {
    assertThat(day("2026-02-29")).isEqualTo(Numbers.NOT_A_DATE);
    assertThat(day("1900-02-29")).isEqualTo(Numbers.NOT_A_DATE);
    assertThat(day("2000-02-29")).isEqualTo((int) LocalDate.of(2000, 2, 29).toEpochDay());
    assertThat(day("2026-04-31")).isEqualTo(Numbers.NOT_A_DATE);
    assertThat(day("2026-13-01")).isEqualTo(Numbers.NOT_A_DATE);
    assertThat(day("2026-1-01")).isEqualTo(Numbers.NOT_A_DATE);
    assertThat(day("+10000-01-01")).isEqualTo(Numbers.NOT_A_DATE);
    assertThat(day("1899-12-31")).isEqualTo(Numbers.DATE_OUT_OF_RANGE);
    assertThat(day("3000-01-01")).isEqualTo(Numbers.DATE_OUT_OF_RANGE);
    assertThat(day("1900-01-01")).isEqualTo(Numbers.FIRST_DAY);
    assertThat(day("2999-12-31")).isEqualTo(Numbers.LAST_DAY);
  }

  @Test
  void reads_amounts_at_the_currency_scale_and_refuses_the_rest() {
    assertThat(minor("12.5", 2)).isEqualTo(1250);
    assertThat(minor("-12.50", 2)).isEqualTo(-1250);
    assertThat(minor("+3", 2)).isEqualTo(300);
    assertThat(minor(".5", 2)).isEqualTo(50);
    assertThat(minor("7.", 2)).isEqualTo(700);
    assertThat(minor("1.250", 3)).isEqualTo(1250);
    assertThat(minor("1250", 0)).isEqualTo(1250);
    assertThat(minor("12.500", 2)).isEqualTo(1250);
    assertThat(minor("0.5", 0)).isEqualTo(Numbers.TOO_MANY_DECIMALS);
    assertThat(minor("5.555", 2)).isEqualTo(Numbers.TOO_MANY_DECIMALS);
    assertThat(minor("1000000000000000", 2)).isEqualTo(100_000_000_000_000_000L);
    assertThat(minor("-1000000000000000.000", 3)).isEqualTo(-1_000_000_000_000_000_000L);
    assertThat(minor("1000000000000000.01", 2)).isEqualTo(Numbers.TOO_LARGE);
    assertThat(minor("92233720368547758070", 2)).isEqualTo(Numbers.TOO_LARGE);
    assertThat(minor("000000000000000000000000001", 2)).isEqualTo(100);
    for (String bad : new String[] {"", "-", ".", "1,000.00", "1e5", "12.3.4", "1 000", "--1",
        "0x10", "١٢"}) {
      byte[] b = bad.getBytes(StandardCharsets.UTF_8);
      assertThat(Numbers.minor(b, 0, b.length, 2)).as(bad).isEqualTo(Numbers.NOT_AN_AMOUNT);
    }
  }
}
