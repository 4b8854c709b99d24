package io.credere.io;

/**
 * The contract's amounts, dates and flags read straight from bytes: one copy of each rule, used
 * by every reader of this package. Errors are sentinel values; {@link CsvRow} turns them into
 * messages.
 */
final class Numbers {

  /** The largest amount the contract allows, in major units: 10^15. */
  static final long MAX_MAJOR = 1_000_000_000_000_000L;

  static final long NOT_AN_AMOUNT = Long.MAX_VALUE - 2;
  static final long TOO_MANY_DECIMALS = Long.MAX_VALUE - 1;
  static final long TOO_LARGE = Long.MAX_VALUE;

  static final int NOT_A_DATE = Integer.MIN_VALUE;
  static final int DATE_OUT_OF_RANGE = Integer.MIN_VALUE + 1;

  /** Epoch days of 1900-01-01 and 2999-12-31. */
  static final int FIRST_DAY = -25567;
  static final int LAST_DAY = 376199;

  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
      10_000_000L, 100_000_000L, 1_000_000_000L};

  private Numbers() {}

  /** Whitespace as {@link String#strip()} sees it, for ASCII bytes. */
  static boolean isSpace(byte b) {
    return b == ' ' || (b >= 9 && b <= 13) || (b >= 28 && b <= 31);
  }

  /**
   * The minor units of a plain decimal ({@code -12.5}, {@code +3}, {@code .5}, {@code 7.}) at
   * {@code scale} decimals; more decimals only when they are zeros. A sentinel for text that is
   * not an amount, has too many decimals, or exceeds 10^15 in absolute value.
   */
  static long minor(byte[] b, int s, int e, int scale) {
    if (e - s > 40) {
      return NOT_AN_AMOUNT;
    }
    int i = s;
    boolean negative = false;
    if (i < e && (b[i] == '-' || b[i] == '+')) {
      negative = b[i] == '-';
      i++;
    }
    long whole = 0;
    int digits = 0;
    boolean large = false;
    while (i < e) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        break;
      }
      if (whole > MAX_MAJOR) {
        large = true;
      } else {
        whole = whole * 10 + d;
      }
      digits++;
      i++;
    }
    long fraction = 0;
    int decimals = 0;
    boolean excess = false;
    if (i < e && b[i] == '.') {
      i++;
      while (i < e) {
        int d = b[i] - '0';
        if (d < 0 || d > 9) {
          return NOT_AN_AMOUNT;
        }
        if (decimals < scale) {
          fraction = fraction * 10 + d;
          decimals++;
        } else if (d != 0) {
          excess = true;
        }
        digits++;
        i++;
      }
    }
    if (i != e || digits == 0) {
      return NOT_AN_AMOUNT;
    }
    if (excess) {
      return TOO_MANY_DECIMALS;
    }
    if (large || whole > MAX_MAJOR || whole == MAX_MAJOR && fraction > 0) {
      return TOO_LARGE;
    }
    if (whole > Long.MAX_VALUE / POWERS[scale] / 2) {
      return TOO_LARGE;
    }
    long value = whole * POWERS[scale] + fraction * POWERS[scale - decimals];
    return negative ? -value : value;
  }

  /** Whether the text is a plain decimal ({@code -12.5}, {@code .5}, {@code 7.}), at most 40 long. */
  static boolean isPlainDecimal(String text) {
    byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    return minor(b, 0, b.length, 0) != NOT_AN_AMOUNT;
  }

  /**
   * The epoch day of {@code yyyy-MM-dd} (a real calendar date), {@link #NOT_A_DATE} for other
   * text, {@link #DATE_OUT_OF_RANGE} outside 1900-01-01 to 2999-12-31.
   */
  static int epochDay(byte[] b, int s, int e) {
    if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-') {
      return NOT_A_DATE;
    }
    int year = digits(b, s, s + 4);
    int month = digits(b, s + 5, s + 7);
    int day = digits(b, s + 8, s + 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      return NOT_A_DATE;
    }
    if (year < 1900 || year > 2999) {
      return DATE_OUT_OF_RANGE;
    }
    // days from the civil date (proleptic Gregorian), as LocalDate.toEpochDay() counts them
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }

  private static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  private static int digits(byte[] b, int s, int e) {
    int value = 0;
    for (int i = s; i < e; i++) {
      int d = b[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      value = value * 10 + d;
    }
    return value;
  }

  /** 1 for true, 0 for false or blank ({@code s >= e}), -1 otherwise; any case. */
  static int flag(byte[] b, int s, int e) {
    int n = e - s;
    if (n <= 0) {
      return 0;
    }
    if (n == 4 && (b[s] | 0x20) == 't' && (b[s + 1] | 0x20) == 'r' && (b[s + 2] | 0x20) == 'u'
        && (b[s + 3] | 0x20) == 'e') {
      return 1;
    }
    if (n == 5 && (b[s] | 0x20) == 'f' && (b[s + 1] | 0x20) == 'a' && (b[s + 2] | 0x20) == 'l'
        && (b[s + 3] | 0x20) == 's' && (b[s + 4] | 0x20) == 'e') {
      return 0;
    }
    return -1;
  }

  /**
   * Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above
   * U+10FFFF), as a strict decoder sees them.
   */
  static boolean isUtf8(byte[] b, int s, int e) {
    int i = s;
    while (i < e) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        return false;
      }
      if (i + need >= e) {
        return false;
      }
      int code = c & (0x3F >> need);
      for (int k = 1; k <= need; k++) {
        int next = b[i + k] & 0xFF;
        if ((next & 0xC0) != 0x80) {
          return false;
        }
        code = (code << 6) | (next & 0x3F);
      }
      if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
        return false;
      }
      i += need + 1;
    }
    return true;
  }
}
