package io.credere.io;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.item.OpenItemColumns;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The one copy of the ledger row's rules: a row decoded into primitive fields (ids as byte
 * ranges, dates as epoch days, amounts in minor units), every rule of the contract and of
 * {@link OpenItem} checked, so that a row the aging fast path takes is exactly a row
 * {@link LedgerFile#item} accepts. Reused from row to row; not thread-safe.
 */
final class LedgerRecord {

  private static final byte[][] TYPES = new byte[DocumentType.values().length][];

  static {
    for (DocumentType type : DocumentType.values()) {
      TYPES[type.ordinal()] = type.name().getBytes(StandardCharsets.US_ASCII);
    }
  }

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final DocumentType[] TYPE_VALUES = DocumentType.values();

  // the column indexes of the header last seen (-1 when absent)
  private CsvHeader bound;
  private int cCustomer;
  private int cDocument;
  private int cType;
  private int cDocumentDate;
  private int cDue;
  private int cCurrency;
  private int cAmount;
  private int cOpen;
  private int cDisputed;
  private int cDiscountDate;
  private int cDiscountPercent;
  private int cReference;

  CsvRow row;
  byte[] customerBytes;
  int customerStart;
  int customerEnd;
  /** {@link DocumentIds#hash} of the customer id's bytes. */
  long customerHash;
  byte[] documentBytes;
  int documentStart;
  int documentEnd;
  /** {@link DocumentIds#hash} of the document id's bytes. */
  long documentHash;
  DocumentType type;
  int documentDay;
  int dueDay;
  CurrencyUnit currency;
  long amount;
  long open;
  boolean disputed;
  int discountDay;
  BigDecimal discountPercent;

  /** Reads and checks one row; throws the row's first error. */
  void decode(CsvRow row) {
    this.row = row;
    if (row.header() != bound) {
      bind(row.header());
    }
    currency = row.currency(cCurrency, "currency");
    type = type(row, cType);
    boolean hasDiscountDate = !row.isBlank(cDiscountDate);
    boolean hasDiscountPercent = !row.isBlank(cDiscountPercent);
    discountDay = hasDiscountDate ? row.epochDay(cDiscountDate, "discount_date") : 0;
    discountPercent = hasDiscountPercent ? row.decimal("discount_percent") : null;
    if (hasDiscountDate != hasDiscountPercent) {
      String missing = hasDiscountDate ? "discount_percent" : "discount_date";
      throw row.error(missing, null, "is missing (discount_date and discount_percent go together)");
    }
    id(row, cCustomer, "customer_id", true);
    id(row, cDocument, "document_id", false);
    documentDay = row.epochDay(cDocumentDate, "document_date");
    dueDay = row.epochDay(cDue, "due_date");
    amount = row.minor(cAmount, "amount", currency);
    open = row.minor(cOpen, "open_amount", currency);
    disputed = row.flag(cDisputed, "disputed");
    if (discountPercent != null
        && (discountPercent.signum() <= 0 || discountPercent.compareTo(HUNDRED) >= 0)) {
      throw row.error("discount_percent", discountPercent.toPlainString(),
          "must be above 0 and below 100");
    }
    int sign = type.sign();
    if (Long.signum(amount) == -sign) {
      throw row.error("amount", money(amount).toString(), "has the wrong sign for " + type + " "
          + documentId() + " (expected " + (sign > 0 ? "positive" : "negative") + ")");
    }
    if (Long.signum(open) == -sign) {
      throw row.error("open_amount", money(open).toString(), "has the wrong sign for " + type
          + " " + documentId() + " (expected " + (sign > 0 ? "positive" : "negative")
          + " or zero)");
    }
    if (Math.abs(open) > Math.abs(amount)) {
      throw row.error("open_amount", money(open).toString(), "exceeds document amount "
          + money(amount) + " for " + documentId());
    }
  }

  private void bind(CsvHeader header) {
    bound = header;
    cCustomer = header.indexOf("customer_id");
    cDocument = header.indexOf("document_id");
    cType = header.indexOf("document_type");
    cDocumentDate = header.indexOf("document_date");
    cDue = header.indexOf("due_date");
    cCurrency = header.indexOf("currency");
    cAmount = header.indexOf("amount");
    cOpen = header.indexOf("open_amount");
    cDisputed = header.indexOf("disputed");
    cDiscountDate = header.indexOf("discount_date");
    cDiscountPercent = header.indexOf("discount_percent");
    cReference = header.indexOf("reference");
  }

  private static DocumentType type(CsvRow row, int at) {
    int s = row.trimmedStart(at);
    int e = row.trimmedEnd(at, s);
    byte[] b = row.buffer();
    for (DocumentType type : TYPE_VALUES) {
      byte[] name = TYPES[type.ordinal()];
      if (Arrays.equals(b, s, e, name, 0, name.length)) {
        return type;
      }
    }
    String text = row.text("document_type");
    try {
      return DocumentType.parse(text);
    } catch (ValidationException ex) {
      throw ex.at(row.position("document_type"));
    }
  }

  /** Sets the byte range of an id column, checked for presence and length. */
  private void id(CsvRow row, int at, String column, boolean customer) {
    byte[] bytes;
    int s;
    int e;
    if (row.nonAscii()) {
      bytes = row.id(column).getBytes(StandardCharsets.UTF_8);
      s = 0;
      e = bytes.length;
    } else {
      bytes = row.buffer();
      s = row.trimmedStart(at);
      e = row.trimmedEnd(at, s);
      if (s >= e) {
        throw row.error(column, null, "is missing");
      }
      if (e - s > CsvRow.MAX_ID_LENGTH) {
        row.id(column);
      }
    }
    if (customer) {
      customerBytes = bytes;
      customerStart = s;
      customerEnd = e;
      customerHash = DocumentIds.hash(bytes, s, e);
    } else {
      documentBytes = bytes;
      documentStart = s;
      documentEnd = e;
      documentHash = DocumentIds.hash(bytes, s, e);
    }
  }

  String documentId() {
    return new String(documentBytes, documentStart, documentEnd - documentStart,
        StandardCharsets.UTF_8);
  }

  String customerId() {
    return new String(customerBytes, customerStart, customerEnd - customerStart,
        StandardCharsets.UTF_8);
  }

  private Money money(long minor) {
    return Money.ofMinor(currency, minor);
  }

  /** The decoded row as an open item, made of new objects. */
  OpenItem toItem() {
    return toItem(null);
  }

  /**
   * The decoded row as an open item whose customer id and dates are {@code shared} with the
   * file's other items (when not null), and whose open amount is its amount's instance when the
   * two are equal.
   */
  OpenItem toItem(SharedValues shared) {
    Money amountMoney = money(amount);
    CustomerId customer = shared == null ? CustomerId.of(customerId())
        : shared.customer(customerBytes, customerStart, customerEnd, customerHash);
    OpenItem.Builder builder = OpenItem.builder()
        .customerId(customer)
        .documentId(DocumentId.of(documentId()))
        .documentType(type)
        .documentDate(date(shared, documentDay))
        .dueDate(date(shared, dueDay))
        .amount(amountMoney)
        .openAmount(open == amount ? amountMoney
            : open == 0 && shared != null ? shared.zero(currency) : money(open))
        .reference(row.optional(cReference))
        .disputed(disputed);
    if (discountPercent != null) {
      builder.discount(EarlyPaymentDiscount.of(date(shared, discountDay), discountPercent));
    }
    try {
      return builder.build();
    } catch (ValidationException e) {
      throw e.at(row.position(e.field()));
    }
  }

  /**
   * Adds the decoded row to {@code columns}, its customer id and discount date {@code shared}
   * with the file's other rows (when not null), under the same rules as {@link #toItem}.
   */
  void addTo(OpenItemColumns.Builder columns, SharedValues shared) {
    CustomerId customer = shared == null ? CustomerId.of(customerId())
        : shared.customer(customerBytes, customerStart, customerEnd, customerHash);
    Optional<EarlyPaymentDiscount> discount = discountPercent == null ? Optional.empty()
        : Optional.of(EarlyPaymentDiscount.of(date(shared, discountDay), discountPercent));
    try {
      columns.add(customer, documentBytes, documentStart, documentEnd, type, documentDay, dueDay,
          currency, amount, open, row.optional(cReference), disputed, discount);
    } catch (ValidationException e) {
      throw e.at(row.position(e.field()));
    }
  }

  private static LocalDate date(SharedValues shared, int day) {
    return shared == null ? LocalDate.ofEpochDay(day) : shared.date(day);
  }

}
