package io.credere.aging;

import io.credere.core.explain.Explanation;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The AR KPIs of one period and currency, each rounded HALF_EVEN to 2 decimals
 * ({@link ArKpis#SCALE}); a KPI whose denominator is zero (or that needs a previous period
 * there is not) is empty, never infinite.
 *
 * <p>Made by {@link ArKpis#of(ArHistory)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractArKpi {

  /** The month. */
  public abstract YearMonth period();

  /** The currency. */
  public abstract CurrencyUnit currency();

  /** Days sales outstanding: ending receivables / credit sales x days of the month. */
  public abstract Optional<BigDecimal> dso();

  /** Countback DSO: the days of latest sales the ending receivables cover. */
  public abstract Optional<BigDecimal> countbackDso();

  /** Best possible DSO: ending current receivables / credit sales x days. */
  public abstract Optional<BigDecimal> bestPossibleDso();

  /** Average days delinquent: DSO minus best possible DSO (of the rounded values). */
  public abstract Optional<BigDecimal> averageDaysDelinquent();

  /** Collection effectiveness index, percent; empty for a currency's first period. */
  public abstract Optional<BigDecimal> cei();

  /** Ending current receivables / ending receivables x 100. */
  public abstract Optional<BigDecimal> percentCurrent();

  /** How the figures were computed, with the inputs as facts. */
  public abstract Explanation explanation();
}
