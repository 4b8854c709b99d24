package io.credere.statements.internal;

import io.credere.statements.BankTransaction;
import io.credere.statements.Charge;
import io.credere.statements.ChargeBearer;
import io.credere.statements.ExchangeRate;
import io.credere.statements.Direction;
import io.credere.statements.EntryStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** A transaction being read: mutable fields a reader fills, then {@link #build()}. */
final class TxDraft {
  Money amount;
  Direction direction;
  EntryStatus status = EntryStatus.BOOKED;
  boolean reversal;
  LocalDate bookingDate;
  LocalDate valueDate;
  String code;
  String endToEndId;
  String uetr;
  String bankReference;
  String customerReference;
  String debtorName;
  String debtorAccount;
  String creditorName;
  String creditorAccount;
  String counterpartyName;
  String counterpartyAccount;
  final List<String> creditorReferences = new ArrayList<>(2);
  final List<String> documents = new ArrayList<>(2);
  StringBuilder text;
  String additionalText;
  String returnReason;
  Money instructed;
  Money txAmount;
  java.math.BigDecimal xchgRate;
  String xchgSource;
  String xchgTarget;
  String xchgUnit;
  final List<ChargeDraft> charges = new ArrayList<>(0);
  /** camt {@code TtlChrgsAndTaxAmt}: the charge when no record gives an amount. */
  Money chargesTotal;
  /** An MT942 amount read before its currency was known, and its line. */
  String amountText;
  long amountLine;
  /** Whether a detail amount element was present but empty. */
  boolean amountEmpty;

  /** A charge being read. */
  static final class ChargeDraft {
    Money amount;
    boolean excluded;
    String bearer;
    String type;

    boolean isEmpty() {
      return amount == null && bearer == null && type == null && !excluded;
    }
  }

  /** Takes the amount details and charges of {@code other} where this draft has none of its own. */
  void inheritAmountDetails(TxDraft other) {
    if (instructed == null) {
      instructed = other.instructed;
    }
    if (txAmount == null) {
      txAmount = other.txAmount;
    }
    if (xchgRate == null) {
      xchgRate = other.xchgRate;
      xchgSource = other.xchgSource;
      xchgTarget = other.xchgTarget;
      xchgUnit = other.xchgUnit;
    }
    if (charges.isEmpty() && chargesTotal == null) {
      charges.addAll(other.charges);
      chargesTotal = other.chargesTotal;
    }
  }

  void addText(String value) {
    String v = clean(value);
    if (v == null) {
      return;
    }
    if (text == null) {
      text = new StringBuilder(v);
    } else {
      text.append(' ').append(v);
    }
  }

  /** Fills what this draft lacks from {@code other} (an entry's fields under its details). */
  void inheritFrom(TxDraft other) {
    if (code == null) {
      code = other.code;
    }
    if (bankReference == null) {
      bankReference = other.bankReference;
    }
    if (text == null && additionalText == null && other.text == null) {
      additionalText = other.additionalText;
    }
  }

  /** Merges the descriptive fields of a detail into this entry (details without amounts). */
  void absorb(TxDraft detail) {
    endToEndId = first(endToEndId, detail.endToEndId);
    uetr = first(uetr, detail.uetr);
    customerReference = first(customerReference, detail.customerReference);
    debtorName = first(debtorName, detail.debtorName);
    debtorAccount = first(debtorAccount, detail.debtorAccount);
    creditorName = first(creditorName, detail.creditorName);
    creditorAccount = first(creditorAccount, detail.creditorAccount);
    returnReason = first(returnReason, detail.returnReason);
    if (detail.code != null && code == null) {
      code = detail.code;
    }
    creditorReferences.addAll(detail.creditorReferences);
    documents.addAll(detail.documents);
    if (detail.text != null) {
      addText(detail.text.toString());
    } else if (detail.additionalText != null && text == null) {
      additionalText = first(detail.additionalText, additionalText);
    }
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    return v.isEmpty() ? null : v;
  }

  private static Optional<String> opt(String value) {
    return Optional.ofNullable(clean(value));
  }

  private static Optional<String> reference(String value) {
    String v = clean(value);
    if (v == null || v.equalsIgnoreCase("NOTPROVIDED") || v.equalsIgnoreCase("NONREF")
        || v.equalsIgnoreCase("NONE")) {
      return Optional.empty();
    }
    return Optional.of(v);
  }

  private Optional<ExchangeRate> exchange() {
    if (xchgRate == null) {
      return Optional.empty();
    }
    return Optional.of(ExchangeRate.builder()
        .rate(xchgRate)
        .sourceCurrency(currency(xchgSource))
        .targetCurrency(currency(xchgTarget))
        .unitCurrency(currency(xchgUnit))
        .build());
  }

  private static Optional<CurrencyUnit> currency(String code) {
    if (code == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(CurrencyUnit.of(code.strip().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private List<Charge> charges() {
    List<Charge> list = new ArrayList<>(charges.size());
    for (ChargeDraft c : charges) {
      if (c.amount == null) {
        continue;
      }
      list.add(Charge.builder()
          .amount(c.amount)
          .includedInBookedAmount(!c.excluded)
          .bearer(ChargeBearer.ofCode(c.bearer))
          .type(opt(c.type))
          .build());
    }
    if (list.isEmpty() && chargesTotal != null) {
      ChargeDraft first = charges.isEmpty() ? new ChargeDraft() : charges.get(0);
      list.add(Charge.builder()
          .amount(chargesTotal)
          .includedInBookedAmount(!first.excluded)
          .bearer(ChargeBearer.ofCode(first.bearer))
          .type(opt(first.type))
          .build());
    }
    return list;
  }

  BankTransaction build() {
    boolean credit = direction == Direction.CREDIT;
    String name = counterpartyName != null ? counterpartyName
        : credit ? debtorName : creditorName;
    String account = counterpartyAccount != null ? counterpartyAccount
        : credit ? debtorAccount : creditorAccount;
    String remittance = text != null ? text.toString() : additionalText;
    List<String> refs = new ArrayList<>(creditorReferences.size());
    for (String r : creditorReferences) {
      if (clean(r) != null) {
        refs.add(clean(r));
      }
    }
    List<String> docs = new ArrayList<>(documents.size());
    for (String d : documents) {
      if (clean(d) != null) {
        docs.add(clean(d));
      }
    }
    return BankTransaction.builder()
        .amount(amount)
        .direction(direction)
        .status(status)
        .reversal(reversal)
        .bookingDate(Optional.ofNullable(bookingDate))
        .valueDate(Optional.ofNullable(valueDate))
        .bankTransactionCode(opt(code))
        .endToEndId(reference(endToEndId))
        .uetr(opt(uetr))
        .bankReference(reference(bankReference))
        .customerReference(reference(customerReference))
        .counterpartyName(opt(name))
        .counterpartyAccount(opt(account))
        .addAllCreditorReferences(refs)
        .addAllReferredDocumentNumbers(docs)
        .unstructuredRemittance(opt(remittance))
        .returnReason(opt(returnReason))
        .instructedAmount(Optional.ofNullable(instructed))
        .transactionAmount(Optional.ofNullable(txAmount))
        .exchangeRate(exchange())
        .addAllCharges(charges())
        .build();
  }
}
