package io.credere.collections.dunning;

import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A dunning policy as data: its levels, numbered 1, 2, 3, ... with strictly rising days
 * overdue, and how many levels one run may advance an account ({@code maxLevelStep}, 1 by
 * default: every level is sent in turn, none is skipped).
 *
 * <p>{@link #standard()} is the built-in policy. Use the generated {@code DunningPolicy.builder()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningPolicy {

  /** A name for reports and explanations. */
  @Value.Default
  public String name() {
    return "custom";
  }

  /** The levels, in order. */
  public abstract List<DunningLevel> levels();

  /** How many levels above the last one sent a run may propose (1 = no level is skipped). */
  @Value.Default
  public int maxLevelStep() {
    return 1;
  }

  /** The level numbered {@code number} (1-based). */
  public final DunningLevel level(int number) {
    return levels().get(number - 1);
  }

  /** The number of the highest level. */
  public final int topLevel() {
    return levels().size();
  }

  /**
   * The built-in policy {@code standard}, its minimums and fees in EUR, GBP, USD and CHF (other
   * currencies have none: add them with the builder, in the currency's own magnitude):
   *
   * <pre>
   * level days_overdue min_amount channel       fee   interest wait_days
   *   1        7          10      EMAIL          0     no        0
   *   2       21          10      LETTER         5     no       10
   *   3       35          50      PHONE_CALL     0     yes       7
   *   4       49          50      FINAL_NOTICE  10     yes       7
   *   5       70         500      AGENCY         0     yes      14
   * </pre>
   */
  public static DunningPolicy standard() {
    return DunningPolicy.builder().name("standard")
        .addLevels(level(1, 7, "10", DunningChannel.EMAIL, "0", false, 0))
        .addLevels(level(2, 21, "10", DunningChannel.LETTER, "5", false, 10))
        .addLevels(level(3, 35, "50", DunningChannel.PHONE_CALL, "0", true, 7))
        .addLevels(level(4, 49, "50", DunningChannel.FINAL_NOTICE, "10", true, 7))
        .addLevels(level(5, 70, "500", DunningChannel.AGENCY, "0", true, 14))
        .build();
  }

  /** The currencies the standard policy lists minimums and fees in. */
  public static final List<CurrencyUnit> STANDARD_CURRENCIES = List.of(CurrencyUnit.EUR,
      CurrencyUnit.GBP, CurrencyUnit.USD, CurrencyUnit.CHF);

  private static DunningLevel level(int number, int days, String minimum, DunningChannel channel,
      String fee, boolean interest, int wait) {
    DunningLevel.Builder level = DunningLevel.builder().level(number).daysOverdue(days)
        .channel(channel).interest(interest).waitDays(wait);
    for (CurrencyUnit currency : STANDARD_CURRENCIES) {
      level.putMinimums(currency, Money.of(currency, new BigDecimal(minimum)));
      if (new BigDecimal(fee).signum() > 0) {
        level.putFees(currency, Money.of(currency, new BigDecimal(fee)));
      }
    }
    return level.build();
  }

  @Value.Check
  void check() {
    if (levels().isEmpty()) {
      throw ValidationException.of("levels", Optional.empty(),
          "must hold at least one level for policy " + name());
    }
    for (int i = 0; i < levels().size(); i++) {
      DunningLevel level = levels().get(i);
      if (level.level() != i + 1) {
        throw ValidationException.of("level", Optional.of(Integer.toString(level.level())),
            "is out of order (expected level " + (i + 1) + ": levels are numbered 1, 2, 3, ...)");
      }
      if (i > 0 && level.daysOverdue() <= levels().get(i - 1).daysOverdue()) {
        throw ValidationException.of("days_overdue",
            Optional.of(Integer.toString(level.daysOverdue())),
            "must be more than the previous level's " + levels().get(i - 1).daysOverdue()
                + " for level " + level.level());
      }
    }
    if (maxLevelStep() < 1) {
      throw ValidationException.of("max_level_step",
          Optional.of(Integer.toString(maxLevelStep())), "must be 1 or more");
    }
  }
}
