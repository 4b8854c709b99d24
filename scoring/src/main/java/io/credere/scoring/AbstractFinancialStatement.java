package io.credere.scoring;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A customer's financial statement figures as the Altman models and the ratio analysis read
 * them: balance sheet totals, working capital items, retained earnings, EBIT, sales, book equity
 * and, for listed companies, market equity. Inventory, cash and interest expense are optional
 * and feed the quick ratio and interest cover.
 *
 * <p>Invariants: every amount is in {@link #currency()}; total assets are positive; total
 * liabilities, current assets and current liabilities are not negative. Use the generated
 * {@code FinancialStatement.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractFinancialStatement {

  /** The customer the statement belongs to. */
  public abstract CustomerId customerId();

  /** The currency every figure is in. */
  public abstract CurrencyUnit currency();

  /** Total assets; positive. */
  public abstract Money totalAssets();

  /** Total liabilities (current and long-term); not negative. */
  public abstract Money totalLiabilities();

  /** Current assets. */
  public abstract Money currentAssets();

  /** Current liabilities. */
  public abstract Money currentLiabilities();

  /** Retained earnings (may be negative: accumulated losses). */
  public abstract Money retainedEarnings();

  /** Earnings before interest and taxes (may be negative). */
  public abstract Money ebit();

  /** Net sales of the period. */
  public abstract Money sales();

  /** Book value of equity (net worth; may be negative). */
  public abstract Money bookEquity();

  /** Market value of equity, for listed companies; absent otherwise. */
  public abstract Optional<Money> marketEquity();

  /** Inventories, when known (quick ratio). */
  public abstract Optional<Money> inventory();

  /** Interest expense of the period, when known (interest cover). */
  public abstract Optional<Money> interestExpense();

  /** Working capital: current assets minus current liabilities. */
  public final Money workingCapital() {
    return currentAssets().minus(currentLiabilities());
  }

  @Value.Check
  void check() {
    String id = customerId().value();
    for (Money amount : new Money[] {totalAssets(), totalLiabilities(), currentAssets(),
        currentLiabilities(), retainedEarnings(), ebit(), sales(), bookEquity()}) {
      sameCurrency(amount, id);
    }
    marketEquity().ifPresent(m -> sameCurrency(m, id));
    inventory().ifPresent(m -> sameCurrency(m, id));
    interestExpense().ifPresent(m -> sameCurrency(m, id));
    if (!totalAssets().isPositive()) {
      throw ValidationException.of("total_assets", Optional.of(totalAssets().toString()),
          "must be positive for " + id);
    }
    notNegative("total_liabilities", totalLiabilities(), id);
    notNegative("current_assets", currentAssets(), id);
    notNegative("current_liabilities", currentLiabilities(), id);
  }

  private void sameCurrency(Money amount, String id) {
    if (!amount.getCurrencyUnit().equals(currency())) {
      throw ValidationException.of("currency", Optional.of(amount.toString()),
          "is not in the statement currency " + currency() + " of " + id);
    }
  }

  private static void notNegative(String field, Money amount, String id) {
    if (amount.isNegative()) {
      throw ValidationException.of(field, Optional.of(amount.toString()),
          "must not be negative for " + id);
    }
  }
}
