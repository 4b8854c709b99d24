package io.credere.allocation;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.PaymentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Incoming cash to apply: what the bank (or the ERP) said about a payment received.
 *
 * <p>Invariant: the amount is positive. The remittance is the free text as delivered (may be
 * empty); {@link #structuredReferences()} are references a bank file carries in fields of their
 * own (an ISO 11649 creditor reference {@code RF..}, referred document numbers), which a
 * statement reader fills. Use the generated {@code IncomingPayment.builder()}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractIncomingPayment {

  /** The payment's id, unique within a run. */
  public abstract PaymentId paymentId();

  /** The date the cash arrived (value or booking date); compared with discount dates. */
  public abstract LocalDate date();

  /** The amount received, positive, in the payment currency. */
  public abstract Money amount();

  /** The payer's account in the host ERP, when the bank or ERP already knows it. */
  public abstract Optional<CustomerId> customerId();

  /** The payer's name as the bank delivered it, when given. */
  public abstract Optional<String> payerName();

  /** The payer's IBAN or account number, in any spacing or case, when given. */
  public abstract Optional<String> payerAccount();

  /** The free remittance text; empty when the bank gave none. */
  @Value.Default
  public String remittance() {
    return "";
  }

  /** References delivered in structured fields (creditor reference, document numbers). */
  public abstract List<String> structuredReferences();

  /**
   * Charges the banks deducted from this payment before it reached the account, in the payment
   * currency, when the bank (or the ERP) reports them: camt {@code Chrgs} included in the booked
   * amount, MT940 {@code /CHGS/}, the {@code payments} column {@code charges}. Zero or positive.
   */
  public abstract Optional<Money> charges();

  /**
   * What the payer instructed, before charges and conversion, when the bank file says so (camt
   * {@code InstdAmt}, MT940 {@code /OCMT/}); may be in another currency than {@link #amount()}.
   */
  public abstract Optional<Money> instructedAmount();

  /** The payment currency. */
  public final CurrencyUnit currency() {
    return amount().getCurrencyUnit();
  }

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw ValidationException.of("amount", Optional.of(amount().toString()),
          "must be positive for payment " + paymentId().value() + " (incoming cash)");
    }
    charges().ifPresent(c -> {
      if (!c.getCurrencyUnit().equals(amount().getCurrencyUnit()) || c.isNegative()) {
        throw ValidationException.of("charges", Optional.of(c.toString()),
            "must be zero or positive and in the payment currency " + amount().getCurrencyUnit()
                + " for payment " + paymentId().value());
      }
    });
  }
}
