package io.credere.core.money;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Optional;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * Operations on {@link Money} that Joda-Money leaves to its users: sums over one currency,
 * conversion to and from {@code long} minor units, strict parsing of plain decimal text at a
 * currency's scale, and the contract's output form.
 *
 * <p>Stateless and thread-safe.
 */
public final class Monies {

  private Monies() {}

  /**
   * Sums amounts that must all be in {@code currency}; an empty input sums to zero.
   *
   * @throws CurrencyMismatchException naming both currencies when an amount is in another one
   */
  public static Money sum(CurrencyUnit currency, Iterable<Money> amounts) {
    Checks.notNull(currency, "currency");
    Checks.notNull(amounts, "amounts");
    long total = 0;
    for (Money amount : amounts) {
      Checks.notNull(amount, "amount");
      if (!amount.getCurrencyUnit().equals(currency)) {
        throw new CurrencyMismatchException(currency, amount.getCurrencyUnit());
      }
      total = Math.addExact(total, amount.getAmountMinorLong());
    }
    return Money.ofMinor(currency, total);
  }

  /**
   * Sums a non-empty set of amounts of one currency.
   *
   * @throws IllegalArgumentException when empty (the currency is unknown)
   * @throws CurrencyMismatchException when currencies differ
   */
  public static Money sum(Iterable<Money> amounts) {
    Iterator<Money> iterator = Checks.notNull(amounts, "amounts").iterator();
    Checks.argument(iterator.hasNext(), "Cannot sum no amounts without a currency");
    return sum(iterator.next().getCurrencyUnit(), amounts);
  }

  /** The amount in minor units (cents for EUR, yen for JPY, fils for BHD). */
  public static long minor(Money amount) {
    return Checks.notNull(amount, "amount").getAmountMinorLong();
  }

  /** An amount from minor units. */
  public static Money ofMinor(CurrencyUnit currency, long minorUnits) {
    return Money.ofMinor(Checks.notNull(currency, "currency"), minorUnits);
  }

  /**
   * Rounds a decimal to the currency's scale, HALF_EVEN: the one place where a computed amount
   * (a percentage, a share) becomes money.
   */
  public static Money round(CurrencyUnit currency, BigDecimal amount) {
    return Money.of(Checks.notNull(currency, "currency"),
        Checks.notNull(amount, "amount").setScale(currency.getDecimalPlaces(),
            RoundingMode.HALF_EVEN));
  }

  /**
   * Parses a currency code (ISO 4217, three letters, case-insensitive).
   *
   * @throws ValidationException naming {@code field} when the code is not a known currency
   */
  public static CurrencyUnit currency(String code, String field) {
    Checks.notNull(field, "field");
    if (code == null || code.isBlank()) {
      throw ValidationException.of(field, Optional.empty(), "is missing (expected a currency code)");
    }
    String trimmed = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (trimmed.length() != 3) {
      throw ValidationException.of(field, Optional.of(code),
          "is not a currency code (expected 3 letters of ISO 4217, e.g. EUR)");
    }
    try {
      return CurrencyUnit.of(trimmed);
    } catch (IllegalCurrencyException e) {
      throw ValidationException.of(field, Optional.of(code),
          "is not a known ISO 4217 currency code");
    }
  }

  /**
   * Parses a plain decimal amount ({@code -12.5}, {@code 1250}) in {@code currency}, refusing
   * more decimals than the currency has (nothing is rounded), thousands separators, exponents and
   * anything else.
   *
   * @param field the field name used in the error
   * @throws ValidationException naming the field and the value when the text is not an amount
   */
  public static Money parse(CurrencyUnit currency, String text, String field) {
    Checks.notNull(currency, "currency");
    Checks.notNull(field, "field");
    if (text == null || text.isBlank()) {
      throw ValidationException.of(field, Optional.empty(), "is missing (expected an amount)");
    }
    String trimmed = text.strip();
    if (!isPlainDecimal(trimmed)) {
      throw ValidationException.of(field, Optional.of(text),
          "is not an amount (expected digits with an optional '-' and '.' decimal point, "
              + "no thousands separators)");
    }
    BigDecimal value = new BigDecimal(trimmed);
    BigDecimal stripped = value.stripTrailingZeros();
    if (stripped.scale() > currency.getDecimalPlaces()) {
      throw ValidationException.of(field, Optional.of(text),
          "has more decimals than " + currency.getCode() + " allows ("
              + currency.getDecimalPlaces() + ")");
    }
    try {
      return Money.of(currency, value.setScale(currency.getDecimalPlaces(), RoundingMode.UNNECESSARY));
    } catch (ArithmeticException e) {
      throw ValidationException.of(field, Optional.of(text), "is too large an amount");
    }
  }

  /**
   * The contract's text form of an amount: plain decimal with exactly the currency's scale, no
   * currency code, no grouping ({@code 12.50}, {@code 1250}, {@code 1.250}, {@code -3.00}).
   */
  public static String format(Money amount) {
    return Checks.notNull(amount, "amount").getAmount().toPlainString();
  }

  private static boolean isPlainDecimal(String text) {
    int i = 0;
    int length = text.length();
    if (length > 40) {
      return false;
    }
    if (text.charAt(0) == '-' || text.charAt(0) == '+') {
      i++;
    }
    int digits = 0;
    boolean point = false;
    for (; i < length; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digits > 0;
  }
}
