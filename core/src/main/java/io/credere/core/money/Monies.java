package io.credere.core.money;

import io.credere.core.Checks;
import io.credere.core.error.AmountRangeException;
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
 * <p>Range: a single amount (an open item, a payment, a limit, a parsed value) is at most
 * {@link #MAX_AMOUNT} = 10^15 in absolute value, the contract's limit; {@link #parse} and the
 * value types refuse larger ones with a {@link ValidationException}. Sums and minor-unit
 * conversions are exact in {@code long} minor units and throw an {@link AmountRangeException}
 * (naming the currency and the values) when a total leaves that range; they never wrap around
 * and never throw a bare {@link ArithmeticException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Monies {

  /** The largest absolute value of a single amount: 10^15 (in units of the currency). */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  private static final String RANGE_RULE =
      "is beyond the supported range (amounts up to 10^15 in absolute value)";

  private Monies() {}

  /** Whether {@code amount} is within {@link #MAX_AMOUNT} in absolute value. */
  public static boolean isInRange(Money amount) {
    return Checks.notNull(amount, "amount").getAmount().abs().compareTo(MAX_AMOUNT) <= 0;
  }

  /**
   * Requires {@code amount} to be within {@link #MAX_AMOUNT} in absolute value; returns it.
   *
   * @param field the field name used in the error, e.g. {@code open_amount}
   * @throws ValidationException naming the field and the value when it is beyond
   */
  public static Money checkRange(Money amount, String field) {
    Checks.notNull(field, "field");
    if (!isInRange(amount)) {
      throw ValidationException.of(field, Optional.of(amount.toString()), RANGE_RULE);
    }
    return amount;
  }

  /**
   * Sums amounts that must all be in {@code currency}; an empty input sums to zero.
   *
   * @throws CurrencyMismatchException naming both currencies when an amount is in another one
   * @throws AmountRangeException when an amount or the running total leaves the {@code long}
   *     range of minor units (naming the count, the running total and the amount added)
   */
  public static Money sum(CurrencyUnit currency, Iterable<Money> amounts) {
    Checks.notNull(currency, "currency");
    Checks.notNull(amounts, "amounts");
    long total = 0;
    long count = 0;
    for (Money amount : amounts) {
      Checks.notNull(amount, "amount");
      if (!amount.getCurrencyUnit().equals(currency)) {
        throw new CurrencyMismatchException(currency, amount.getCurrencyUnit());
      }
      total = add(currency, total, minor(amount), count);
      count++;
    }
    return Money.ofMinor(currency, total);
  }

  /**
   * Adds minor units exactly.
   *
   * @throws AmountRangeException naming the currency and both values when the sum leaves the
   *     {@code long} range
   */
  public static long addExact(CurrencyUnit currency, long a, long b) {
    return add(Checks.notNull(currency, "currency"), a, b, -1);
  }

  private static long add(CurrencyUnit currency, long total, long amount, long count) {
    long sum = total + amount;
    if (((total ^ sum) & (amount ^ sum)) < 0) {
      throw new AmountRangeException(currency, (count < 0 ? "a sum of " + currency.getCode()
          + " amounts" : "the sum of " + (count + 1) + " " + currency.getCode() + " amounts")
          + " is beyond the " + Long.MAX_VALUE + " minor units Credere can hold exactly: "
          + Money.ofMinor(currency, total) + " plus " + Money.ofMinor(currency, amount));
    }
    return sum;
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

  /**
   * The amount in minor units (cents for EUR, yen for JPY, fils for BHD).
   *
   * @throws AmountRangeException naming the amount when its minor units do not fit in a
   *     {@code long} (never the case for an amount within {@link #MAX_AMOUNT})
   */
  public static long minor(Money amount) {
    Checks.notNull(amount, "amount");
    try {
      return amount.getAmountMinorLong();
    } catch (ArithmeticException e) {
      throw new AmountRangeException(amount.getCurrencyUnit(), amount
          + " is beyond the " + Long.MAX_VALUE + " minor units Credere can hold exactly");
    }
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
   * anything else; amounts beyond {@link #MAX_AMOUNT} in absolute value are refused too.
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
    if (value.abs().compareTo(MAX_AMOUNT) > 0) {
      throw ValidationException.of(field, Optional.of(text), RANGE_RULE);
    }
    return Money.of(currency, value.setScale(currency.getDecimalPlaces(), RoundingMode.UNNECESSARY));
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
