package io.credere.io;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.scoring.SettledInvoice;
import java.nio.file.Path;
import java.util.List;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code history} file (settled invoices). Required
 * {@code customer_id,document_id,amount,currency,due_date,paid_date}; optional
 * {@code document_date}. Each row is checked as the scoring library takes it, so no error is
 * left for after the reading.
 */
public final class HistoryFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "document_id", "amount",
      "currency", "due_date", "paid_date");

  private HistoryFile() {}

  /** Reads every settled invoice of {@code file}. */
  public static List<SettledInvoiceRow> read(Path file, Rejects rejects) {
    return CsvInput.read(file, "history", REQUIRED, HistoryFile::row, rejects);
  }

  /** One row, checked. */
  public static SettledInvoiceRow row(CsvRow row) {
    CurrencyUnit currency = row.currency("currency");
    SettledInvoiceRow settled = new SettledInvoiceRow(CustomerId.of(row.id("customer_id")),
        DocumentId.of(row.id("document_id")), row.money("amount", currency),
        row.date("due_date"), row.date("paid_date"), row.optionalDate("document_date"));
    try {
      invoice(settled);
    } catch (ValidationException e) {
      throw e.at(row.position(e.field()));
    }
    return settled;
  }

  /** One row as the scoring library's settled invoice (for hosts that split files). */
  public static SettledInvoice invoice(CsvRow row) {
    return invoice(row(row));
  }

  /** A history row as the scoring library's settled invoice. */
  public static SettledInvoice invoice(SettledInvoiceRow row) {
    return SettledInvoice.builder()
        .customerId(row.customerId())
        .documentId(row.documentId())
        .amount(row.amount())
        .dueDate(row.dueDate())
        .paidDate(row.paidDate())
        .documentDate(row.documentDate())
        .build();
  }

  /** A mapper of single CSV lines of a history file whose header line is {@code headerLine}. */
  public static CsvLines.Mapper<SettledInvoice> lineMapper(String source, String headerLine) {
    return CsvLines.mapper(source, headerLine, "history", REQUIRED, HistoryFile::invoice);
  }
}
