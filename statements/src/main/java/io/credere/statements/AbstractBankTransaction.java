package io.credere.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One movement on a bank account as a statement reports it: a camt entry (or one transaction
 * detail of a batch booking), an MT940/MT942 {@code :61:} line with its {@code :86:}, or a BAI2
 * {@code 16} record with its continuations.
 *
 * <p>Invariant: {@link #amount()} is never negative; the sign is in {@link #direction()}. The
 * amount and its currency are the entry's (or detail's) own, which may differ from the account's.
 *
 * <p>For cash application, {@link #remittanceText()} and {@link #structuredReferences()} carry
 * what the payer said; {@link #counterpartyName()} and {@link #counterpartyAccount()} who paid.
 * Use the generated {@code BankTransaction.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractBankTransaction {

  /** The date the bank booked it (camt {@code BookgDt}, MT940 entry date), when given. */
  public abstract Optional<LocalDate> bookingDate();

  /** The value date (camt {@code ValDt}, MT940 value date, BAI2 value date), when given. */
  public abstract Optional<LocalDate> valueDate();

  /** The amount, never negative, in the currency the file gives for this entry or detail. */
  public abstract Money amount();

  /** Whether the money came in ({@code CREDIT}) or went out ({@code DEBIT}). */
  public abstract Direction direction();

  /** The entry's status; defaults to booked. */
  @Value.Default
  public EntryStatus status() {
    return EntryStatus.BOOKED;
  }

  /** Whether the bank marks it as a reversal (camt {@code RvslInd}, MT940 {@code RC}/{@code RD}). */
  @Value.Default
  public boolean isReversal() {
    return false;
  }

  /**
   * The bank transaction code as written: camt {@code Domn/Fmly/SubFmly} as
   * {@code PMNT/RCDT/ESCT} or the proprietary code, MT940 type ({@code NTRF}), BAI2 type code.
   */
  public abstract Optional<String> bankTransactionCode();

  /** The end-to-end id the payer gave ({@code NOTPROVIDED} and {@code NONREF} are left out). */
  public abstract Optional<String> endToEndId();

  /** The SWIFT gpi UETR, when present. */
  public abstract Optional<String> uetr();

  /** The bank's own reference (camt {@code AcctSvcrRef}, MT940 after {@code //}, BAI2 bank reference). */
  public abstract Optional<String> bankReference();

  /** The account owner's reference (camt {@code InstrId}, MT940 reference, BAI2 customer reference). */
  public abstract Optional<String> customerReference();

  /** The other party's name: the payer of a credit, the payee of a debit. */
  public abstract Optional<String> counterpartyName();

  /** The other party's account (IBAN or other id). */
  public abstract Optional<String> counterpartyAccount();

  /** Structured creditor references (ISO 11649 RF references, national references), in file order. */
  public abstract List<String> creditorReferences();

  /** Numbers of documents the payment refers to (camt {@code RfrdDocInf/Nb}), in file order. */
  public abstract List<String> referredDocumentNumbers();

  /** The free-text remittance information, when given. */
  public abstract Optional<String> unstructuredRemittance();

  /** Why it was returned or reversed (a code such as {@code AC04} and/or text), when given. */
  public abstract Optional<String> returnReason();

  /**
   * What the payer instructed, before charges and conversion, when the file says so (camt
   * {@code AmtDtls/InstdAmt} of the entry or of its single detail, MT940 {@code /OCMT/}); may be
   * in another currency than {@link #amount()}.
   */
  public abstract Optional<Money> instructedAmount();

  /** The transaction amount of camt {@code AmtDtls/TxAmt}, when given; may differ from {@link #amount()}. */
  public abstract Optional<Money> transactionAmount();

  /** The currency exchange the bank applied, when the file says ({@code CcyXchg}). */
  public abstract Optional<ExchangeRate> exchangeRate();

  /** The charges the file reports for this transaction, in file order (camt {@code Chrgs}, MT940 {@code /CHGS/}). */
  public abstract List<Charge> charges();

  @Value.Check
  void check() {
    if (amount().isNegative()) {
      throw new IllegalArgumentException("Transaction amount must not be negative, but was "
          + amount() + " (the sign is in the direction)");
    }
  }

  /**
   * The charges deducted from the booked amount in the transaction's own currency: the sum of the
   * {@link #charges()} in {@link #currency()} that are {@link Charge#includedInBookedAmount()
   * included in the booked amount}; empty when there are none.
   */
  public Optional<Money> deductedCharges() {
    Money sum = null;
    for (Charge charge : charges()) {
      if (charge.includedInBookedAmount() && charge.amount().getCurrencyUnit().equals(currency())) {
        sum = sum == null ? charge.amount() : sum.plus(charge.amount());
      }
    }
    return Optional.ofNullable(sum);
  }

  /** The amount's currency. */
  public CurrencyUnit currency() {
    return amount().getCurrencyUnit();
  }

  /** Whether money came in. */
  public boolean isCredit() {
    return direction() == Direction.CREDIT;
  }

  /** The amount signed by direction: positive for a credit, negative for a debit. */
  public Money signedAmount() {
    return isCredit() ? amount() : amount().negated();
  }

  /** The first creditor reference, when any. */
  public Optional<String> creditorReference() {
    return creditorReferences().stream().findFirst();
  }

  /**
   * The reference a person reads first: the end-to-end id, else the customer reference, else the
   * bank's reference.
   */
  public Optional<String> reference() {
    return endToEndId().or(this::customerReference).or(this::bankReference);
  }

  /** The structured references: creditor references, then referred document numbers. */
  public List<String> structuredReferences() {
    List<String> all = new ArrayList<>(creditorReferences());
    all.addAll(referredDocumentNumbers());
    return List.copyOf(all);
  }

  /** The unstructured remittance text (for cash application), when given. */
  public Optional<String> remittanceText() {
    return unstructuredRemittance();
  }

  /**
   * The contract's {@code remittance} column: the structured references and the unstructured
   * text joined by {@code " | "}; empty when there are none.
   */
  public String remittance() {
    List<String> parts = new ArrayList<>(structuredReferences());
    unstructuredRemittance().ifPresent(parts::add);
    return String.join(" | ", parts);
  }
}
