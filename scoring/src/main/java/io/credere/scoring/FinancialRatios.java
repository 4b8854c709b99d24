package io.credere.scoring;

import io.credere.core.Checks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The classic credit ratios of a {@link FinancialStatement}, each with 4 decimals (HALF_EVEN)
 * and empty where its denominator is zero or an input is missing (never an infinity).
 *
 * <ul>
 *   <li>current ratio = current assets / current liabilities;
 *   <li>quick ratio = (current assets - inventory) / current liabilities (needs inventory);
 *   <li>debt to equity = total liabilities / book equity (empty when equity is not positive);
 *   <li>interest cover = EBIT / interest expense (needs interest expense);
 *   <li>equity ratio = book equity / total assets;
 *   <li>return on assets = EBIT / total assets.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class FinancialRatios {

  /** Decimals of every ratio. */
  public static final int SCALE = 4;

  private final FinancialStatement statement;

  private FinancialRatios(FinancialStatement statement) {
    this.statement = statement;
  }

  /** The ratios of {@code statement}. */
  public static FinancialRatios of(FinancialStatement statement) {
    return new FinancialRatios(Checks.notNull(statement, "statement"));
  }

  /** The statement the ratios are computed from. */
  public FinancialStatement statement() {
    return statement;
  }

  /** Current assets / current liabilities. */
  public Optional<BigDecimal> currentRatio() {
    return ratio(statement.currentAssets(), statement.currentLiabilities());
  }

  /** (Current assets - inventory) / current liabilities; empty without inventory. */
  public Optional<BigDecimal> quickRatio() {
    return statement.inventory().flatMap(inventory ->
        ratio(statement.currentAssets().minus(inventory), statement.currentLiabilities()));
  }

  /** Total liabilities / book equity; empty when equity is zero or negative. */
  public Optional<BigDecimal> debtToEquity() {
    return statement.bookEquity().isPositive()
        ? ratio(statement.totalLiabilities(), statement.bookEquity()) : Optional.empty();
  }

  /** EBIT / interest expense; empty without (or with zero) interest expense. */
  public Optional<BigDecimal> interestCover() {
    return statement.interestExpense().flatMap(interest -> ratio(statement.ebit(), interest));
  }

  /** Book equity / total assets. */
  public Optional<BigDecimal> equityRatio() {
    return ratio(statement.bookEquity(), statement.totalAssets());
  }

  /** EBIT / total assets. */
  public Optional<BigDecimal> returnOnAssets() {
    return ratio(statement.ebit(), statement.totalAssets());
  }

  private static Optional<BigDecimal> ratio(Money numerator, Money denominator) {
    if (denominator.isZero()) {
      return Optional.empty();
    }
    return Optional.of(numerator.getAmount().divide(denominator.getAmount(), SCALE,
        RoundingMode.HALF_EVEN));
  }
}
