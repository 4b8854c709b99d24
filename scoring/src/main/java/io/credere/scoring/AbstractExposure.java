package io.credere.scoring;

import io.credere.core.money.Monies;
import java.util.Map;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A customer's credit exposure: the amount of each counted component and their total, which is
 * exactly their sum. Components not counted are absent. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExposure {

  /** The account currency. */
  public abstract CurrencyUnit currency();

  /** Each counted component, in {@link ExposureComponent} order. */
  public abstract Map<ExposureComponent, Money> components();

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
