package io.credere.core.money;

import io.credere.core.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Splits an amount into parts that always sum exactly to the whole: instalments of a payment
 * plan, a discount spread over invoices, a payment shared by ratios.
 *
 * <p>The rule is the largest remainder method: each part first gets its exact share rounded
 * towards zero, in minor units; the minor units left over then go, one each, to the parts whose
 * exact share lost the most in that rounding; ties go to the earlier part. Hence:
 *
 * <ul>
 *   <li>the parts sum to the whole, to the minor unit;
 *   <li>every part has the whole's sign or is zero, never the other sign;
 *   <li>every part differs from its exact share by less than one minor unit;
 *   <li>the result is deterministic: the same input gives the same parts;
 *   <li>it is exact for any amount {@link Money} can hold, even one whose minor units do not fit
 *       in a {@code long}: a split never overflows and never throws an
 *       {@link ArithmeticException} (amounts beyond {@link Monies#MAX_AMOUNT} are the value
 *       types' concern, not the split's).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class MoneySplit {

  private MoneySplit() {}

  /**
   * Splits into {@code parts} equal shares, the earlier parts taking the leftover minor units
   * ({@code EUR 100.00 / 3 = 33.34, 33.33, 33.33}).
   *
   * @param parts how many parts, at least 1
   */
  public static List<Money> evenly(Money whole, int parts) {
    Checks.notNull(whole, "whole");
    Checks.positive(parts, "parts");
    return split(whole, Collections.nCopies(parts, BigInteger.ONE));
  }

  /**
   * Splits by ratios: part {@code i} is {@code whole x ratio[i] / sum(ratios)} before the
   * largest-remainder correction.
   *
   * @param ratios at least one, none negative, at least one positive
   * @throws IllegalArgumentException when a ratio is negative or all are zero
   */
  public static List<Money> byRatios(Money whole, List<BigDecimal> ratios) {
    Checks.notNull(whole, "whole");
    Checks.notNull(ratios, "ratios");
    Checks.argument(!ratios.isEmpty(), "Ratios must not be empty");
    int scale = 0;
    for (BigDecimal ratio : ratios) {
      Checks.notNull(ratio, "ratio");
      Checks.argument(ratio.signum() >= 0, "Ratio must not be negative, but was " + ratio);
      scale = Math.max(scale, ratio.scale());
    }
    List<BigInteger> weights = new ArrayList<>(ratios.size());
    for (BigDecimal ratio : ratios) {
      weights.add(ratio.setScale(scale).unscaledValue());
    }
    return split(whole, weights);
  }

  /**
   * Splits in proportion to other amounts of the same currency, by their absolute values (e.g. a
   * payment spread over invoices by their open amounts).
   *
   * @throws IllegalArgumentException when all weights are zero
   * @throws org.joda.money.CurrencyMismatchException when a weight is in another currency
   */
  public static List<Money> proportionally(Money whole, List<Money> weights) {
    Checks.notNull(whole, "whole");
    Checks.notNull(weights, "weights");
    Checks.argument(!weights.isEmpty(), "Weights must not be empty");
    List<BigInteger> minor = new ArrayList<>(weights.size());
    for (Money weight : weights) {
      Checks.notNull(weight, "weight");
      if (!weight.getCurrencyUnit().equals(whole.getCurrencyUnit())) {
        throw new org.joda.money.CurrencyMismatchException(whole.getCurrencyUnit(),
            weight.getCurrencyUnit());
      }
      minor.add(weight.getAmount().setScale(whole.getCurrencyUnit().getDecimalPlaces())
          .unscaledValue().abs());
    }
    return split(whole, minor);
  }

  private static List<Money> split(Money whole, List<BigInteger> weights) {
    BigInteger weightSum = BigInteger.ZERO;
    for (BigInteger weight : weights) {
      weightSum = weightSum.add(weight);
    }
    Checks.argument(weightSum.signum() > 0, "At least one ratio must be positive");
    CurrencyUnit currency = whole.getCurrencyUnit();
    int scale = currency.getDecimalPlaces();
    // Exact in BigInteger minor units: any amount Money can hold splits, beyond the long range too.
    BigInteger wholeMinor = whole.getAmount().setScale(scale).unscaledValue();
    int sign = wholeMinor.signum();
    BigInteger magnitude = wholeMinor.abs();

    int n = weights.size();
    BigInteger[] parts = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger assigned = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigInteger[] division = magnitude.multiply(weights.get(i)).divideAndRemainder(weightSum);
      parts[i] = division[0];
      remainders[i] = division[1];
      assigned = assigned.add(parts[i]);
    }
    // leftover < n: hand one minor unit each to the largest remainders, earlier index on ties.
    int leftover = magnitude.subtract(assigned).intValueExact();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int byRemainder = remainders[b].compareTo(remainders[a]);
      return byRemainder != 0 ? byRemainder : Integer.compare(a, b);
    });
    for (int k = 0; k < leftover; k++) {
      parts[order[k]] = parts[order[k]].add(BigInteger.ONE);
    }
    List<Money> result = new ArrayList<>(n);
    for (BigInteger part : parts) {
      result.add(Money.of(currency, new BigDecimal(sign < 0 ? part.negate() : part, scale)));
    }
    return List.copyOf(result);
  }
}
