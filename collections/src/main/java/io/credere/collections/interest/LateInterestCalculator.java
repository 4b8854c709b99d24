package io.credere.collections.interest;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * Computes statutory late-payment interest under one {@link InterestRegime} from a host-supplied
 * {@link RateTable} of the regime's reference rate.
 *
 * <p>Interest runs from the day after the due date to the paid date inclusive. Each period's
 * interest is {@code principal x statutory rate / 100 x days / 365} (actual days over 365 in every
 * regime, leap years included); the periods are summed exactly and the sum is rounded once,
 * HALF_EVEN, at the currency's scale. Immutable and thread-safe.
 */
public final class LateInterestCalculator {

  /** Rule id of the explanations. */
  public static final String RULE_ID = "STATUTORY_LATE_INTEREST";

  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int EXACT_SCALE = 20;

  private final InterestRegime regime;
  private final RateTable rates;

  private LateInterestCalculator(InterestRegime regime, RateTable rates) {
    this.regime = regime;
    this.rates = rates;
  }

  /** A calculator for {@code regime} with its reference rate history {@code rates}. */
  public static LateInterestCalculator of(InterestRegime regime, RateTable rates) {
    return new LateInterestCalculator(Checks.notNull(regime, "regime"),
        Checks.notNull(rates, "rates"));
  }

  /** The regime. */
  public InterestRegime regime() {
    return regime;
  }

  /** The rate table. */
  public RateTable rates() {
    return rates;
  }

  /**
   * Interest and compensation on {@code principal}, due on {@code dueDate} and paid on (or
   * computed up to) {@code paidDate}.
   *
   * @throws ValidationException when the principal is not positive, its currency does not fit
   *     the regime's compensation, or the rate table has no rate for a date needed
   */
  public LateInterest compute(Money principal, LocalDate dueDate, LocalDate paidDate) {
    Checks.notNull(principal, "principal");
    Checks.notNull(dueDate, "dueDate");
    Checks.notNull(paidDate, "paidDate");
    if (!principal.isPositive()) {
      throw ValidationException.of("amount", Optional.of(Monies.format(principal)),
          "must be positive (the debt interest runs on)");
    }
    Money compensation = regime.compensation(principal);
    long daysLate = Math.max(0, ChronoUnit.DAYS.between(dueDate, paidDate));
    List<InterestPeriod> periods = new ArrayList<>();
    BigDecimal numerator = BigDecimal.ZERO;
    if (daysLate > 0) {
      LocalDate first = dueDate.plusDays(1);
      BigDecimal fixedReference = regime.isFixedForLife()
          ? rates.rateOn(regime.referenceDate(first)) : null;
      LocalDate start = first;
      while (!start.isAfter(paidDate)) {
        LocalDate end = regime.isFixedForLife() ? paidDate : min(halfYearEnd(start), paidDate);
        BigDecimal reference = fixedReference != null ? fixedReference
            : rates.rateOn(regime.referenceDate(start));
        BigDecimal statutory = reference.add(regime.margin());
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        BigDecimal periodNumerator = principal.getAmount().multiply(statutory)
            .multiply(BigDecimal.valueOf(days));
        numerator = numerator.add(periodNumerator);
        periods.add(InterestPeriod.builder().start(start).end(end).referenceRate(reference)
            .statutoryRate(statutory)
            .exactInterest(periodNumerator.divide(HUNDRED.multiply(DAYS_PER_YEAR), EXACT_SCALE,
                java.math.RoundingMode.HALF_EVEN).stripTrailingZeros())
            .build());
        start = end.plusDays(1);
      }
    } else {
      compensation = Money.zero(compensation.getCurrencyUnit());
    }
    // The one rounding: the exact sum of principal x rate x days, over 100 x 365, to the scale.
    BigDecimal divisor = HUNDRED.multiply(DAYS_PER_YEAR);
    Money interest = Money.of(principal.getCurrencyUnit(), numerator.divide(divisor,
        principal.getCurrencyUnit().getDecimalPlaces(), java.math.RoundingMode.HALF_EVEN));
    BigDecimal exact = numerator.divide(divisor, EXACT_SCALE, java.math.RoundingMode.HALF_EVEN)
        .stripTrailingZeros();
    return LateInterest.builder().regime(regime).principal(principal).dueDate(dueDate)
        .paidDate(paidDate).daysLate(daysLate).addAllPeriods(periods).exactInterest(exact)
        .interest(interest).compensation(compensation)
        .explanation(explain(principal, dueDate, paidDate, daysLate, periods, interest,
            compensation))
        .build();
  }

  /**
   * The exact interest, not rounded, on {@code principal} from the day after {@code dueDate} to
   * {@code paidDate} inclusive: the sum a caller adds up over several debts before rounding the
   * total once. Needs no compensation currency (any currency is accepted).
   */
  public BigDecimal exactInterest(Money principal, LocalDate dueDate, LocalDate paidDate) {
    Checks.notNull(principal, "principal");
    long daysLate = ChronoUnit.DAYS.between(dueDate, paidDate);
    if (daysLate <= 0 || !principal.isPositive()) {
      return BigDecimal.ZERO;
    }
    LocalDate first = dueDate.plusDays(1);
    BigDecimal fixedReference = regime.isFixedForLife()
        ? rates.rateOn(regime.referenceDate(first)) : null;
    BigDecimal numerator = BigDecimal.ZERO;
    LocalDate start = first;
    while (!start.isAfter(paidDate)) {
      LocalDate end = regime.isFixedForLife() ? paidDate : min(halfYearEnd(start), paidDate);
      BigDecimal reference = fixedReference != null ? fixedReference
          : rates.rateOn(regime.referenceDate(start));
      long days = ChronoUnit.DAYS.between(start, end) + 1;
      numerator = numerator.add(principal.getAmount().multiply(reference.add(regime.margin()))
          .multiply(BigDecimal.valueOf(days)));
      start = end.plusDays(1);
    }
    return numerator.divide(HUNDRED.multiply(DAYS_PER_YEAR), EXACT_SCALE,
        java.math.RoundingMode.HALF_EVEN);
  }

  private Explanation explain(Money principal, LocalDate dueDate, LocalDate paidDate,
      long daysLate, List<InterestPeriod> periods, Money interest, Money compensation) {
    String sentence;
    if (daysLate == 0) {
      sentence = "Paid on " + paidDate + ", not after the due date " + dueDate
          + ": no statutory interest or compensation.";
    } else {
      String rates = periods.stream().map(p -> p.days() + " days at "
          + plain(p.statutoryRate()) + "%").collect(Collectors.joining(" and "));
      sentence = "Under " + regime.id() + ", " + Monies.format(principal) + " "
          + principal.getCurrencyUnit().getCode() + " paid " + daysLate
          + " days late earns interest for " + rates + " (actual/365) of "
          + Monies.format(interest) + " and fixed compensation of "
          + Monies.format(compensation) + " " + compensation.getCurrencyUnit().getCode() + ".";
    }
    return Explanation.builder().ruleId(RULE_ID).sentence(sentence)
        .addReasonCodes(daysLate == 0 ? "NOT_LATE" : regime.name())
        .putFacts("principal", principal.toString())
        .putFacts("due_date", dueDate.toString())
        .putFacts("paid_date", paidDate.toString())
        .putFacts("days_late", Long.toString(daysLate))
        .putFacts("interest", interest.toString())
        .putFacts("compensation", compensation.toString())
        .build();
  }

  /** A rate as written in reports: at least two decimals ({@code 5.25}, {@code 13.00}). */
  public static String plain(BigDecimal rate) {
    BigDecimal stripped = rate.stripTrailingZeros();
    return stripped.setScale(Math.max(2, stripped.scale())).toPlainString();
  }

  private static LocalDate halfYearEnd(LocalDate day) {
    return day.getMonthValue() <= 6 ? LocalDate.of(day.getYear(), 6, 30)
        : LocalDate.of(day.getYear(), 12, 31);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
