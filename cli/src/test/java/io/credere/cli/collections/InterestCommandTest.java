package io.credere.cli.collections;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Byte-for-byte output on cases computed by hand (see LateInterestCalculatorTest). */
class InterestCommandTest {

  private static final String HEADER =
      "regime,days_late,reference_rate,statutory_rate,interest,compensation,total\n";

  @TempDir
  Path dir;

  @Test
  void uk_debt_with_the_rate_fixed_on_30_june() {
    // 5000 x 13.25 x 60 / 36500 = 108.904... -> 108.90; compensation 70 (1,000 - 9,999.99).
    CliRun run = CliRun.of("interest", "--amount", "5000.00", "--currency", "GBP",
        "--due-date", "2024-06-30", "--paid-date", "2024-08-29", "--regime", "uk-late-payment",
        "--rates", Resources.rates("boe-base-rate.csv"));
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(HEADER + "uk-late-payment,60,5.25,13.25,108.90,70.00,178.90\n");
  }

  @Test
  void uk_compensation_at_10000_is_100() {
    // GBP 10,000.00 due 2025-01-31 paid 2025-03-02: interest starts 1 Feb 2025 -> rate on
    // 31 Dec 2024 = 4.75; 12.75. Days: 28 (Feb) + 2 = 30. 10000 x 12.75 x 30 / 36500
    // = 3,825,000 / 36,500 = 104.7945... -> 104.79. Compensation 100. Total 204.79.
    CliRun run = CliRun.of("interest", "--amount", "10000.00", "--currency", "GBP",
        "--due-date", "2025-01-31", "--paid-date", "2025-03-02", "--regime", "uk-late-payment",
        "--rates", Resources.rates("boe-base-rate.csv"));
    assertThat(run.out()).isEqualTo(HEADER
        + "uk-late-payment,30,4.75,12.75,104.79,100.00,204.79\n");
  }

  @Test
  void eu_debt_over_two_half_years_lists_both_rates() {
    // 30 days at 12.50 + 46 days at 12.25 on 10,000: 9,385,000 / 36,500 = 257.123... -> 257.12.
    CliRun run = CliRun.of("interest", "--amount", "10000.00", "--currency", "EUR",
        "--due-date", "2024-05-31", "--paid-date", "2024-08-15", "--regime", "eu-directive",
        "--rates", Resources.rates("ecb-main-refinancing-rate.csv"));
    assertThat(run.out()).isEqualTo(HEADER
        + "eu-directive,76,4.50;4.25,12.50;12.25,257.12,40.00,297.12\n");
  }

  @Test
  void de_bgb_over_the_leap_year_2024() {
    // 182 days at 12.62 + 184 days at 12.37 on 10,000: 45,729,200 / 36,500 = 1252.854... .
    CliRun run = CliRun.of("interest", "--amount", "10000.00", "--currency", "EUR",
        "--due-date", "2023-12-31", "--paid-date", "2024-12-31", "--regime", "de-bgb",
        "--rates", Resources.rates("bundesbank-basiszinssatz.csv"));
    assertThat(run.out()).isEqualTo(HEADER
        + "de-bgb,366,3.62;3.37,12.62;12.37,1252.85,40.00,1292.85\n");
  }

  @Test
  void paid_on_time_gives_zeros_and_no_rates() {
    CliRun run = CliRun.of("interest", "--amount", "100.00", "--currency", "EUR",
        "--due-date", "2024-05-31", "--paid-date", "2024-05-30", "--regime", "de-bgb",
        "--rates", Resources.rates("bundesbank-basiszinssatz.csv"));
    assertThat(run.out()).isEqualTo(HEADER + "de-bgb,0,,,0.00,0.00,0.00\n");
  }

  @Test
  void writes_json_to_a_file() throws IOException {
    Path out = dir.resolve("interest.json");
    CliRun run = CliRun.of("interest", "--amount", "10000.00", "--currency", "EUR",
        "--due-date", "2024-05-31", "--paid-date", "2024-08-15", "--regime", "eu-directive",
        "--rates", Resources.rates("ecb-main-refinancing-rate.csv"), "--output", out.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo("[\n  {\"regime\": \"eu-directive\", "
        + "\"days_late\": 76, \"reference_rate\": \"4.50;4.25\", \"statutory_rate\": "
        + "\"12.50;12.25\", \"interest\": 257.12, \"compensation\": 40.00, \"total\": 297.12}\n]\n");
  }

  @Test
  void a_bad_rate_row_exits_1_naming_line_and_column() throws IOException {
    Path rates = Files.writeString(dir.resolve("rates.csv"),
        "effective_date,rate\n2024-01-01,3.62\n2024-07-01,three\n");
    CliRun run = CliRun.of("interest", "--amount", "100.00", "--currency", "EUR",
        "--due-date", "2024-05-31", "--paid-date", "2024-08-15", "--regime", "de-bgb",
        "--rates", rates.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(rates + ", line 3, column rate: 'three' is not a number");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void too_many_decimals_and_an_unknown_regime_are_wrong_usage() {
    CliRun decimals = CliRun.of("interest", "--amount", "100.001", "--currency", "EUR",
        "--due-date", "2024-05-31", "--paid-date", "2024-08-15", "--regime", "de-bgb",
        "--rates", Resources.rates("bundesbank-basiszinssatz.csv"));
    assertThat(decimals.exitCode()).isEqualTo(2);
    assertThat(decimals.err())
        .contains("Invalid value for option '--amount': '100.001' has more decimals than EUR "
            + "allows");
    CliRun regime = CliRun.of("interest", "--amount", "100.00", "--currency", "EUR",
        "--due-date", "2024-05-31", "--paid-date", "2024-08-15", "--regime", "fr-code",
        "--rates", Resources.rates("bundesbank-basiszinssatz.csv"));
    assertThat(regime.exitCode()).isEqualTo(2);
    assertThat(regime.err()).contains("Invalid value for option '--regime': 'fr-code' is not a "
        + "known regime");
  }

  @Test
  void a_missing_option_is_wrong_usage() {
    CliRun run = CliRun.of("interest", "--amount", "100.00", "--currency", "EUR");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option");
  }
}
