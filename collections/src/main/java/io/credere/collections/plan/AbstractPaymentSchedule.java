package io.credere.collections.plan;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import io.credere.core.money.MoneySplit;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The instalments of a payment plan: a debt repaid in parts on due dates, with interest from
 * {@link #startDate()} or without.
 *
 * <p>Build with {@link #equal} (equal principal parts through {@code MoneySplit.evenly}, the
 * earlier parts taking the leftover minor units) or {@link #custom} (the controller's own parts,
 * which must sum to the debt). Interest is computed by {@link PlanInterest}: exact per
 * instalment, the total rounded once (HALF_EVEN at the currency's scale), then split over the
 * instalments by their exact shares.
 *
 * <p>Invariants: at least one instalment, due dates strictly increasing and not before the
 * start, principals positive and summing to {@link #debt()} exactly, every amount in the debt's
 * currency. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractPaymentSchedule {

  private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * {@code count} instalments of equal principal, the first due on {@code firstDue}, then one
   * every {@code interval}.
   *
   * @param debt the amount to repay, positive
   * @param startDate the date the plan starts (interest runs from it)
   * @param firstDue the first due date, not before {@code startDate}
   * @param count how many instalments, at least 1 and at most the debt in minor units
   * @param interval the time between due dates, positive (e.g. {@code Period.ofMonths(1)})
   * @param interest the interest terms
   * @throws ValidationException when an argument breaks these rules
   */
  public static PaymentSchedule equal(Money debt, LocalDate startDate, LocalDate firstDue,
      int count, Period interval, PlanInterest interest) {
    Checks.notNull(debt, "debt");
    Checks.notNull(firstDue, "firstDue");
    Checks.notNull(interval, "interval");
    if (count < 1 || (debt.isPositive() && count > Monies.minor(debt))) {
      throw ValidationException.of("instalments", Optional.of(Integer.toString(count)),
          "must be from 1 to the debt in minor units (" + debt + ")");
    }
    if (interval.isNegative() || interval.isZero()) {
      throw ValidationException.of("interval", Optional.of(interval.toString()),
          "must be positive");
    }
    requirePositive(debt);
    List<Money> parts = MoneySplit.evenly(debt, count);
    List<ScheduledPart> schedule = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      schedule.add(ScheduledPart.of(firstDue.plus(interval.multipliedBy(i)), parts.get(i)));
    }
    return custom(debt, startDate, schedule, interest);
  }

  /**
   * The controller's own parts.
   *
   * @param debt the amount to repay, positive
   * @param startDate the date the plan starts (interest runs from it)
   * @param parts the principal parts with due dates, strictly increasing dates, summing to the
   *     debt
   * @param interest the interest terms
   * @throws ValidationException when the parts do not sum to the debt or break the rules above
   */
  public static PaymentSchedule custom(Money debt, LocalDate startDate, List<ScheduledPart> parts,
      PlanInterest interest) {
    Checks.notNull(debt, "debt");
    Checks.notNull(startDate, "startDate");
    Checks.notNull(parts, "parts");
    Checks.notNull(interest, "interest");
    requirePositive(debt);
    if (parts.isEmpty()) {
      throw ValidationException.of("instalments", Optional.of("0"), "must not be empty");
    }
    CurrencyUnit currency = debt.getCurrencyUnit();
    Money sum = Money.zero(currency);
    for (ScheduledPart part : parts) {
      if (!part.principal().getCurrencyUnit().equals(currency)) {
        throw ValidationException.of("principal", Optional.of(part.principal().toString()),
            "is not in the debt's currency " + currency);
      }
      sum = sum.plus(part.principal());
    }
    if (!sum.equals(debt)) {
      throw ValidationException.of("instalments", Optional.of(sum.toString()),
          "sum to " + sum + ", not the debt " + debt);
    }
    List<BigDecimal> exact = exactInterest(debt, startDate, parts, interest);
    Money total = roundTotalInterest(currency, exact);
    List<Money> shares = total.isZero() ? null : MoneySplit.byRatios(total, exact);
    PaymentSchedule.Builder schedule = PaymentSchedule.builder().debt(debt).startDate(startDate)
        .interest(interest);
    for (int i = 0; i < parts.size(); i++) {
      schedule.addInstalments(Instalment.builder().number(i + 1).dueDate(parts.get(i).dueDate())
          .principal(parts.get(i).principal())
          .interest(shares == null ? Money.zero(currency) : shares.get(i)).build());
    }
    return schedule.build();
  }

  /** The debt repaid, positive. */
  public abstract Money debt();

  /** The date the plan starts; interest runs from it. */
  public abstract LocalDate startDate();

  /** The interest terms. */
  public abstract PlanInterest interest();

  /** The instalments, in due-date order. */
  public abstract List<Instalment> instalments();

  /** The debt's currency. */
  public final CurrencyUnit currency() {
    return debt().getCurrencyUnit();
  }

  /** The interest of all instalments. */
  public final Money totalInterest() {
    Money total = Money.zero(currency());
    for (Instalment instalment : instalments()) {
      total = total.plus(instalment.interest());
    }
    return total;
  }

  /** What the customer pays in all: debt plus interest. */
  public final Money total() {
    return debt().plus(totalInterest());
  }

  /**
   * The exact interest of each part in major units, before rounding: flat charges the whole
   * debt from start to the last due date, spread by principal; declining balance charges each
   * period's outstanding principal.
   */
  private static List<BigDecimal> exactInterest(Money debt, LocalDate start,
      List<ScheduledPart> parts, PlanInterest interest) {
    List<BigDecimal> exact = new ArrayList<>(parts.size());
    BigDecimal rate = interest.annualRatePercent().divide(HUNDRED, MathContext.DECIMAL128);
    if (interest.method() == InterestMethod.FLAT) {
      long days = ChronoUnit.DAYS.between(start, parts.get(parts.size() - 1).dueDate());
      BigDecimal whole = debt.getAmount().multiply(rate).multiply(BigDecimal.valueOf(days))
          .divide(DAYS_PER_YEAR, MathContext.DECIMAL128);
      for (ScheduledPart part : parts) {
        exact.add(whole.multiply(part.principal().getAmount())
            .divide(debt.getAmount(), MathContext.DECIMAL128));
      }
      return exact;
    }
    BigDecimal outstanding = debt.getAmount();
    LocalDate from = start;
    for (ScheduledPart part : parts) {
      long days = ChronoUnit.DAYS.between(from, part.dueDate());
      exact.add(interest.method() == InterestMethod.NONE ? BigDecimal.ZERO
          : outstanding.multiply(rate).multiply(BigDecimal.valueOf(days))
              .divide(DAYS_PER_YEAR, MathContext.DECIMAL128));
      outstanding = outstanding.subtract(part.principal().getAmount());
      from = part.dueDate();
    }
    return exact;
  }

  /** The one rounding of a plan's interest: the exact sum, HALF_EVEN at the currency's scale. */
  private static Money roundTotalInterest(CurrencyUnit currency, List<BigDecimal> exact) {
    return Monies.round(currency, exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static void requirePositive(Money debt) {
    if (!debt.isPositive()) {
      throw ValidationException.of("debt", Optional.of(debt.toString()), "must be positive");
    }
  }

  @Value.Check
  void check() {
    LocalDate previous = null;
    Money principal = Money.zero(currency());
    for (Instalment instalment : instalments()) {
      if (previous == null ? instalment.dueDate().isBefore(startDate())
          : !instalment.dueDate().isAfter(previous)) {
        throw ValidationException.of("due_date", Optional.of(instalment.dueDate().toString()),
            "of instalment " + instalment.number() + " must be after the previous due date "
                + "and not before the start " + startDate());
      }
      previous = instalment.dueDate();
      principal = principal.plus(instalment.principal());
    }
    if (instalments().isEmpty() || !principal.equals(debt())) {
      throw ValidationException.of("instalments", Optional.of(principal.toString()),
          "must sum to the debt " + debt());
    }
  }
}
