package io.credere.examples.spark;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * Maps the rows of a {@code ledger} CSV (the file contract's columns) to core {@link OpenItem}s.
 * An invalid row is a {@link ValidationException} naming file, line and column. Serializable:
 * it holds only the header's column positions.
 */
public final class LedgerMapper implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The required columns of the contract's {@code ledger} format. */
  static final String[] REQUIRED = {"customer_id", "document_id", "document_type",
      "document_date", "due_date", "currency", "amount", "open_amount"};

  private final CsvHeader header;

  private LedgerMapper(CsvHeader header) {
    this.header = header;
  }

  /**
   * A mapper for a file with this header line.
   *
   * @param source the file name used in errors
   * @throws ValidationException when a required column is missing
   */
  public static LedgerMapper forHeader(String source, String headerLine) {
    return new LedgerMapper(CsvHeader.read(source, headerLine, REQUIRED));
  }

  /**
   * The open item of one data line.
   *
   * @param lineNumber the 1-based line in the file (the header is line 1)
   * @throws ValidationException naming file, line and column when the row is invalid
   */
  public OpenItem map(String line, long lineNumber) {
    String[] f = header.split(line, lineNumber);
    CurrencyUnit currency = header.required(f, lineNumber, "currency",
        code -> Monies.currency(code, "currency"));
    OpenItem.Builder item = OpenItem.builder()
        .customerId(header.required(f, lineNumber, "customer_id", CustomerId::of))
        .documentId(header.required(f, lineNumber, "document_id", DocumentId::of))
        .documentType(header.required(f, lineNumber, "document_type", DocumentType::parse))
        .documentDate(header.required(f, lineNumber, "document_date", CsvHeader::date))
        .dueDate(header.required(f, lineNumber, "due_date", CsvHeader::date))
        .amount(header.required(f, lineNumber, "amount",
            text -> Monies.parse(currency, text, "amount")))
        .openAmount(header.required(f, lineNumber, "open_amount",
            text -> Monies.parse(currency, text, "open_amount")))
        .reference(header.cell(f, "reference"))
        .disputed(header.optional(f, lineNumber, "disputed", LedgerMapper::bool).orElse(false));
    Optional<LocalDate> discountDate = header.optional(f, lineNumber, "discount_date",
        CsvHeader::date);
    Optional<BigDecimal> discountPercent = header.optional(f, lineNumber, "discount_percent",
        BigDecimal::new);
    if (discountDate.isPresent() && discountPercent.isPresent()) {
      EarlyPaymentDiscount discount = header.required(f, lineNumber, "discount_percent",
          text -> EarlyPaymentDiscount.of(discountDate.get(), discountPercent.get()));
      item.discount(discount);
    }
    try {
      return item.build();
    } catch (ValidationException e) {
      throw e.position().isUnknown() ? e.at(header.position(lineNumber, e.field())) : e;
    }
  }

  private static boolean bool(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ValidationException.of("disputed", Optional.of(text),
          "is not true or false");
    };
  }
}
