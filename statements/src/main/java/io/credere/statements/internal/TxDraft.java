package io.credere.statements.internal;

import io.credere.statements.BankTransaction;
import io.credere.statements.Direction;
import io.credere.statements.EntryStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        .build();
  }
}
