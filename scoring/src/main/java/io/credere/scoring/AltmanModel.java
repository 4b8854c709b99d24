package io.credere.scoring;

import io.credere.core.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Altman's Z score models, each with its published coefficients and zone cut-offs. The ratios
 * are X1 = working capital / total assets, X2 = retained earnings / total assets, X3 = EBIT /
 * total assets, X4 = equity / total liabilities (market equity for {@link #Z}, book equity for
 * the others), X5 = sales / total assets.
 *
 * <ul>
 *   <li>{@link #Z} (Altman 1968, public manufacturers): 1.2 X1 + 1.4 X2 + 3.3 X3 + 0.6 X4 +
 *       1.0 X5; safe above 2.99, distress below 1.81.
 *   <li>{@link #Z_PRIME} (Z', private firms, 1983): 0.717 X1 + 0.847 X2 + 3.107 X3 + 0.420 X4 +
 *       0.998 X5; safe above 2.9, distress below 1.23.
 *   <li>{@link #Z_DOUBLE_PRIME} (Z'', non-manufacturers and emerging markets, 1995): 6.56 X1 +
 *       3.26 X2 + 6.72 X3 + 1.05 X4; safe above 2.60, distress below 1.10.
 * </ul>
 *
 * <p>The score is rounded HALF_EVEN to 2 decimals and the zone is read from the rounded score,
 * so the zone always agrees with the figure a person sees. Ratios are computed to 12 decimals.
 */
public enum AltmanModel {
  /** The original 1968 Z for publicly traded manufacturers (needs market equity). */
  Z("Z", "1.2", "1.4", "3.3", "0.6", "1.0", "2.99", "1.81", true),
  /** Z' for private firms (book equity). */
  Z_PRIME("Z'", "0.717", "0.847", "3.107", "0.420", "0.998", "2.9", "1.23", false),
  /** Z'' for non-manufacturers, private companies and emerging markets (book equity, no sales). */
  Z_DOUBLE_PRIME("Z''", "6.56", "3.26", "6.72", "1.05", "0", "2.60", "1.10", false);

  private static final int RATIO_SCALE = 12;

  private final String label;
  private final List<BigDecimal> coefficients;
  private final BigDecimal safeAbove;
  private final BigDecimal distressBelow;
  private final boolean marketEquity;

  AltmanModel(String label, String c1, String c2, String c3, String c4, String c5,
      String safeAbove, String distressBelow, boolean marketEquity) {
    this.label = label;
    this.coefficients = List.of(new BigDecimal(c1), new BigDecimal(c2), new BigDecimal(c3),
        new BigDecimal(c4), new BigDecimal(c5));
    this.safeAbove = new BigDecimal(safeAbove);
    this.distressBelow = new BigDecimal(distressBelow);
    this.marketEquity = marketEquity;
  }

  /** The model's name as written in reports: {@code Z}, {@code Z'} or {@code Z''}. */
  public String label() {
    return label;
  }

  /** The coefficients of X1 to X5 (X5's is 0 for Z''). */
  public List<BigDecimal> coefficients() {
    return coefficients;
  }

  /** The upper cut-off: a score above it is {@link AltmanZone#SAFE}. */
  public BigDecimal safeAbove() {
    return safeAbove;
  }

  /** The lower cut-off: a score below it is {@link AltmanZone#DISTRESS}. */
  public BigDecimal distressBelow() {
    return distressBelow;
  }

  /** Whether X4 uses market equity (only {@link #Z}). */
  public boolean usesMarketEquity() {
    return marketEquity;
  }

  /** The zone of a (rounded) score under this model's cut-offs. */
  public AltmanZone zone(BigDecimal score) {
    if (score.compareTo(safeAbove) > 0) {
      return AltmanZone.SAFE;
    }
    return score.compareTo(distressBelow) < 0 ? AltmanZone.DISTRESS : AltmanZone.GREY;
  }

  /**
   * Scores a statement. Empty when the model cannot be applied: total liabilities are zero (X4
   * has no value) or, for {@link #Z}, market equity is missing.
   */
  public Optional<AltmanResult> score(FinancialStatement statement) {
    Checks.notNull(statement, "statement");
    if (statement.totalLiabilities().isZero()
        || (marketEquity && statement.marketEquity().isEmpty())) {
      return Optional.empty();
    }
    Money equity = marketEquity ? statement.marketEquity().orElseThrow() : statement.bookEquity();
    List<BigDecimal> ratios = List.of(
        ratio(statement.workingCapital(), statement.totalAssets()),
        ratio(statement.retainedEarnings(), statement.totalAssets()),
        ratio(statement.ebit(), statement.totalAssets()),
        ratio(equity, statement.totalLiabilities()),
        ratio(statement.sales(), statement.totalAssets()));
    BigDecimal z = BigDecimal.ZERO;
    for (int i = 0; i < ratios.size(); i++) {
      z = z.add(coefficients.get(i).multiply(ratios.get(i)));
    }
    BigDecimal rounded = z.setScale(2, RoundingMode.HALF_EVEN);
    return Optional.of(AltmanResult.builder()
        .model(this)
        .addAllRatios(ratios)
        .score(rounded)
        .zone(zone(rounded))
        .build());
  }

  private static BigDecimal ratio(Money numerator, Money denominator) {
    return numerator.getAmount().divide(denominator.getAmount(), RATIO_SCALE,
        RoundingMode.HALF_EVEN);
  }
}
