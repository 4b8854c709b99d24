package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.PaymentId;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The contract's {@code payments} file read into {@link PaymentRow}s. Amounts must be positive; a
 * payment id that appears twice is an error naming both lines.
 */
public final class PaymentsFile {

  /** The required columns. */
  public static final List<String> REQUIRED =
      List.of("payment_id", "payment_date", "currency", "amount");

  private PaymentsFile() {}

  /** Reads every payment of {@code file}. */
  public static List<PaymentRow> read(Path file, Rejects rejects) {
    Map<String, Long> seen = new HashMap<>();
    return CsvInput.read(file, "payments", REQUIRED, row -> {
      PaymentRow payment = payment(row);
      Long first = seen.putIfAbsent(payment.paymentId().value(), row.line());
      if (first != null) {
        throw row.error("payment_id", payment.paymentId().value(),
            "appears twice in the payments file (first on line " + first + ")");
      }
      return payment;
    }, rejects);
  }

  /** One row as a payment. */
  public static PaymentRow payment(CsvRow row) {
    CurrencyUnit currency = row.currency("currency");
    Money amount = row.money("amount", currency);
    if (!amount.isPositive()) {
      throw row.error("amount", row.text("amount"), "must be positive (incoming cash)");
    }
    Optional<CustomerId> customer = row.optional("customer_id")
        .map(text -> LedgerFile.id(row, "customer_id", CustomerId::of));
    Optional<Money> charges = row.optionalMoney("charges", currency);
    if (charges.isPresent() && charges.get().isNegative()) {
      throw row.error("charges", row.text("charges"), "must be zero or positive (charges the "
          + "bank deducted from the payment)");
    }
    return new PaymentRow(LedgerFile.id(row, "payment_id", PaymentId::of),
        row.date("payment_date"), amount, customer, row.optional("payer_name"),
        row.optional("payer_account"), row.optional("remittance"), charges, row.line());
  }
}
