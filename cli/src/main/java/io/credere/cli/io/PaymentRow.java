package io.credere.cli.io;

import io.credere.core.id.CustomerId;
import io.credere.core.id.PaymentId;
import java.time.LocalDate;
import java.util.Optional;
import org.joda.money.Money;

/**
 * One row of the contract's {@code payments} file: incoming cash to apply, with what the bank
 * said about the payer and the remittance.
 *
 * @param paymentId the payment's id
 * @param paymentDate the date the cash arrived
 * @param amount the amount received, positive
 * @param customerId the payer's account when the bank or ERP already knows it
 * @param payerName the payer's name as the bank delivered it
 * @param payerAccount the payer's IBAN or account number
 * @param remittance the free remittance text
 * @param charges the bank charges deducted from this payment, as the bank reported them
 * @param line the line of the row in its file
 */
public record PaymentRow(PaymentId paymentId, LocalDate paymentDate, Money amount,
    Optional<CustomerId> customerId, Optional<String> payerName, Optional<String> payerAccount,
    Optional<String> remittance, Optional<Money> charges, long line) {}
