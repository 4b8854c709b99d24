package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import java.nio.file.Path;
import java.util.List;
import org.joda.money.CurrencyUnit;

/** The contract's {@code financials} file read into {@link FinancialsRow}s. */
public final class FinancialsFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "currency", "total_assets",
      "total_liabilities", "current_assets", "current_liabilities", "retained_earnings", "ebit",
      "sales", "book_equity");

  private FinancialsFile() {}

  /** Reads every statement of {@code file}. */
  public static List<FinancialsRow> read(Path file, Rejects rejects) {
    return CsvInput.read(file, "financials", REQUIRED, row -> {
      CurrencyUnit c = row.currency("currency");
      return new FinancialsRow(LedgerFile.id(row, "customer_id", CustomerId::of),
          row.money("total_assets", c), row.money("total_liabilities", c),
          row.money("current_assets", c), row.money("current_liabilities", c),
          row.money("retained_earnings", c), row.money("ebit", c), row.money("sales", c),
          row.money("book_equity", c), row.optionalMoney("market_equity", c));
    }, rejects);
  }
}
