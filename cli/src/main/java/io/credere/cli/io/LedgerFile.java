package io.credere.cli.io;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;

/**
 * The contract's {@code ledger} file (open items) read into {@link OpenItem}s. A document id
 * that appears twice is an error naming both lines.
 */
public final class LedgerFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("customer_id", "document_id",
      "document_type", "document_date", "due_date", "currency", "amount", "open_amount");

  private LedgerFile() {}

  /** Reads every open item of {@code file}. */
  public static List<OpenItem> read(Path file, Rejects rejects) {
    Map<String, Long> seen = new HashMap<>();
    return CsvInput.read(file, "ledger", REQUIRED, row -> {
      OpenItem item = item(row);
      Long first = seen.putIfAbsent(item.documentId().value(), row.line());
      if (first != null) {
        throw row.error("document_id", item.documentId().value(),
            "appears twice in the ledger (first on line " + first + ")");
      }
      return item;
    }, rejects);
  }

  /** One row as an open item. */
  public static OpenItem item(CsvRow row) {
    CurrencyUnit currency = row.currency("currency");
    DocumentType type;
    try {
      type = DocumentType.parse(row.text("document_type"));
    } catch (ValidationException e) {
      throw e.at(row.position("document_type"));
    }
    Optional<LocalDate> discountDate = row.optionalDate("discount_date");
    Optional<BigDecimal> discountPercent = row.optionalDecimal("discount_percent");
    if (discountDate.isPresent() != discountPercent.isPresent()) {
      String missing = discountDate.isPresent() ? "discount_percent" : "discount_date";
      throw row.error(missing, null, "is missing (discount_date and discount_percent go together)");
    }
    OpenItem.Builder builder = OpenItem.builder()
        .customerId(id(row, "customer_id", CustomerId::of))
        .documentId(id(row, "document_id", DocumentId::of))
        .documentType(type)
        .documentDate(row.date("document_date"))
        .dueDate(row.date("due_date"))
        .amount(row.money("amount", currency))
        .openAmount(row.money("open_amount", currency))
        .reference(row.optional("reference"))
        .disputed(row.flag("disputed"));
    if (discountDate.isPresent()) {
      BigDecimal percent = discountPercent.get();
      if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
        throw row.error("discount_percent", percent.toPlainString(),
            "must be above 0 and below 100");
      }
      builder.discount(EarlyPaymentDiscount.of(discountDate.get(), percent));
    }
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw e.at(row.position(e.field()));
    }
  }

  static <T> T id(CsvRow row, String column, java.util.function.Function<String, T> factory) {
    String value = row.text(column);
    try {
      return factory.apply(value);
    } catch (IllegalArgumentException e) {
      throw row.error(column, value, "is not a valid identifier (" + e.getMessage() + ")");
    }
  }
}
