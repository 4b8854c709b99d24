package io.credere.scoring;

import io.credere.core.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The 1-100 payment index on the PAYDEX-style scale of the file contract, from the
 * amount-weighted days beyond terms: 100 = pays 30 or more days early, 90 = 20 days early, 80 =
 * on the due date, 70 = 15 days late, 60 = 22, 50 = 30, 40 = 60, 30 = 90, 20 = 120; linear
 * between those points; past 120 days one point less for every 3 further days, never below 1;
 * rounded HALF_EVEN to an integer. Higher is better.
 *
 * <p>Stateless and thread-safe.
 */
public final class PaymentIndex {

  /** Days beyond terms of the anchor points, ascending. */
  private static final int[] DAYS = {-30, -20, 0, 15, 22, 30, 60, 90, 120};
  /** The index at each anchor point. */
  private static final int[] INDEX = {100, 90, 80, 70, 60, 50, 40, 30, 20};

  /** The best index. */
  public static final int MAX = 100;
  /** The worst index. */
  public static final int MIN = 1;

  private PaymentIndex() {}

  /**
   * The index for weighted days beyond terms {@code days} (negative: paid early).
   *
   * @param days the amount-weighted mean days beyond terms, any scale (the CLI passes the value
   *     rounded to 1 decimal that it shows)
   */
  public static int of(BigDecimal days) {
    Checks.notNull(days, "days");
    return exact(days).setScale(0, RoundingMode.HALF_EVEN).max(BigDecimal.valueOf(MIN))
        .intValueExact();
  }

  /** The index before rounding (not yet floored at 1), 10 decimals. */
  static BigDecimal exact(BigDecimal days) {
    if (days.compareTo(BigDecimal.valueOf(DAYS[0])) <= 0) {
      return BigDecimal.valueOf(MAX);
    }
    int last = DAYS.length - 1;
    if (days.compareTo(BigDecimal.valueOf(DAYS[last])) > 0) {
      BigDecimal beyond = days.subtract(BigDecimal.valueOf(DAYS[last]))
          .divide(BigDecimal.valueOf(3), 10, RoundingMode.HALF_EVEN);
      return BigDecimal.valueOf(INDEX[last]).subtract(beyond);
    }
    int i = 1;
    while (days.compareTo(BigDecimal.valueOf(DAYS[i])) > 0) {
      i++;
    }
    BigDecimal d0 = BigDecimal.valueOf(DAYS[i - 1]);
    BigDecimal span = BigDecimal.valueOf(DAYS[i] - DAYS[i - 1]);
    BigDecimal drop = BigDecimal.valueOf(INDEX[i] - INDEX[i - 1]);
    return BigDecimal.valueOf(INDEX[i - 1]).add(days.subtract(d0).multiply(drop)
        .divide(span, 10, RoundingMode.HALF_EVEN));
  }
}
