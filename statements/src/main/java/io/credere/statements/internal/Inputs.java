package io.credere.statements.internal;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/** Shared parsing helpers: positions, amounts at a currency's scale, currencies, size limits. */
public final class Inputs {

  /** The largest input read, in bytes (a statement file of a year of a busy account is far less). */
  public static final long MAX_BYTES = 1L << 30;

  /** The largest amount accepted, in absolute value (the file contract's limit). */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(15);

  private Inputs() {}

  /** A position at a line (and column, when positive) of {@code source}. */
  public static InputPosition at(String source, long line, long column) {
    if (line <= 0) {
      return InputPosition.ofSource(source);
    }
    return column > 0 ? InputPosition.of(source, line, Long.toString(column))
        : InputPosition.ofLine(source, line);
  }

  /** An input error. */
  public static ValidationException error(InputPosition position, String field, String value,
      String rule) {
    return ValidationException.at(position, field, Optional.ofNullable(value), rule);
  }

  /** A currency by ISO code. */
  public static CurrencyUnit currency(String code, InputPosition position, String field) {
    String trimmed = code == null ? "" : code.strip();
    try {
      if (trimmed.length() == 3) {
        return CurrencyUnit.of(trimmed.toUpperCase(java.util.Locale.ROOT));
      }
    } catch (IllegalCurrencyException e) {
      // reported below
    }
    throw error(position, field, trimmed, "is not a known ISO 4217 currency code");
  }

  /**
   * An amount from a decimal text ({@code .} or {@code ,} as the decimal mark, no sign, no
   * grouping) at the currency's scale. More decimals than the currency has are accepted only when
   * they are zeros ({@code 18.150} EUR is 18.15); otherwise refused, never rounded.
   */
  public static Money amount(CurrencyUnit currency, String text, InputPosition position,
      String field) {
    BigDecimal value = decimal(text, position, field);
    return money(currency, value, text, position, field);
  }

  /** {@code value} at the currency's scale, refusing digits that would be lost. */
  public static Money money(CurrencyUnit currency, BigDecimal value, String text,
      InputPosition position, String field) {
    if (value.abs().compareTo(MAX_AMOUNT) > 0) {
      throw error(position, field, text, "is larger than the limit of 10^15 an amount may have");
    }
    try {
      return Money.of(currency, value.setScale(currency.getDecimalPlaces(),
          RoundingMode.UNNECESSARY));
    } catch (ArithmeticException e) {
      throw error(position, field, text, "has more decimals than " + currency.getCode()
          + " allows (" + currency.getDecimalPlaces() + "); the amount is refused rather than"
          + " rounded");
    }
  }

  /** A plain unsigned decimal with {@code .} or {@code ,} as the decimal mark. */
  public static BigDecimal decimal(String text, InputPosition position, String field) {
    String trimmed = text == null ? "" : text.strip();
    int length = trimmed.length();
    boolean point = false;
    int digits = 0;
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      char c = trimmed.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
        chars[i] = c;
      } else if ((c == '.' || c == ',') && !point) {
        point = true;
        chars[i] = '.';
      } else {
        digits = -1;
        break;
      }
    }
    if (digits <= 0 || length > 40) {
      throw error(position, field, trimmed, "is not an amount (expected digits with an optional"
          + " decimal mark)");
    }
    if (chars[length - 1] == '.') {
      return new BigDecimal(chars, 0, length - 1);
    }
    return new BigDecimal(chars);
  }

  /** Limits a stream to {@link #MAX_BYTES}; reading past it is an input error. */
  public static InputStream limited(InputStream in, String source) {
    return new FilterInputStream(in) {
      private long count;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) {
        count += n;
        if (count > MAX_BYTES) {
          throw error(InputPosition.ofSource(source), "file size", Long.toString(count),
              "is larger than the " + MAX_BYTES + " bytes a statement file may have");
        }
      }
    };
  }
}
