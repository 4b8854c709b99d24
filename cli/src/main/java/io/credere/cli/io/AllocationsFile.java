package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@code allocate} output ({@code payment_id,customer_id,document_id,kind,amount,rule,
 * explanation}) read back as input. {@code kind} is one of the contract's kinds; {@code amount} a
 * positive plain number; a document kind ({@code ALLOCATED}, {@code DISCOUNT}, {@code WRITE_OFF},
 * {@code SHORT_PAYMENT}, {@code BANK_CHARGES}) names a document and a customer. Ids written with
 * the spreadsheet-safety {@code '} are read back without it.
 */
public final class AllocationsFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("payment_id", "customer_id", "document_id",
      "kind", "amount");

  /** The contract's kinds. */
  public static final List<String> KINDS = List.of("ALLOCATED", "DISCOUNT", "WRITE_OFF",
      "SHORT_PAYMENT", "ON_ACCOUNT", "UNAPPLIED", "BANK_CHARGES");

  /** Checks a row against other files (the ledger, the payments); throws for a bad row. */
  @FunctionalInterface
  public interface RowCheck {
    /** Throws a {@link io.credere.core.error.ValidationException} naming the column. */
    void check(CsvRow row, AllocationRow allocation);
  }

  private AllocationsFile() {}

  /** Reads every row of {@code file}, each checked by {@code check} as it is read. */
  public static List<AllocationRow> read(Path file, Rejects rejects, RowCheck check) {
    return CsvInput.read(file, "allocations", REQUIRED, row -> {
      AllocationRow allocation = allocation(row);
      check.check(row, allocation);
      return allocation;
    }, rejects);
  }

  /** One row as an allocation line. */
  public static AllocationRow allocation(CsvRow row) {
    PaymentId payment = ReadBack.id(row, "payment_id", PaymentId::of);
    String kindText = row.text("kind");
    String kind = kindText.toUpperCase(Locale.ROOT);
    if (!KINDS.contains(kind)) {
      throw row.error("kind", kindText, "is not one of " + String.join(", ", KINDS));
    }
    BigDecimal amount = row.decimal("amount");
    if (amount.signum() <= 0) {
      throw row.error("amount", row.text("amount"), "must be positive");
    }
    Optional<CustomerId> customer = row.optional("customer_id")
        .map(text -> ReadBack.id(row, "customer_id", CustomerId::of));
    Optional<DocumentId> document = row.optional("document_id")
        .map(text -> ReadBack.id(row, "document_id", DocumentId::of));
    boolean documentKind = !kind.equals("ON_ACCOUNT") && !kind.equals("UNAPPLIED");
    if (documentKind && document.isEmpty()) {
      throw row.error("document_id", null, "is missing (a " + kind + " row names a document)");
    }
    if (!kind.equals("UNAPPLIED") && customer.isEmpty()) {
      throw row.error("customer_id", null, "is missing (a " + kind + " row names a customer)");
    }
    return new AllocationRow(payment, customer, document, kind, amount, row.line());
  }
}
