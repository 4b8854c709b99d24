package io.credere.examples.spark;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.money.Monies;
import io.credere.scoring.SettledInvoice;
import java.io.Serializable;
import org.joda.money.CurrencyUnit;

/**
 * Maps the rows of a {@code history} CSV (settled invoices, the file contract's columns) to
 * scoring's {@link SettledInvoice}s. An invalid row is a {@link ValidationException} naming file,
 * line and column. Serializable: it holds only the header's column positions.
 */
public final class HistoryMapper implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The required columns of the contract's {@code history} format. */
  static final String[] REQUIRED = {"customer_id", "document_id", "amount", "currency",
      "due_date", "paid_date"};

  private final CsvHeader header;

  private HistoryMapper(CsvHeader header) {
    this.header = header;
  }

  /**
   * A mapper for a file with this header line.
   *
   * @param source the file name used in errors
   * @throws ValidationException when a required column is missing
   */
  public static HistoryMapper forHeader(String source, String headerLine) {
    return new HistoryMapper(CsvHeader.read(source, headerLine, REQUIRED));
  }

  /**
   * The settled invoice of one data line.
   *
   * @param lineNumber the 1-based line in the file (the header is line 1)
   * @throws ValidationException naming file, line and column when the row is invalid
   */
  public SettledInvoice map(String line, long lineNumber) {
    String[] f = header.split(line, lineNumber);
    CurrencyUnit currency = header.required(f, lineNumber, "currency",
        code -> Monies.currency(code, "currency"));
    try {
      return SettledInvoice.builder()
          .customerId(header.required(f, lineNumber, "customer_id", CustomerId::of))
          .documentId(header.required(f, lineNumber, "document_id", DocumentId::of))
          .amount(header.required(f, lineNumber, "amount",
              text -> Monies.parse(currency, text, "amount")))
          .dueDate(header.required(f, lineNumber, "due_date", CsvHeader::date))
          .paidDate(header.required(f, lineNumber, "paid_date", CsvHeader::date))
          .documentDate(header.optional(f, lineNumber, "document_date", CsvHeader::date))
          .build();
    } catch (ValidationException e) {
      throw e.position().isUnknown() ? e.at(header.position(lineNumber, e.field())) : e;
    }
  }
}
