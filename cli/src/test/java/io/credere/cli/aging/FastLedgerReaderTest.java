package io.credere.cli.aging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FastLedgerReaderTest {

  private static int day(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    return FastLedgerReader.day(bytes, 0, bytes.length);
  }

  @Test
  void reads_every_date_from_1600_to_2400_as_local_date_counts_it() {
    for (LocalDate date = LocalDate.of(1600, 1, 1); date.getYear() < 2400;
        date = date.plusDays(1)) {
      assertThat(day(date.toString())).as(date.toString()).isEqualTo(date.toEpochDay());
    }
  }

  @Test
  void refuses_dates_that_do_not_exist() {
    assertThat(day("2026-02-29")).isEqualTo(Integer.MIN_VALUE);
    assertThat(day("1900-02-29")).isEqualTo(Integer.MIN_VALUE);
    assertThat(day("2000-02-29")).isEqualTo((int) LocalDate.of(2000, 2, 29).toEpochDay());
    assertThat(day("2026-04-31")).isEqualTo(Integer.MIN_VALUE);
    assertThat(day("2026-13-01")).isEqualTo(Integer.MIN_VALUE);
    assertThat(day("2026-1-01")).isEqualTo(Integer.MIN_VALUE);
  }
}
