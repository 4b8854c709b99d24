package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.nio.file.Path;
import java.util.List;
import org.joda.money.CurrencyUnit;

/** The contract's {@code history} file (settled invoices) read into {@link SettledInvoiceRow}s. */
public final class HistoryFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "document_id", "amount",
      "currency", "due_date", "paid_date");

  private HistoryFile() {}

  /** Reads every settled invoice of {@code file}. */
  public static List<SettledInvoiceRow> read(Path file, Rejects rejects) {
    return CsvInput.read(file, "history", REQUIRED, row -> {
      CurrencyUnit currency = row.currency("currency");
      return new SettledInvoiceRow(LedgerFile.id(row, "customer_id", CustomerId::of),
          LedgerFile.id(row, "document_id", DocumentId::of), row.money("amount", currency),
          row.date("due_date"), row.date("paid_date"), row.optionalDate("document_date"));
    }, rejects);
  }
}
