package io.credere.cli.collections;

import io.credere.collections.dunning.letter.LetterLanguage;
import io.credere.collections.dunning.letter.Letterhead;
import io.credere.collections.interest.InterestRegime;
import io.credere.collections.interest.LateInterestCalculator;
import io.credere.collections.interest.RateTable;
import io.credere.core.error.CredereException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * What the CLI's dunning run assumes where a host would configure: statutory interest for GBP
 * under {@code uk-late-payment} and for EUR under {@code de-bgb}, from the sample rate tables in
 * the jar; letters in German for EUR accounts and English otherwise; a sample letterhead.
 */
public final class CollectionsSetup {

  private CollectionsSetup() {}

  /** The interest calculators by currency. */
  public static Map<CurrencyUnit, LateInterestCalculator> interest() {
    return Map.of(
        CurrencyUnit.GBP, LateInterestCalculator.of(InterestRegime.UK_LATE_PAYMENT,
            table("boe-base-rate.csv")),
        CurrencyUnit.EUR, LateInterestCalculator.of(InterestRegime.DE_BGB,
            table("bundesbank-basiszinssatz.csv")));
  }

  /** The letter language of an account currency. */
  public static LetterLanguage language(CurrencyUnit currency) {
    return currency.equals(CurrencyUnit.EUR) ? LetterLanguage.GERMAN : LetterLanguage.ENGLISH;
  }

  /** The sample letterhead. */
  public static Letterhead letterhead() {
    return Letterhead.builder().companyName("Credere Sample Wholesale GmbH")
        .addAddressLines("Hafenstraße 1", "20457 Hamburg").contact("ar@credere.example")
        .bankDetails("IBAN DE89 3704 0044 0532 0130 00").build();
  }

  private static RateTable table(String name) {
    Map<LocalDate, BigDecimal> rates = new LinkedHashMap<>();
    try (InputStream in = CollectionsSetup.class.getResourceAsStream("rates/" + name)) {
      if (in == null) {
        throw new CredereException("rate table " + name + " is missing from the jar");
      }
      new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().skip(1)
          .filter(l -> !l.isBlank()).forEach(line -> {
            String[] parts = line.split(",");
            rates.put(LocalDate.parse(parts[0].strip()), new BigDecimal(parts[1].strip()));
          });
    } catch (IOException e) {
      throw new CredereException("cannot read rate table " + name + ": " + e.getMessage(), e);
    }
    return RateTable.of(rates);
  }
}
