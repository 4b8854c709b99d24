package io.credere.cli.allocation;

import io.credere.allocation.IncomingPayment;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import io.credere.core.id.PaymentId;
import io.credere.statements.BankStatement;
import io.credere.statements.BankTransaction;
import io.credere.statements.StatementFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the credits of a bank statement into incoming payments for cash application: the
 * payer's name and account, the unstructured remittance text and the structured references
 * (creditor references, referred document numbers) pass through unchanged. Debits (charges,
 * outgoing transfers) and reversals are not incoming cash and are left out.
 *
 * <p>A payment is identified by the bank's reference for the entry, else its end-to-end id,
 * else its position ({@code <file>#<n>}); an id met twice gets its position appended so every
 * payment of the run stays distinct. Its date is the booking date, else the value date.
 */
public final class StatementPayments {

  private StatementPayments() {}

  /** The incoming payments of {@code file}, in file order. */
  public static List<IncomingPayment> of(StatementFile file) {
    List<IncomingPayment> payments = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int position = 0;
    for (BankStatement statement : file.statements()) {
      for (BankTransaction transaction : statement.transactions()) {
        position++;
        if (!transaction.isCredit() || transaction.isReversal()
            || !transaction.amount().isPositive()) {
          continue;
        }
        String id = transaction.bankReference()
            .or(transaction::endToEndId)
            .filter(ref -> !ref.isBlank() && !ref.equalsIgnoreCase("NOTPROVIDED"))
            .orElse(file.source() + "#" + position);
        if (!seen.add(id)) {
          id = id + "#" + position;
          seen.add(id);
        }
        final int at = position;
        LocalDate date = transaction.bookingDate().or(transaction::valueDate)
            .orElseThrow(() -> ValidationException.at(InputPosition.ofSource(file.source()),
                "booking_date", Optional.empty(), "is missing on transaction " + at
                    + " (neither booking nor value date)"));
        payments.add(IncomingPayment.builder()
            .paymentId(PaymentId.of(id))
            .date(date)
            .amount(transaction.amount())
            .payerName(transaction.counterpartyName())
            .payerAccount(transaction.counterpartyAccount())
            .remittance(transaction.remittanceText().orElse(""))
            .addAllStructuredReferences(transaction.structuredReferences())
            .build());
      }
    }
    return payments;
  }
}
