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
  private int issuesLeftOut;
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

  /** Most issues kept per statement; further ones are counted, not listed. */
  static final int MAX_ISSUES = 50;

  /** Notes an inconsistency of the file (kept up to {@link #MAX_ISSUES}, then counted). */
  void issue(String sentence) {
    if (issues.size() < MAX_ISSUES) {
      issues.add(sentence);
    } else {
      issuesLeftOut++;
    }
  }

  BankStatement build() {
    if (issuesLeftOut > 0) {
      issues.add(issuesLeftOut + " more issues of the same kinds are not listed");
      issuesLeftOut = 0;
    }
    CurrencyUnit ccy = currency != null ? currency
        : opening != null ? opening.getCurrencyUnit()
        : closing != null ? closing.getCurrencyUnit() : null;
    Optional<Money> credits = Optional.empty();
    Optional<Money> debits = Optional.empty();
    if (ccy != null) {
      Money in = Money.zero(ccy);
      Money out = Money.zero(ccy);
      boolean same = true;
      for (Money m : bookedEntries) {
        if (!m.getCurrencyUnit().equals(ccy)) {
          same = false;
          break;
        }
        if (m.isNegative()) {
          out = out.minus(m);
        } else {
          in = in.plus(m);
        }
      }
      if (same) {
        credits = Optional.of(in);
        debits = Optional.of(out);
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
