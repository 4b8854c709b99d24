package io.credere.collections.interest;

import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The statutory late-payment interest regimes, each with its reference-rate rule, margin and
 * fixed compensation.
 *
 * <ul>
 *   <li>{@link #UK_LATE_PAYMENT} ({@code uk-late-payment}): Late Payment of Commercial Debts
 *       (Interest) Act 1998. Bank of England base rate in force on 31 December (interest starting
 *       to run 1 January - 30 June) or on 30 June (starting 1 July - 31 December) plus 8 points,
 *       fixed for the life of the debt; compensation GBP 40 below 1,000, 70 from 1,000 to
 *       9,999.99, 100 from 10,000.
 *   <li>{@link #EU_DIRECTIVE} ({@code eu-directive}): Directive 2011/7/EU. ECB reference rate in
 *       force on the first day of each half-year plus 8 points, half-year by half-year;
 *       compensation EUR 40.
 *   <li>{@link #DE_BGB} ({@code de-bgb}): section 288 (2) and (5) BGB. Basiszinssatz of each
 *       half-year plus 9 points; compensation EUR 40.
 * </ul>
 *
 * <p>All three count actual days over 365.
 */
public enum InterestRegime {

  /** UK Late Payment of Commercial Debts (Interest) Act 1998. */
  UK_LATE_PAYMENT("uk-late-payment", new BigDecimal("8"), CurrencyUnit.GBP),
  /** EU Late Payment Directive 2011/7/EU. */
  EU_DIRECTIVE("eu-directive", new BigDecimal("8"), CurrencyUnit.EUR),
  /** German Civil Code section 288: business-to-business rate. */
  DE_BGB("de-bgb", new BigDecimal("9"), CurrencyUnit.EUR);

  private final String id;
  private final BigDecimal margin;
  private final CurrencyUnit compensationCurrency;

  InterestRegime(String id, BigDecimal margin, CurrencyUnit compensationCurrency) {
    this.id = id;
    this.margin = margin;
    this.compensationCurrency = compensationCurrency;
  }

  /**
   * The regime of an id ({@code uk-late-payment}, {@code eu-directive}, {@code de-bgb}),
   * case-insensitive.
   *
   * @throws ValidationException naming the known ids otherwise
   */
  public static InterestRegime parse(String id) {
    String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
    for (InterestRegime regime : values()) {
      if (regime.id.equals(wanted)) {
        return regime;
      }
    }
    throw ValidationException.of("regime", Optional.ofNullable(id),
        "is not a known regime (expected uk-late-payment, eu-directive or de-bgb)");
  }

  /** The id used in files and on the command line ({@code uk-late-payment}). */
  public String id() {
    return id;
  }

  /** The points added to the reference rate (8 or 9). */
  public BigDecimal margin() {
    return margin;
  }

  /** Whether the rate is fixed once for the life of the debt (UK) rather than per half-year. */
  public boolean isFixedForLife() {
    return this == UK_LATE_PAYMENT;
  }

  /** The currency the fixed compensation is set in by the law (GBP or EUR). */
  public CurrencyUnit compensationCurrency() {
    return compensationCurrency;
  }

  /**
   * The date whose reference rate applies to interest of the half-year holding {@code day}: for
   * the UK the rate-fixing date of a debt whose interest starts on {@code day} (31 December of
   * the year before for January to June, 30 June for July to December); otherwise the first day
   * of the half-year.
   */
  public LocalDate referenceDate(LocalDate day) {
    boolean firstHalf = day.getMonthValue() <= 6;
    if (this == UK_LATE_PAYMENT) {
      return firstHalf ? LocalDate.of(day.getYear() - 1, Month.DECEMBER, 31)
          : LocalDate.of(day.getYear(), Month.JUNE, 30);
    }
    return firstHalf ? LocalDate.of(day.getYear(), Month.JANUARY, 1)
        : LocalDate.of(day.getYear(), Month.JULY, 1);
  }

  /**
   * The fixed compensation for one late debt of {@code debt}, in {@link #compensationCurrency()}.
   *
   * @throws ValidationException when the debt is in another currency than the law sets the
   *     compensation in (there is no exchange rate in here)
   */
  public Money compensation(Money debt) {
    if (!debt.getCurrencyUnit().equals(compensationCurrency)) {
      throw ValidationException.of("currency", Optional.of(debt.getCurrencyUnit().getCode()),
          "does not fit regime " + id + ", whose fixed compensation is set in "
              + compensationCurrency.getCode());
    }
    if (this != UK_LATE_PAYMENT) {
      return Money.of(compensationCurrency, 40);
    }
    if (debt.getAmount().compareTo(new BigDecimal("1000")) < 0) {
      return Money.of(compensationCurrency, 40);
    }
    if (debt.getAmount().compareTo(new BigDecimal("10000")) < 0) {
      return Money.of(compensationCurrency, 70);
    }
    return Money.of(compensationCurrency, 100);
  }

  @Override
  public String toString() {
    return id;
  }
}
