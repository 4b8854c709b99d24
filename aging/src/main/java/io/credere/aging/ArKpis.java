package io.credere.aging;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The accounts-receivable KPIs a credit controller reports each month, as the contract defines
 * them:
 *
 * <ul>
 *   <li>DSO = ending receivables / credit sales x calendar days of the month;
 *   <li>countback DSO: from the month back through earlier months of the currency, each month's
 *       whole days while the receivables left exceed its credit sales, then the fraction of the
 *       last month; when the history runs out first, the days so far plus the receivables left
 *       over the earliest month's sales times its days;
 *   <li>best possible DSO = ending current receivables / credit sales x days;
 *   <li>average days delinquent = DSO - best possible DSO;
 *   <li>CEI = (beginning receivables + credit sales - ending receivables) / (beginning
 *       receivables + credit sales - ending current receivables) x 100, the beginning being the
 *       previous month's ending receivables (none for a currency's first month);
 *   <li>percent current = ending current receivables / ending receivables x 100.
 * </ul>
 *
 * <p>Each ratio is computed exactly and rounded once, HALF_EVEN, to {@link #SCALE} decimals. A
 * zero denominator gives {@link Optional#empty()}, never an exception or infinity.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArKpis {

  /** Decimals of every KPI. */
  public static final int SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ArKpis() {}

  /** The KPIs of every period of the history, in the history's order. */
  public static List<ArKpi> of(ArHistory history) {
    Checks.notNull(history, "history");
    List<ArKpi> result = new ArrayList<>(history.periods().size());
    for (ArPeriod period : history.periods()) {
      result.add(of(history, period));
    }
    return Collections.unmodifiableList(result);
  }

  /** The KPIs of one period of the history. */
  public static ArKpi of(ArHistory history, ArPeriod period) {
    Checks.notNull(history, "history");
    Checks.notNull(period, "period");
    int days = period.days();
    Optional<BigDecimal> dso = dso(period.endingReceivables(), period.creditSales(), days);
    Optional<BigDecimal> best = dso(period.endingCurrentReceivables(), period.creditSales(),
        days);
    Optional<BigDecimal> delinquent = dso.isPresent() && best.isPresent()
        ? Optional.of(dso.get().subtract(best.get())) : Optional.empty();
    Optional<ArPeriod> previous = history.previous(period);
    Optional<BigDecimal> cei = previous.flatMap(p -> cei(p.endingReceivables(),
        period.creditSales(), period.endingReceivables(), period.endingCurrentReceivables()));
    Optional<BigDecimal> countback = countbackDso(period.endingReceivables(),
        history.upTo(period));
    Optional<BigDecimal> current = percentCurrent(period.endingReceivables(),
        period.endingCurrentReceivables());
    String sentence = "In " + period.period() + " (" + period.currency() + "), receivables of "
        + Monies.format(period.endingReceivables()) + " against credit sales of "
        + Monies.format(period.creditSales()) + " over " + days + " days give a DSO of "
        + text(dso) + " days (countback " + text(countback) + ", best possible " + text(best)
        + ", " + text(delinquent) + " days delinquent), a CEI of "
        + (previous.isEmpty() ? "n/a (no previous period)" : text(cei) + "%") + " and "
        + text(current) + "% current.";
    Explanation explanation = Explanation.builder().ruleId("AR_KPIS").sentence(sentence)
        .putFacts("period", period.period().toString())
        .putFacts("currency", period.currency().getCode())
        .putFacts("days", Integer.toString(days))
        .putFacts("credit_sales", Monies.format(period.creditSales()))
        .putFacts("ending_receivables", Monies.format(period.endingReceivables()))
        .putFacts("ending_current_receivables", Monies.format(period.endingCurrentReceivables()))
        .putFacts("beginning_receivables",
            previous.map(p -> Monies.format(p.endingReceivables())).orElse(""))
        .build();
    return ArKpi.builder().period(period.period()).currency(period.currency()).dso(dso)
        .countbackDso(countback).bestPossibleDso(best).averageDaysDelinquent(delinquent)
        .cei(cei).percentCurrent(current).explanation(explanation).build();
  }

  private static String text(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("n/a");
  }

  /**
   * Days sales outstanding: {@code receivables / creditSales x days}.
   *
   * @param days the days the credit sales were made over, positive
   * @return empty when the credit sales are zero
   */
  public static Optional<BigDecimal> dso(Money receivables, Money creditSales, int days) {
    sameCurrency(receivables, creditSales);
    Checks.positive(days, "days");
    return ratio(receivables.getAmount().multiply(BigDecimal.valueOf(days)),
        creditSales.getAmount());
  }

  /**
   * DSO from open items, for a host without month-end snapshots: the report's net open balance
   * in {@code currency} (zero when it has none) over the credit sales of the last {@code days}
   * days. Receivables 60,000 against credit sales of 81,400 over 100 days give 73.71.
   *
   * @return empty when the credit sales are zero
   */
  public static Optional<BigDecimal> dso(AgingReport report, CurrencyUnit currency,
      Money creditSales, int days) {
    Checks.notNull(report, "report");
    Checks.notNull(currency, "currency");
    Money receivables = report.findTotal(currency).map(AgingBalance::total)
        .orElse(Money.zero(currency));
    return dso(receivables, creditSales, days);
  }

  /**
   * Countback DSO of {@code receivables} over periods from the latest back.
   *
   * @param latestFirst the period itself then earlier periods of its currency, latest first
   * @return empty when there is no period or the period that ends the walk had no sales
   */
  public static Optional<BigDecimal> countbackDso(Money receivables, List<ArPeriod> latestFirst) {
    Checks.notNull(receivables, "receivables");
    Checks.notNull(latestFirst, "latestFirst");
    if (latestFirst.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal remaining = receivables.getAmount();
    long wholeDays = 0;
    for (ArPeriod period : latestFirst) {
      sameCurrency(receivables, period.creditSales());
      BigDecimal sales = period.creditSales().getAmount();
      if (remaining.compareTo(sales) > 0) {
        wholeDays += period.days();
        remaining = remaining.subtract(sales);
      } else {
        return fractionAfter(wholeDays, remaining, sales, period.days());
      }
    }
    ArPeriod earliest = latestFirst.get(latestFirst.size() - 1);
    return fractionAfter(wholeDays, remaining, earliest.creditSales().getAmount(),
        earliest.days());
  }

  /** {@code wholeDays + remaining / sales x days}, rounded once. */
  private static Optional<BigDecimal> fractionAfter(long wholeDays, BigDecimal remaining,
      BigDecimal sales, int days) {
    return ratio(BigDecimal.valueOf(wholeDays).multiply(sales)
        .add(remaining.multiply(BigDecimal.valueOf(days))), sales);
  }

  /**
   * Collection effectiveness index in percent.
   *
   * @return empty when {@code beginning + creditSales - endingCurrent} is zero
   */
  public static Optional<BigDecimal> cei(Money beginning, Money creditSales, Money ending,
      Money endingCurrent) {
    sameCurrency(beginning, creditSales);
    sameCurrency(beginning, ending);
    sameCurrency(beginning, endingCurrent);
    BigDecimal available = beginning.getAmount().add(creditSales.getAmount());
    return ratio(available.subtract(ending.getAmount()).multiply(HUNDRED),
        available.subtract(endingCurrent.getAmount()));
  }

  /**
   * The share of receivables not yet due, in percent.
   *
   * @return empty when the receivables are zero
   */
  public static Optional<BigDecimal> percentCurrent(Money receivables, Money current) {
    sameCurrency(receivables, current);
    return ratio(current.getAmount().multiply(HUNDRED), receivables.getAmount());
  }

  /** The one rounding point: {@code numerator / denominator}, HALF_EVEN to {@link #SCALE}. */
  private static Optional<BigDecimal> ratio(BigDecimal numerator, BigDecimal denominator) {
    if (denominator.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN));
  }

  private static void sameCurrency(Money a, Money b) {
    Checks.notNull(a, "amount");
    Checks.notNull(b, "amount");
    if (!a.getCurrencyUnit().equals(b.getCurrencyUnit())) {
      throw new org.joda.money.CurrencyMismatchException(a.getCurrencyUnit(),
          b.getCurrencyUnit());
    }
  }
}
