package io.credere.scoring;

import io.credere.core.money.Monies;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A customer's credit exposure in the account currency: the amount of each counted component
 * (items in other currencies converted with the host's {@link ExchangeRates}) and their total,
 * which is exactly their sum. Components not counted are absent; currencies without a rate are
 * listed in {@link #unconvertedCurrencies()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExposure {

  /** The account currency. */
  public abstract CurrencyUnit currency();

  /** Each counted component, in {@link ExposureComponent} order. */
  public abstract Map<ExposureComponent, Money> components();

  /**
   * Currencies of items (or the order) that could not be converted into the account currency:
   * without a rate their amounts are not in the components, and the exposure is not known.
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<CurrencyUnit> unconvertedCurrencies();

  /** Whether every item and the order are in the components (nothing unconverted). */
  public final boolean isComplete() {
    return unconvertedCurrencies().isEmpty();
  }

  /** The sum of the components. */
  @Value.Derived
  public Money total() {
    return Monies.sum(currency(), components().values());
  }

  /** The amount of {@code component}, zero when not counted. */
  public final Money amount(ExposureComponent component) {
    return components().getOrDefault(component, Money.zero(currency()));
  }
}
