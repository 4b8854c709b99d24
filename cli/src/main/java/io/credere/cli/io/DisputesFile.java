package io.credere.cli.io;

import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputeState;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A {@code disputes} output read back as input (the state a collector carries from day to day).
 * {@code dispute_id} is {@code D-} and digits, unique in the file; one dispute per document and
 * payment; {@code reason}, {@code owner} and {@code status} are the contract's values (any letter
 * case); {@code amount} positive at most the currency's decimals; {@code due} not before
 * {@code opened}.
 *
 * <p>Ids written with the spreadsheet-safety {@code '} are read back without it, so a file
 * round-trips through {@code ./credere disputes} unchanged.
 */
public final class DisputesFile {

  /** The columns of the format, in order (all required). */
  public static final List<String> COLUMNS = List.of("dispute_id", "customer_id", "document_id",
      "payment_id", "currency", "amount", "reason", "owner", "status", "opened", "due",
      "explanation");

  /** The required columns: all but {@code explanation}. */
  public static final List<String> REQUIRED = COLUMNS.subList(0, COLUMNS.size() - 1);

  private DisputesFile() {}

  /** Reads every dispute of {@code file}, in file order. */
  public static List<DisputeRow> read(Path file, Rejects rejects) {
    Map<String, Long> ids = new HashMap<>();
    Map<String, Long> keys = new HashMap<>();
    return CsvInput.read(file, "disputes", REQUIRED, row -> {
      DisputeRow dispute = dispute(row);
      Long first = ids.putIfAbsent(dispute.disputeId(), row.line());
      if (first != null) {
        throw row.error("dispute_id", dispute.disputeId(),
            "appears twice in the disputes file (first on line " + first + ")");
      }
      first = keys.putIfAbsent(key(dispute.documentId(), dispute.paymentId()
          .map(PaymentId::value).orElse("")), row.line());
      if (first != null) {
        throw row.error("document_id", dispute.documentId().value(), "is disputed twice for "
            + "the same payment (first on line " + first + ")");
      }
      return dispute;
    }, rejects);
  }

  /** The key of a dispute: its document and payment. */
  public static String key(DocumentId document, String payment) {
    return document.value() + '\u0000' + payment;
  }

  /** One row as a dispute. */
  public static DisputeRow dispute(CsvRow row) {
    String id = ReadBack.unquoted(row.text("dispute_id"));
    if (!id.matches("D-[0-9]{1,15}")) {
      throw row.error("dispute_id", id, "is not D- followed by digits (e.g. D-000001)");
    }
    CustomerId customer = ReadBack.id(row, "customer_id", CustomerId::of);
    DocumentId document = ReadBack.id(row, "document_id", DocumentId::of);
    java.util.Optional<PaymentId> payment = row.optional("payment_id")
        .map(text -> ReadBack.id(row, "payment_id", PaymentId::of));
    CurrencyUnit currency = row.currency("currency");
    Money amount = row.money("amount", currency);
    if (!amount.isPositive()) {
      throw row.error("amount", row.text("amount"), "must be positive");
    }
    DisputeRow.Reason reason = Choices.of(row, "reason", DisputeRow.Reason.class);
    DisputeOwner owner = Choices.of(row, "owner", DisputeOwner.class);
    DisputeState status = Choices.of(row, "status", DisputeState.class);
    java.time.LocalDate opened = row.date("opened");
    java.time.LocalDate due = row.date("due");
    if (due.isBefore(opened)) {
      throw row.error("due", row.text("due"), "is before opened " + opened);
    }
    return new DisputeRow(id, customer, document, payment, amount, reason, owner, status, opened,
        due, row.optional("explanation").orElse(""), row.line());
  }
}

