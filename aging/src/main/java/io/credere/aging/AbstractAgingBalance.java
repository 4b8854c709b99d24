package io.credere.aging;

import java.util.List;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Aged amounts in one currency: one amount per bucket (youngest first, as
 * {@link AgingBuckets#names()}), the unapplied credits, and their sum, the net open balance.
 *
 * <p>Every amount is in {@link #currency()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAgingBalance {

  /** The currency of every amount. */
  public abstract CurrencyUnit currency();

  /** One amount per bucket, youngest first. */
  public abstract List<Money> buckets();

  /** Negative open items kept apart ({@code unapplied_credits}); zero when credits are netted. */
  public abstract Money unappliedCredits();

  /** The net open balance: the buckets plus the unapplied credits. */
  @Value.Derived
  public Money total() {
    Money total = unappliedCredits();
    for (Money amount : buckets()) {
      total = total.plus(amount);
    }
    return total;
  }

  @Value.Check
  void check() {
    for (Money amount : buckets()) {
      if (!amount.getCurrencyUnit().equals(currency())) {
        throw new IllegalArgumentException("Bucket amount " + amount + " is not in " + currency());
      }
    }
    if (!unappliedCredits().getCurrencyUnit().equals(currency())) {
      throw new IllegalArgumentException(
          "Unapplied credits " + unappliedCredits() + " are not in " + currency());
    }
  }
}
