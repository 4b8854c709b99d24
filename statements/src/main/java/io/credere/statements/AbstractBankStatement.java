package io.credere.statements;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One statement (or notification, or BAI2 account report) of one account: its balances and its
 * transactions in file order.
 *
 * <p>Balances are signed (negative for an overdrawn account). {@link #bookedCredits()} and
 * {@link #bookedDebits()} are the totals of the booked entries as the bank booked them (a batch
 * counts once, with its booked amount), in the statement's currency; {@link #balanceCheck()}
 * verifies opening + credits - debits = closing. {@link #issues()} lists what the reader found
 * inconsistent without refusing the file (a BAI2 control total that does not add up).
 *
 * <p>Use the generated {@code BankStatement.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractBankStatement {

  /** The format the statement was read from. */
  public abstract StatementFormat format();

  /** The statement's id (camt {@code Id}, MT940 {@code :20:}, BAI2 group originator and date). */
  public abstract Optional<String> statementId();

  /** The account (IBAN or the bank's account number), when the file names it. */
  public abstract Optional<String> account();

  /** The account's currency (camt {@code Acct/Ccy}, else the balances'), when known. */
  public abstract Optional<CurrencyUnit> currency();

  /** The opening booked balance, signed, when given. */
  public abstract Optional<Money> openingBalance();

  /** The closing booked balance, signed, when given. */
  public abstract Optional<Money> closingBalance();

  /** The first day the statement covers, when known. */
  public abstract Optional<LocalDate> fromDate();

  /** The last day the statement covers, when known. */
  public abstract Optional<LocalDate> toDate();

  /** The transactions, in file order. */
  public abstract List<BankTransaction> transactions();

  /** Total of the booked credit entries in the statement's currency, when it could be formed. */
  public abstract Optional<Money> bookedCredits();

  /** Total of the booked debit entries in the statement's currency, when it could be formed. */
  public abstract Optional<Money> bookedDebits();

  /** Inconsistencies the reader noticed but did not refuse the file for, as sentences. */
  public abstract List<String> issues();

  /** The balance control: opening + booked credits - booked debits against the closing balance. */
  public BalanceCheck balanceCheck() {
    return BalanceCheck.of(openingBalance(), bookedCredits(), bookedDebits(), closingBalance());
  }
}
