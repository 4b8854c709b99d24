package io.credere.collections.dunning;

import io.credere.core.error.ValidationException;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One level of a {@link DunningPolicy}: reached when the oldest overdue item is at least
 * {@code daysOverdue} days past due, the claim reaches the level's minimum in the account's
 * currency, and {@code waitDays} have passed since the previous notice; sent through
 * {@code channel}, with the fee of the account's currency and, when {@code isInterest()},
 * statutory interest and compensation claimed.
 *
 * <p>Minimums and fees are money per currency ({@link #minimums()}, {@link #fees()}): EUR 5.00 is
 * not JPY 5. A currency the level does not list has no minimum and no fee of its own. Use the
 * generated {@code DunningLevel.builder()} ({@code putMinimums(EUR, Money.parse("EUR 10.00"))}).
 * Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDunningLevel {

  /** The level number, 1 for the first reminder. */
  public abstract int level();

  /** Days past due of the oldest overdue item from which the level applies. */
  public abstract int daysOverdue();

  /** The least claim the level is sent for, per currency; a currency not listed has none. */
  public abstract Map<CurrencyUnit, Money> minimums();

  /** How it is sent. */
  public abstract DunningChannel channel();

  /** The dunning fee charged with this level, per currency; a currency not listed has none. */
  public abstract Map<CurrencyUnit, Money> fees();

  /** Whether statutory interest and compensation are claimed with this level. */
  @Value.Default
  public boolean isInterest() {
    return false;
  }

  /** Days that must pass after the previous notice before this level is sent. */
  @Value.Default
  public int waitDays() {
    return 0;
  }

  /** The minimum in {@code currency}; zero when the level lists none for it. */
  public final Money minimum(CurrencyUnit currency) {
    Money minimum = minimums().get(currency);
    return minimum != null ? minimum : Money.zero(currency);
  }

  /** The fee in {@code currency}; zero when the level lists none for it. */
  public final Money fee(CurrencyUnit currency) {
    Money fee = fees().get(currency);
    return fee != null ? fee : Money.zero(currency);
  }

  @Value.Check
  void check() {
    if (level() < 1) {
      throw ValidationException.of("level", Optional.of(Integer.toString(level())),
          "must be 1 or more");
    }
    if (daysOverdue() < 1) {
      throw ValidationException.of("days_overdue", Optional.of(Integer.toString(daysOverdue())),
          "must be 1 or more for level " + level() + " (dunning starts after the due date)");
    }
    checkAmounts("min_amount", minimums());
    checkAmounts("fee", fees());
    if (waitDays() < 0) {
      throw ValidationException.of("wait_days", Optional.of(Integer.toString(waitDays())),
          "must not be negative for level " + level());
    }
  }

  private void checkAmounts(String field, Map<CurrencyUnit, Money> amounts) {
    amounts.forEach((currency, amount) -> {
      if (!amount.getCurrencyUnit().equals(currency)) {
        throw ValidationException.of(field, Optional.of(amount.toString()),
            "is listed under " + currency + " for level " + level());
      }
      if (amount.isNegative()) {
        throw ValidationException.of(field, Optional.of(amount.toString()),
            "must not be negative for level " + level());
      }
    });
  }
}
