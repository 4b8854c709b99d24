package io.credere.io;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.scoring.FinancialStatement;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code financials} file (customer statements). Each row is checked as the
 * scoring library takes it (total assets above zero, one currency); a customer with two rows is
 * an error naming both lines. No check is left for after the reading.
 */
public final class FinancialsFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "currency", "total_assets",
      "total_liabilities", "current_assets", "current_liabilities", "retained_earnings", "ebit",
      "sales", "book_equity");

  private FinancialsFile() {}

  /** Reads every statement of {@code file}. */
  public static List<FinancialsRow> read(Path file, Rejects rejects) {
    Map<CustomerId, Long> seen = new HashMap<>();
    return CsvInput.read(file, "financials", REQUIRED, row -> {
      FinancialsRow read = row(row);
      Long first = seen.putIfAbsent(read.customerId(), row.line());
      if (first != null) {
        throw row.error("customer_id", read.customerId().value(),
            "has more than one row in the financials file (first on line " + first + ")");
      }
      return read;
    }, rejects);
  }

  /** One row, checked. */
  public static FinancialsRow row(CsvRow row) {
    CurrencyUnit c = row.currency("currency");
    FinancialsRow read = new FinancialsRow(CustomerId.of(row.id("customer_id")),
        row.money("total_assets", c), row.money("total_liabilities", c),
        row.money("current_assets", c), row.money("current_liabilities", c),
        row.money("retained_earnings", c), row.money("ebit", c), row.money("sales", c),
        row.money("book_equity", c), row.optionalMoney("market_equity", c));
    try {
      statement(read);
    } catch (ValidationException e) {
      throw e.at(row.position(e.field()));
    }
    return read;
  }

  /** A financials row as the scoring library's statement. */
  public static FinancialStatement statement(FinancialsRow row) {
    return FinancialStatement.builder()
        .customerId(row.customerId())
        .currency(row.totalAssets().getCurrencyUnit())
        .totalAssets(row.totalAssets())
        .totalLiabilities(row.totalLiabilities())
        .currentAssets(row.currentAssets())
        .currentLiabilities(row.currentLiabilities())
        .retainedEarnings(row.retainedEarnings())
        .ebit(row.ebit())
        .sales(row.sales())
        .bookEquity(row.bookEquity())
        .marketEquity(row.marketEquity())
        .build();
  }
}
