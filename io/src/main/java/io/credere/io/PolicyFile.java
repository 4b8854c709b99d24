package io.credere.io;

import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningLevel;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A dunning policy file: CSV {@code level,days_overdue,min_amount,channel,fee,interest,wait_days},
 * one row per level in order (levels 1, 2, 3, ...; days overdue rising). {@code channel} is
 * EMAIL, LETTER, PHONE_CALL, FINAL_NOTICE, LEGAL or AGENCY; {@code interest} true or false;
 * amounts in major units of the account's currency, so {@link Read#checkCurrencies} refuses a fee or
 * minimum with more decimals than a currency it will be charged in ({@code 5.555} on EUR,
 * {@code 0.5} on JPY).
 */
public final class PolicyFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("level", "days_overdue", "min_amount",
      "channel", "fee", "interest", "wait_days");

  /** A policy with the line of each level, for checks that need a currency. */
  public static final class Read {
    private final String source;
    private final DunningPolicy policy;
    private final List<Long> lines;
    private final List<String> feeColumn;
    private final List<String> minColumn;
    private final List<Optional<BigDecimal>> plainFees;
    private final List<Optional<BigDecimal>> plainMinimums;

    private Read(String source, DunningPolicy policy, List<Long> lines, List<String> feeColumn,
        List<String> minColumn, List<Optional<BigDecimal>> plainFees,
        List<Optional<BigDecimal>> plainMinimums) {
      this.source = source;
      this.policy = policy;
      this.lines = List.copyOf(lines);
      this.feeColumn = List.copyOf(feeColumn);
      this.minColumn = List.copyOf(minColumn);
      this.plainFees = List.copyOf(plainFees);
      this.plainMinimums = List.copyOf(plainMinimums);
    }

    /** The policy. */
    public DunningPolicy policy() {
      return policy;
    }

    /**
     * Checks that every fee and minimum amount can be charged in each of {@code currencies}.
     *
     * @throws ValidationException naming the policy file, the level's line, the column and the
     *     currency
     */
    public void checkCurrencies(Collection<CurrencyUnit> currencies) {
      for (int k = 0; k < lines.size(); k++) {
        for (CurrencyUnit currency : currencies) {
          check(plainFees.get(k), feeColumn.get(k), "fee", lines.get(k), currency);
          check(plainMinimums.get(k), minColumn.get(k), "min_amount", lines.get(k), currency);
        }
      }
    }

    private void check(Optional<BigDecimal> amount, String column, String field, long line,
        CurrencyUnit currency) {
      if (amount.isPresent()
          && amount.get().stripTrailingZeros().scale() > currency.getDecimalPlaces()) {
        throw ValidationException.at(InputPosition.of(source, line, column), field,
            Optional.of(amount.get().toPlainString()), "has more decimals than "
                + currency.getCode() + " allows (" + currency.getDecimalPlaces()
                + "), a currency of the accounts it would be charged on");
      }
    }
  }

  private PolicyFile() {}

  /** Reads the policy of {@code file}; bad rows stop the run. */
  public static DunningPolicy read(Path file) {
    return readWithLines(file, Rejects.failFast()).policy();
  }

  /** Reads the policy of {@code file} with the line of each level. */
  public static Read readWithLines(Path file, Rejects rejects) {
    List<Long> lines = new ArrayList<>();
    List<String> fee = new ArrayList<>();
    List<String> min = new ArrayList<>();
    List<Optional<BigDecimal>> plainFees = new ArrayList<>();
    List<Optional<BigDecimal>> plainMinimums = new ArrayList<>();
    List<DunningLevel> levels = CsvInput.read(file, "policy", REQUIRED, row -> {
      String channel = row.text("channel");
      DunningChannel parsed;
      try {
        parsed = DunningChannel.valueOf(channel.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("channel", channel, "is not a channel (expected EMAIL, LETTER, "
            + "PHONE_CALL, FINAL_NOTICE, LEGAL or AGENCY)");
      }
      DunningLevel level;
      try {
        level = DunningLevel.builder().level(row.integer("level"))
            .daysOverdue(row.integer("days_overdue"))
            .putAllMinimums(perCurrency(row, "min_amount"))
            .channel(parsed).putAllFees(perCurrency(row, "fee")).interest(row.flag("interest"))
            .waitDays(row.integer("wait_days")).build();
      } catch (ValidationException e) {
        throw e.position().isUnknown() ? e.at(row.position(e.field())) : e;
      }
      lines.add(row.line());
      fee.add(row.header().spelling("fee"));
      min.add(row.header().spelling("min_amount"));
      plainFees.add(plain(row, "fee"));
      plainMinimums.add(plain(row, "min_amount"));
      return level;
    }, rejects);
    try {
      return new Read(file.toString(), DunningPolicy.builder()
          .name(file.getFileName().toString()).addAllLevels(levels).build(), lines, fee, min, plainFees,
          plainMinimums);
    } catch (ValidationException e) {
      throw e.at(InputPosition.ofLine(file.toString(), lineOfLevel(levels, lines)));
    }
  }

  /**
   * The line of the first level the policy refuses (numbered out of order, or not more days
   * overdue than the one before); line 1, the header, when there is no level.
   */
  private static long lineOfLevel(List<DunningLevel> levels, List<Long> lines) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).level() != i + 1
          || i > 0 && levels.get(i).daysOverdue() <= levels.get(i - 1).daysOverdue()) {
        return lines.get(i);
      }
    }
    return lines.isEmpty() ? 1 : lines.get(lines.size() - 1);
  }

  /** The plain number of a cell, when it is not a per-currency list. */
  private static Optional<BigDecimal> plain(CsvRow row, String column) {
    String text = row.text(column);
    return text.contains(":") ? Optional.empty() : Optional.of(row.decimal(column));
  }

  /**
   * A plain number applies in every currency that has its decimals (as {@code
   * --tolerance-amount}; {@link Read#checkCurrencies} refuses it for the accounts' currencies
   * that do not); {@code EUR:5,GBP:4,JPY:500} lists amounts per currency (a currency not listed
   * has none).
   */
  static Map<CurrencyUnit, Money> perCurrency(CsvRow row, String column) {
    String text = row.text(column);
    Map<CurrencyUnit, Money> amounts = new TreeMap<>();
    if (!text.contains(":")) {
      BigDecimal number = row.decimal(column);
      for (CurrencyUnit currency : CurrencyUnit.registeredCurrencies()) {
        if (currency.getDecimalPlaces() >= Math.max(0, number.stripTrailingZeros().scale())
            && !currency.isPseudoCurrency()) {
          amounts.put(currency, Money.of(currency, number, RoundingMode.UNNECESSARY));
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
        CurrencyUnit currency = Monies.currency(pair[0].strip(), column);
        if (amounts.put(currency, Monies.parse(currency, pair[1].strip(), column)) != null) {
          throw row.error(column, text, "lists " + currency + " twice");
        }
      } catch (ValidationException e) {
        throw e.position().isUnknown() ? e.at(row.position(column)) : e;
      }
    }
    return amounts;
  }
}
