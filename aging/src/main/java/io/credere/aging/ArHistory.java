package io.credere.aging;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * Month-end snapshots of receivables, in any order and any currencies, at most one per period and
 * currency: what the KPIs ({@link ArKpis}) are computed from.
 *
 * <p>Immutable and thread-safe.
 */
public final class ArHistory {

  private final List<ArPeriod> periods;
  /** Per currency, its periods from the earliest. */
  private final Map<CurrencyUnit, List<ArPeriod>> byCurrency;

  private ArHistory(List<ArPeriod> periods) {
    this.periods = periods;
    Map<CurrencyUnit, List<ArPeriod>> grouped = new HashMap<>();
    for (ArPeriod period : periods) {
      grouped.computeIfAbsent(period.currency(), c -> new ArrayList<>()).add(period);
    }
    grouped.replaceAll((c, list) -> {
      list.sort(Comparator.comparing(ArPeriod::period));
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i).period().equals(list.get(i - 1).period())) {
          throw ValidationException.of("period", Optional.of(list.get(i).period().toString()),
              "appears twice for " + c);
        }
      }
      return List.copyOf(list);
    });
    this.byCurrency = Map.copyOf(grouped);
  }

  /**
   * The history of the periods.
   *
   * @throws ValidationException naming the period when one appears twice for a currency
   */
  public static ArHistory of(List<ArPeriod> periods) {
    Checks.notNull(periods, "periods");
    periods.forEach(p -> Checks.notNull(p, "period"));
    return new ArHistory(List.copyOf(periods));
  }

  /** The periods, in the order given. */
  public List<ArPeriod> periods() {
    return periods;
  }

  /** The periods of a currency, earliest first; empty when it has none. */
  public List<ArPeriod> periods(CurrencyUnit currency) {
    return byCurrency.getOrDefault(Checks.notNull(currency, "currency"), List.of());
  }

  /**
   * The periods of {@code period}'s currency up to and including it, latest first: the walk of
   * countback DSO.
   */
  List<ArPeriod> upTo(ArPeriod period) {
    List<ArPeriod> all = periods(period.currency());
    List<ArPeriod> result = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      if (!all.get(i).period().isAfter(period.period())) {
        result.add(all.get(i));
      }
    }
    return result;
  }

  /** The latest period of the same currency before {@code period}, if any. */
  public Optional<ArPeriod> previous(ArPeriod period) {
    Checks.notNull(period, "period");
    ArPeriod found = null;
    for (ArPeriod candidate : periods(period.currency())) {
      if (candidate.period().isBefore(period.period())) {
        found = candidate;
      }
    }
    return Optional.ofNullable(found);
  }
}
