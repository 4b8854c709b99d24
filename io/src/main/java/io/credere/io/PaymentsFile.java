package io.credere.io;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.PaymentId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The contract's {@code payments} file read into {@link PaymentRow}s. Required
 * {@code payment_id,payment_date,currency,amount}; optional {@code customer_id},
 * {@code payer_name}, {@code payer_account}, {@code remittance}, {@code charges}. Amounts must be
 * positive, charges zero or positive; a payment id that appears twice is an error naming both
 * lines.
 */
public final class PaymentsFile {

  /** The required columns. */
  public static final List<String> REQUIRED =
      List.of("payment_id", "payment_date", "currency", "amount");

  private PaymentsFile() {}

  /** Reads every payment of {@code file}. */
  public static List<PaymentRow> read(Path file, Rejects rejects) {
    return read(file, rejects, Progress.NONE);
  }

  /** Reads every payment of {@code file}, telling {@code progress} how far it got. */
  public static List<PaymentRow> read(Path file, Rejects rejects, Progress progress) {
    return read(file, rejects, progress, ReadAhead.Settings.DEFAULT);
  }

  /**
   * Reads every payment of {@code file}; each row is made a payment on a second thread when
   * {@code settings} say so, the duplicate check and the list stay on the caller's.
   */
  static List<PaymentRow> read(Path file, Rejects rejects, Progress progress,
      ReadAhead.Settings settings) {
    Map<String, Long> seen = new HashMap<>();
    List<PaymentRow> payments = new ArrayList<>();
    CsvInput.forEach(file, "payments", REQUIRED, new RowDecoder<PaymentRow[]>() {
      @Override
      public PaymentRow[] columns(int capacity) {
        return new PaymentRow[capacity];
      }

      @Override
      public void decode(CsvRow row, PaymentRow[] rows, int i) {
        rows[i] = payment(row);
      }

      @Override
      public void accept(CsvRow row, PaymentRow[] rows, int i) {
        PaymentRow payment = rows[i];
        rows[i] = null;
        Long first = seen.putIfAbsent(payment.paymentId().value(), row.line());
        if (first != null) {
          throw row.error("payment_id", payment.paymentId().value(),
              "appears twice in the payments file (first on line " + first + ")");
        }
        payments.add(payment);
      }
    }, rejects, progress, settings);
    return payments;
  }

  /** One row as a payment, checked as the allocation library will take it. */
  public static PaymentRow payment(CsvRow row) {
    CurrencyUnit currency = row.currency("currency");
    Money amount = row.money("amount", currency);
    if (!amount.isPositive()) {
      throw row.error("amount", row.text("amount"), "must be positive (incoming cash)");
    }
    Optional<Money> charges = row.optionalMoney("charges", currency);
    if (charges.isPresent() && charges.get().isNegative()) {
      throw row.error("charges", row.text("charges"), "must be zero or positive (what the banks "
          + "deducted)");
    }
    Optional<CustomerId> customer = row.optionalId("customer_id").map(CustomerId::of);
    PaymentRow payment = new PaymentRow(PaymentId.of(row.id("payment_id")),
        row.date("payment_date"), amount, customer, row.optional("payer_name"),
        row.optional("payer_account"), row.optional("remittance"), charges, row.line());
    try {
      payment.toIncomingPayment();
    } catch (ValidationException e) {
      throw e.at(row.position(e.field()));
    }
    return payment;
  }
}
