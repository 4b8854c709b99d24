package io.credere.statements.internal;

import io.credere.statements.BankStatement;
import io.credere.statements.BankTransaction;
import io.credere.statements.Direction;
import io.credere.statements.EntryStatus;
import io.credere.statements.StatementFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** A statement being read: header fields, balances, transactions and booked totals. */
final class StatementDraft {
  StatementFormat format;
  String id;
  String account;
  CurrencyUnit currency;
  Money opening;
  Money closing;
  LocalDate from;
  LocalDate to;
  final List<BankTransaction> transactions = new ArrayList<>();
  final List<String> issues = new ArrayList<>(0);
  private final List<Money> bookedEntries = new ArrayList<>();

  StatementDraft(StatementFormat format) {
    this.format = format;
  }

  /** Counts a booked entry (signed by direction) towards the balance control. */
  void booked(Money amount, Direction direction, EntryStatus status) {
    if (status == EntryStatus.BOOKED) {
      bookedEntries.add(direction == Direction.CREDIT ? amount : amount.negated());
    }
  }

  BankStatement build() {
    CurrencyUnit ccy = currency != null ? currency
        : opening != null ? opening.getCurrencyUnit()
        : closing != null ? closing.getCurrencyUnit() : null;
    Optional<Money> credits = Optional.empty();
    Optional<Money> debits = Optional.empty();
    if (ccy != null) {
      long in = 0;
      long out = 0;
      boolean same = true;
      for (Money m : bookedEntries) {
        if (!m.getCurrencyUnit().equals(ccy)) {
          same = false;
          break;
        }
        long minor = m.getAmountMinorLong();
        if (minor >= 0) {
          in = Math.addExact(in, minor);
        } else {
          out = Math.subtractExact(out, minor);
        }
      }
      if (same) {
        credits = Optional.of(Money.ofMinor(ccy, in));
        debits = Optional.of(Money.ofMinor(ccy, out));
      }
    }
    return BankStatement.builder()
        .format(format)
        .statementId(Optional.ofNullable(TxDraft.clean(id)))
        .account(Optional.ofNullable(TxDraft.clean(account)))
        .currency(Optional.ofNullable(ccy))
        .openingBalance(Optional.ofNullable(opening))
        .closingBalance(Optional.ofNullable(closing))
        .fromDate(Optional.ofNullable(from))
        .toDate(Optional.ofNullable(to))
        .addAllTransactions(transactions)
        .bookedCredits(credits)
        .bookedDebits(debits)
        .addAllIssues(issues)
        .build();
  }
}
