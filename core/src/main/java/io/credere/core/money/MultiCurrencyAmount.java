package io.credere.core.money;

import io.credere.core.Checks;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Totals kept per currency, never converted: the open balance of a customer who is invoiced in
 * EUR and USD, the cash applied in a run. Currencies are iterated in code order.
 *
 * <p>Immutable and thread-safe; {@link #plus(Money)} returns a new instance.
 */
public final class MultiCurrencyAmount {

  private static final MultiCurrencyAmount EMPTY = new MultiCurrencyAmount(new TreeMap<>());

  private final TreeMap<CurrencyUnit, Money> amounts;

  private MultiCurrencyAmount(TreeMap<CurrencyUnit, Money> amounts) {
    this.amounts = amounts;
  }

  /** No amounts at all. */
  public static MultiCurrencyAmount empty() {
    return EMPTY;
  }

  /** The sum of the amounts, per currency. */
  public static MultiCurrencyAmount of(Iterable<Money> amounts) {
    Checks.notNull(amounts, "amounts");
    TreeMap<CurrencyUnit, Money> sums = new TreeMap<>();
    for (Money amount : amounts) {
      Checks.notNull(amount, "amount");
      sums.merge(amount.getCurrencyUnit(), amount, Money::plus);
    }
    return new MultiCurrencyAmount(sums);
  }

  /** The sum of the amounts, per currency. */
  public static MultiCurrencyAmount of(Money... amounts) {
    return of(java.util.Arrays.asList(amounts));
  }

  /** This plus one amount, added to its currency's total. */
  public MultiCurrencyAmount plus(Money amount) {
    Checks.notNull(amount, "amount");
    TreeMap<CurrencyUnit, Money> sums = new TreeMap<>(amounts);
    sums.merge(amount.getCurrencyUnit(), amount, Money::plus);
    return new MultiCurrencyAmount(sums);
  }

  /** This plus every total of {@code other}. */
  public MultiCurrencyAmount plus(MultiCurrencyAmount other) {
    Checks.notNull(other, "other");
    TreeMap<CurrencyUnit, Money> sums = new TreeMap<>(amounts);
    other.amounts.values().forEach(amount -> sums.merge(amount.getCurrencyUnit(), amount,
        Money::plus));
    return new MultiCurrencyAmount(sums);
  }

  /** The total in {@code currency}, zero when there is none. */
  public Money amount(CurrencyUnit currency) {
    Checks.notNull(currency, "currency");
    Money amount = amounts.get(currency);
    return amount != null ? amount : Money.zero(currency);
  }

  /** The currencies that have a total (possibly a zero one), in code order. */
  public Set<CurrencyUnit> currencies() {
    return Collections.unmodifiableSet(amounts.keySet());
  }

  /** The totals by currency, in code order. */
  public Map<CurrencyUnit, Money> toMap() {
    return Collections.unmodifiableMap(amounts);
  }

  /** Whether there is no total at all. */
  public boolean isEmpty() {
    return amounts.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MultiCurrencyAmount
        && ((MultiCurrencyAmount) other).amounts.equals(amounts);
  }

  @Override
  public int hashCode() {
    return amounts.hashCode();
  }

  /** Reads as {@code [EUR 12.50, USD 3.00]}. */
  @Override
  public String toString() {
    return amounts.values().stream().map(Money::toString)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
