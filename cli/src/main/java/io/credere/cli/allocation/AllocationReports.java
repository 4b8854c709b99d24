package io.credere.cli.allocation;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.AllocationResult;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.Suggestion;
import io.credere.core.id.DocumentId;
import io.credere.core.money.Monies;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import io.credere.io.PaymentRow;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.MultiCurrencyAmount;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.joda.money.Money;

/** Maps payments rows to the library and runs to the contract's reports and summary. */
public final class AllocationReports {

  /** The contract's columns of {@code allocate}. */
  public static final List<String> COLUMNS = List.of("payment_id", "customer_id", "document_id",
      "kind", "amount", "rule", "explanation");

  /** The contract's ledger columns. */
  public static final List<String> LEDGER_COLUMNS = List.of("customer_id", "document_id",
      "document_type", "document_date", "due_date", "currency", "amount", "open_amount",
      "reference", "discount_date", "discount_percent", "disputed");

  private AllocationReports() {}

  /** A payments-file row as the library's payment. */
  public static IncomingPayment payment(PaymentRow row) {
    return row.toIncomingPayment();
  }

  /** Every row of the payments file as payments. */
  public static List<IncomingPayment> payments(List<PaymentRow> rows) {
    return rows.stream().map(AllocationReports::payment).toList();
  }

  /** The contract's columns of {@code --suggestions}. */
  public static final List<String> SUGGESTION_COLUMNS = List.of("payment_id", "rank",
      "customer_id", "document_ids", "amount", "confidence", "evidence");

  /** The suggestions for cash left on account or unapplied, as the contract's report. */
  public static Report suggestions(AllocationRun run, String name) {
    Report.Builder report = Report.builder(name, SUGGESTION_COLUMNS);
    for (AllocationResult result : run.results()) {
      for (Suggestion suggestion : result.suggestions()) {
        report.row(Cell.input(result.payment().paymentId().value()),
            Cell.text(Integer.toString(suggestion.rank())),
            Cell.input(suggestion.customerId().value()),
            Cell.input(suggestion.documentIds().stream().map(DocumentId::value)
                .collect(Collectors.joining(";"))),
            Cell.amount(suggestion.amount()),
            Cell.text(Integer.toString(suggestion.confidence())),
            Cell.input(suggestion.evidence()));
      }
    }
    return report.build();
  }

  /**
   * The write-off amounts of {@code --tolerance-amount}: a plain number applied in each of
   * {@code currencies} (at most that currency's decimals), or per currency
   * {@code EUR:5,GBP:4,JPY:500} (a currency not listed gets no amount limit of its own).
   *
   * @throws IllegalArgumentException naming the part that cannot be read
   */
  public static List<Money> toleranceAmounts(String text, Collection<CurrencyUnit> currencies) {
    String value = text.strip();
    List<Money> amounts = new ArrayList<>();
    if (!value.contains(":")) {
      BigDecimal amount = toleranceNumber(value, value);
      for (CurrencyUnit currency : new TreeSet<>(currencies)) {
        amounts.add(toleranceMoney(currency, amount, value));
      }
      return amounts;
    }
    Set<CurrencyUnit> seen = new HashSet<>();
    for (String part : value.split(",", -1)) {
      String[] pair = part.strip().split(":", -1);
      if (pair.length != 2) {
        throw new IllegalArgumentException("'" + part.strip() + "' is not CURRENCY:AMOUNT "
            + "(e.g. EUR:5,GBP:4,JPY:500)");
      }
      CurrencyUnit currency;
      try {
        currency = CurrencyUnit.of(pair[0].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalCurrencyException e) {
        throw new IllegalArgumentException("'" + pair[0].strip() + "' in '" + part.strip()
            + "' is not an ISO 4217 currency code");
      }
      if (!seen.add(currency)) {
        throw new IllegalArgumentException(currency.getCode() + " is given twice");
      }
      amounts.add(toleranceMoney(currency, toleranceNumber(pair[1].strip(), part.strip()),
          part.strip()));
    }
    return amounts;
  }

  private static BigDecimal toleranceNumber(String number, String part) {
    if (!number.matches("\\d+(\\.\\d+)?")) {
      throw new IllegalArgumentException("'" + part + "' is not a non-negative plain number "
          + "(decimal point, no thousands separators)");
    }
    BigDecimal amount = new BigDecimal(number);
    if (amount.compareTo(Monies.MAX_AMOUNT) > 0) {
      throw new IllegalArgumentException("'" + part + "' is beyond the contract's limit of 10^15");
    }
    return amount;
  }

  private static Money toleranceMoney(CurrencyUnit currency, BigDecimal amount, String part) {
    if (amount.stripTrailingZeros().scale() > currency.getDecimalPlaces()) {
      throw new IllegalArgumentException("'" + part + "' has more decimals than "
          + currency.getCode() + " has (" + currency.getDecimalPlaces() + ")");
    }
    return Money.of(currency, amount.setScale(Math.max(0, amount.stripTrailingZeros().scale())),
        java.math.RoundingMode.UNNECESSARY);
  }

  /** The allocation lines as the contract's report. */
  public static Report allocation(AllocationRun run, String name) {
    List<Allocation> lines = run.lines();
    // the cells (each line's explanation made into its sentence) on every core for a large
    // run, then added in order
    Cell[][] rows = new Cell[lines.size()][];
    java.util.stream.IntStream all = java.util.stream.IntStream.range(0, rows.length);
    (rows.length >= 10_000 ? all.parallel() : all).forEach(i -> {
      Allocation line = lines.get(i);
      rows[i] = new Cell[] {Cell.input(line.paymentId().value()),
          Cell.input(line.customerId().map(CustomerId::value)),
          Cell.input(line.documentId().map(d -> d.value())), Cell.text(line.kind().name()),
          Cell.amount(line.amount()), Cell.text(line.ruleId()),
          Cell.input(line.explanation().sentence())};
    });
    Report.Builder report = Report.builder(name, COLUMNS);
    for (Cell[] row : rows) {
      report.row(row);
    }
    return report.build();
  }

  /** A ledger in the contract's ledger format. */
  public static Report ledger(List<OpenItem> items, String name) {
    Report.Builder report = Report.builder(name, LEDGER_COLUMNS);
    for (OpenItem item : items) {
      report.row(Cell.input(item.customerId().value()), Cell.input(item.documentId().value()),
          Cell.text(item.documentType().name()), Cell.date(item.documentDate()),
          Cell.date(item.dueDate()), Cell.text(item.currency().getCode()),
          Cell.amount(item.amount()), Cell.amount(item.openAmount()),
          Cell.input(item.reference()),
          Cell.date(item.discount().map(d -> d.lastDate())),
          item.discount().map(d -> Cell.text(d.percent().stripTrailingZeros().toPlainString()))
              .orElse(Cell.empty()),
          Cell.text(Boolean.toString(item.isDisputed())));
    }
    return report.build();
  }

  /** The summary lines: payments, cash applied, written off, short, on account, unapplied, rate. */
  public static List<String> summary(AllocationRun run) {
    return List.of(
        "payments " + run.results().size() + ", matched " + run.matchedCount()
            + String.format(Locale.ROOT, " (auto-match rate %.1f%%)", 100 * run.autoMatchRate()),
        "cash applied " + text(run.total(AllocationKind.ALLOCATED)),
        "discount " + text(run.total(AllocationKind.DISCOUNT)),
        "written off " + text(run.total(AllocationKind.WRITE_OFF)),
        "bank charges " + text(run.total(AllocationKind.BANK_CHARGES)),
        "short " + text(run.total(AllocationKind.SHORT_PAYMENT)),
        "on account " + text(run.total(AllocationKind.ON_ACCOUNT)),
        "unapplied (suspense) " + text(run.total(AllocationKind.UNAPPLIED)));
  }

  /** A multi-currency total as a person reads it: {@code EUR 12.50, GBP 3.00}, or 0. */
  public static String text(MultiCurrencyAmount amount) {
    if (amount.isEmpty()) {
      return "0";
    }
    return amount.toMap().values().stream().map(Money::toString)
        .collect(Collectors.joining(", "));
  }
}
