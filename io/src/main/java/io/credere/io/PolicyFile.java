package io.credere.io;

import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningLevel;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * A dunning policy file: CSV {@code level,days_overdue,min_amount,channel,fee,interest,wait_days},
 * one row per level in order (levels 1, 2, 3, ...; days overdue rising). {@code channel} is
 * EMAIL, LETTER, PHONE_CALL, FINAL_NOTICE, LEGAL or AGENCY; {@code interest} true or false;
 * amounts in major units of the account's currency, so {@link #checkCurrencies} refuses a fee or
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

    private Read(String source, DunningPolicy policy, List<Long> lines, List<String> feeColumn,
        List<String> minColumn) {
      this.source = source;
      this.policy = policy;
      this.lines = List.copyOf(lines);
      this.feeColumn = List.copyOf(feeColumn);
      this.minColumn = List.copyOf(minColumn);
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
      List<DunningLevel> levels = policy.levels();
      for (int k = 0; k < levels.size(); k++) {
        for (CurrencyUnit currency : currencies) {
          check(levels.get(k).fee(), feeColumn.get(k), "fee", lines.get(k), currency);
          check(levels.get(k).minimumAmount(), minColumn.get(k), "min_amount", lines.get(k),
              currency);
        }
      }
    }

    private void check(BigDecimal amount, String column, String field, long line,
        CurrencyUnit currency) {
      if (amount.stripTrailingZeros().scale() > currency.getDecimalPlaces()) {
        throw ValidationException.at(InputPosition.of(source, line, column), field,
            Optional.of(amount.toPlainString()), "has more decimals than " + currency.getCode()
                + " allows (" + currency.getDecimalPlaces() + "), a currency of the accounts "
                + "it would be charged on");
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
            .daysOverdue(row.integer("days_overdue")).minimumAmount(row.decimal("min_amount"))
            .channel(parsed).fee(row.decimal("fee")).interest(row.flag("interest"))
            .waitDays(row.integer("wait_days")).build();
      } catch (ValidationException e) {
        throw e.position().isUnknown() ? e.at(row.position(e.field())) : e;
      }
      lines.add(row.line());
      fee.add(row.header().spelling("fee"));
      min.add(row.header().spelling("min_amount"));
      return level;
    }, rejects);
    try {
      return new Read(file.toString(), DunningPolicy.builder()
          .name(file.getFileName().toString()).addAllLevels(levels).build(), lines, fee, min);
    } catch (ValidationException e) {
      throw e.at(InputPosition.ofSource(file.toString()));
    }
  }
}
