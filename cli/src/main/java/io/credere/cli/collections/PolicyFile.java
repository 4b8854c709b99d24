package io.credere.cli.collections;

import io.credere.cli.io.CsvInput;
import io.credere.cli.io.Rejects;
import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningLevel;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A dunning policy file: CSV {@code level,days_overdue,min_amount,channel,fee,interest,wait_days},
 * one row per level in order (levels 1, 2, 3, ...; days overdue rising). {@code channel} is
 * EMAIL, LETTER, PHONE_CALL, FINAL_NOTICE, LEGAL or AGENCY; {@code interest} true or false;
 * amounts in major units of the account's currency.
 */
public final class PolicyFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("level", "days_overdue", "min_amount",
      "channel", "fee", "interest", "wait_days");

  private PolicyFile() {}

  /** Reads the policy of {@code file}. */
  public static DunningPolicy read(Path file) {
    List<DunningLevel> levels = CsvInput.read(file, "policy", REQUIRED, row -> {
      String channel = row.text("channel");
      DunningChannel parsed;
      try {
        parsed = DunningChannel.valueOf(channel.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("channel", channel, "is not a channel (expected EMAIL, LETTER, "
            + "PHONE_CALL, FINAL_NOTICE, LEGAL or AGENCY)");
      }
      try {
        return DunningLevel.builder().level(integer(row, "level"))
            .daysOverdue(integer(row, "days_overdue"))
            .putAllMinimums(perCurrency(row, "min_amount"))
            .channel(parsed).putAllFees(perCurrency(row, "fee")).interest(row.flag("interest"))
            .waitDays(integer(row, "wait_days")).build();
      } catch (ValidationException e) {
        throw e.at(row.position(e.field()));
      }
    }, Rejects.failFast());
    try {
      return DunningPolicy.builder().name(file.getFileName().toString()).addAllLevels(levels)
          .build();
    } catch (ValidationException e) {
      throw e.at(InputPosition.ofSource(file.toString()));
    }
  }

  /**
   * A plain number applies in every currency that has its decimals (as {@code
   * --tolerance-amount}); {@code EUR:5,GBP:4,JPY:500} lists amounts per currency (a currency not
   * listed has none).
   */
  static java.util.Map<org.joda.money.CurrencyUnit, org.joda.money.Money> perCurrency(
      io.credere.cli.io.CsvRow row, String column) {
    String text = row.text(column);
    java.util.Map<org.joda.money.CurrencyUnit, org.joda.money.Money> amounts =
        new java.util.TreeMap<>();
    if (!text.contains(":")) {
      java.math.BigDecimal number = row.decimal(column);
      for (org.joda.money.CurrencyUnit currency
          : org.joda.money.CurrencyUnit.registeredCurrencies()) {
        if (currency.getDecimalPlaces() >= Math.max(0, number.stripTrailingZeros().scale())
            && !currency.isPseudoCurrency()) {
          amounts.put(currency, org.joda.money.Money.of(currency, number,
              java.math.RoundingMode.UNNECESSARY));
        }
      }
      return amounts;
    }
    for (String part : text.split("[,;]")) {
      String[] pair = part.split(":", 2);
      if (pair.length != 2) {
        throw row.error(column, text, "is not an amount or a list like EUR:5,GBP:4");
      }
      try {
        org.joda.money.CurrencyUnit currency =
            io.credere.core.money.Monies.currency(pair[0].strip(), column);
        if (amounts.put(currency, io.credere.core.money.Monies.parse(currency, pair[1].strip(),
            column)) != null) {
          throw row.error(column, text, "lists " + currency + " twice");
        }
      } catch (ValidationException e) {
        throw e.position().isUnknown() ? e.at(row.position(column)) : e;
      }
    }
    return amounts;
  }

  private static int integer(io.credere.cli.io.CsvRow row, String column) {
    String text = row.text(column);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw row.error(column, text, "is not a whole number");
    }
  }
}
