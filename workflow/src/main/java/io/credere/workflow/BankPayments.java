package io.credere.workflow;

import io.credere.allocation.IncomingPayment;
import io.credere.core.Checks;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import io.credere.core.id.PaymentId;
import io.credere.statements.BankStatement;
import io.credere.statements.BankTransaction;
import io.credere.statements.EntryStatus;
import io.credere.statements.StatementFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cash a bank statement brings in, as incoming payments for cash application.
 *
 * <p>Only booked credits are cash to apply: camt entries with status {@code BOOK} (whatever the
 * message: camt.052, 053 or 054), every MT940/MT942 {@code :61:} credit and every BAI2 credit.
 * Pending and information entries are not cash yet (a camt.052 intraday report followed by the
 * day's camt.053 would otherwise apply the same cash twice); debits, reversals and zero amounts
 * are not incoming cash either.
 *
 * <p>What passes through unchanged: the payer's name and account, the unstructured remittance,
 * the structured references (creditor references, referred document numbers), the instructed
 * amount (camt {@code InstdAmt}, MT940 {@code /OCMT/}, in whatever currency the file gives it) and
 * the bank charges deducted from the booked amount
 * ({@link BankTransaction#deductedCharges()}: only charges in the payment's own currency that
 * the file says were deducted, camt {@code ChrgInclInd} true or absent, MT940 {@code /CHGS/}), so
 * that cash application can clear them on the invoice as {@code BANK_CHARGES}.
 *
 * <p>A payment is identified by the bank's reference for the entry, else its end-to-end id, else
 * its position in the file ({@code <source>#<n>}, counting every transaction); an id met twice
 * gets its position appended so every payment of the file stays distinct. Its date is the
 * booking date, else the value date. Stateless and thread-safe.
 */
public final class BankPayments {

  private BankPayments() {}

  /**
   * The incoming payments of {@code file}, in file order.
   *
   * @throws ValidationException when a credit to apply has neither a booking nor a value date
   */
  public static List<IncomingPayment> of(StatementFile file) {
    Checks.notNull(file, "file");
    List<IncomingPayment> payments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int position = 0;
    for (BankStatement statement : file.statements()) {
      for (BankTransaction transaction : statement.transactions()) {
        position++;
        if (!isCash(transaction)) {
          continue;
        }
        String id = transaction.bankReference()
            .or(transaction::endToEndId)
            .filter(ref -> !ref.isBlank())
            .orElse(file.source() + "#" + position);
        if (!seen.add(id)) {
          id = id + "#" + position;
          seen.add(id);
        }
        payments.add(payment(transaction, id, date(transaction, file.source(), position)));
      }
    }
    return payments;
  }

  /** Whether {@code transaction} is cash to apply: a booked credit, not a reversal, not zero. */
  public static boolean isCash(BankTransaction transaction) {
    return Checks.notNull(transaction, "transaction").status() == EntryStatus.BOOKED
        && transaction.isCredit() && !transaction.isReversal()
        && transaction.amount().isPositive();
  }

  private static IncomingPayment payment(BankTransaction transaction, String id,
      LocalDate date) {
    return IncomingPayment.builder()
        .paymentId(PaymentId.of(id))
        .date(date)
        .amount(transaction.amount())
        .payerName(transaction.counterpartyName())
        .payerAccount(transaction.counterpartyAccount())
        .remittance(transaction.remittanceText().orElse(""))
        .addAllStructuredReferences(transaction.structuredReferences())
        .instructedAmount(transaction.instructedAmount())
        .charges(transaction.deductedCharges().filter(c -> c.isPositive()))
        .build();
  }

  private static LocalDate date(BankTransaction transaction, String source, int position) {
    return transaction.bookingDate().or(transaction::valueDate)
        .orElseThrow(() -> ValidationException.at(InputPosition.ofSource(source),
            "booking_date", Optional.empty(), "is missing on transaction " + position
                + " (neither booking nor value date)"));
  }
}
