package io.credere.collections.interest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The sample rate tables of the test resources ({@code rates/*.csv}). */
public final class TestRates {

  private TestRates() {}

  /** Bank of England base rate. */
  public static RateTable boe() {
    return load("boe-base-rate.csv");
  }

  /** ECB main refinancing rate. */
  public static RateTable ecb() {
    return load("ecb-main-refinancing-rate.csv");
  }

  /** Bundesbank Basiszinssatz. */
  public static RateTable basiszins() {
    return load("bundesbank-basiszinssatz.csv");
  }

  static RateTable load(String name) {
    Map<LocalDate, BigDecimal> rates = new LinkedHashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        TestRates.class.getResourceAsStream("/rates/" + name), StandardCharsets.UTF_8))) {
      reader.lines().skip(1).filter(l -> !l.isBlank()).forEach(line -> {
        String[] parts = line.split(",");
        rates.put(LocalDate.parse(parts[0]), new BigDecimal(parts[1]));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RateTable.of(rates);
  }
}
