package io.credere.benchmarks.allocation.hard;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationPolicy;
import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.Tolerance;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * Scores an engine's rows against the truths of a {@link BankMonth}, per {@link Situation}, and
 * checks the contract's invariants on every output.
 *
 * <p>Per payment, exactly one outcome: <b>exact</b> (the rows are one of the truth's bookings,
 * as multisets of customer, document, kind and amount; a right abstention when the truth
 * abstains), <b>wrong</b> (cash on a document the truth does not pay), <b>abstained</b> (the
 * truth pays documents, the engine pays none and nothing wrong), or <b>other</b> (the right
 * documents but other amounts or kinds, an abstention under another customer or kind).
 * Independently, <b>wrong customer</b> counts payments with a row attributed to a customer other
 * than the truth's (for cash the controller cannot place: other than the real payer, and any
 * customer at all when the real payer is no customer), or an {@code ALLOCATED} row under a
 * customer other than the document's.
 */
public final class HardScorer {

  /** Write-off tolerance of the held-out judge: 5.00 and 1 %, the smaller applies. */
  public static final Tolerance TOLERANCE = Tolerance.builder().percent(BigDecimal.ONE)
      .putAmounts(org.joda.money.CurrencyUnit.EUR, org.joda.money.Money.parse("EUR 5.00"))
      .putAmounts(org.joda.money.CurrencyUnit.GBP, org.joda.money.Money.parse("GBP 5.00"))
      .putAmounts(org.joda.money.CurrencyUnit.USD, org.joda.money.Money.parse("USD 5.00"))
      .build();

  private HardScorer() {}

  /** Counts for one situation (or all). */
  public static final class Score {
    /** Payments scored. */
    public int payments;
    /** Payments whose truth allocates cash to documents. */
    public int determinable;
    /** Determinable payments booked exactly as the truth. */
    public int exact;
    /** Abstentions of the truth made exactly. */
    public int rightAbstentions;
    /** Payments with cash on a document the truth does not pay. */
    public int wrong;
    /** Payments with a row under the wrong customer. */
    public int wrongCustomer;
    /** Determinable payments where the engine applied nothing (and nothing wrong). */
    public int abstained;
    /** Anything else (right documents, other amounts or kinds; abstention of another kind). */
    public int other;

    void add(Score s) {
      payments += s.payments;
      determinable += s.determinable;
      exact += s.exact;
      rightAbstentions += s.rightAbstentions;
      wrong += s.wrong;
      wrongCustomer += s.wrongCustomer;
      abstained += s.abstained;
      other += s.other;
    }

    /** Exact over determinable, in percent (100 when none is determinable). */
    public double exactPercent() {
      return determinable == 0 ? 100 : 100.0 * exact / determinable;
    }

    /** Exact or right abstention over all payments, in percent. */
    public double rightPercent() {
      return payments == 0 ? 100 : 100.0 * (exact + rightAbstentions) / payments;
    }
  }

  /**
   * A scored run.
   *
   * @param bySituation counts per situation
   * @param violations contract invariants broken, one line each
   * @param failures the payments not exact, one line each (truth against rows)
   */
  public record Report(Map<Situation, Score> bySituation, List<String> violations,
      List<String> failures) {

    /** The counts over every situation. */
    public Score total() {
      Score all = new Score();
      bySituation.values().forEach(all::add);
      return all;
    }
  }

  /** The library's cash application with the default configuration and the judge's tolerance. */
  public static CashApplication application() {
    return CashApplication.builder().policy(AllocationPolicy.builder().tolerance(TOLERANCE)
        .build()).build();
  }

  /** Runs {@code month} through {@link #application()} and scores it. */
  public static Report run(BankMonth month) {
    AllocationRun run = application().apply(month.ledger(), month.customers(),
        month.payments());
    List<List<Row>> rows = new ArrayList<>();
    for (AllocationResult result : run.results()) {
      rows.add(rows(result));
    }
    Map<String, Money> after = new HashMap<>();
    for (OpenItem item : run.ledgerAfter()) {
      after.put(item.documentId().value(), item.openAmount());
    }
    return score(month, rows, Optional.of(after));
  }

  /** Runs every month and adds their reports up (the hand-written cases). */
  public static Report run(List<BankMonth> months) {
    return sum(months.stream().map(HardScorer::run).toList());
  }

  /** Several reports added up. */
  public static Report sum(List<Report> reports) {
    Map<Situation, Score> scores = new EnumMap<>(Situation.class);
    List<String> violations = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (Report report : reports) {
      report.bySituation().forEach((s, score) -> scores.computeIfAbsent(s, k -> new Score())
          .add(score));
      violations.addAll(report.violations());
      failures.addAll(report.failures());
    }
    return new Report(scores, violations, failures);
  }

  /** A result's lines as rows. */
  public static List<Row> rows(AllocationResult result) {
    List<Row> rows = new ArrayList<>();
    for (Allocation line : result.lines()) {
      rows.add(new Row(line.customerId().map(CustomerId::value).orElse(""),
          line.documentId().map(DocumentId::value).orElse(""), line.kind().name(),
          line.amount()));
    }
    return rows;
  }

  /**
   * Scores {@code engine} (one list of rows per payment, in payment order) against the truths.
   *
   * @param openAfter the open amount of every document after the run, when known (the ledger
   *     after the run); then {@code SHORT_PAYMENT} rows are checked for equality with it
   */
  public static Report score(BankMonth month, List<List<Row>> engine,
      Optional<Map<String, Money>> openAfter) {
    if (engine.size() != month.payments().size()) {
      throw new IllegalArgumentException("Rows for " + engine.size() + " payments, but "
          + month.payments().size() + " payments");
    }
    Map<String, OpenItem> ledger = new HashMap<>();
    for (OpenItem item : month.ledger()) {
      ledger.put(item.documentId().value(), item);
    }
    Map<Situation, Score> scores = new EnumMap<>(Situation.class);
    List<String> violations = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    Map<String, Long> reduced = new HashMap<>();
    Map<String, Long> cash = new HashMap<>();
    Map<String, Long> shortRows = new HashMap<>();
    for (int i = 0; i < engine.size(); i++) {
      IncomingPayment payment = month.payments().get(i);
      Truth truth = month.truths().get(i);
      List<Row> rows = engine.get(i);
      invariants(payment, rows, ledger, violations, reduced, cash, shortRows);
      Score score = scores.computeIfAbsent(truth.situation(), s -> new Score());
      classify(payment, truth, rows, ledger, score, failures);
    }
    for (Map.Entry<String, Long> entry : reduced.entrySet()) {
      OpenItem item = ledger.get(entry.getKey());
      if (item != null && entry.getValue() > Math.abs(item.openAmount().getAmountMinorLong())) {
        violations.add(entry.getKey() + ": " + entry.getValue() + " minor units cleared, more"
            + " than its open amount " + item.openAmount());
      }
    }
    if (openAfter.isPresent()) {
      for (String document : cash.keySet()) {
        Money left = openAfter.get().get(document);
        long expected = left == null ? 0 : left.getAmountMinorLong();
        long written = shortRows.getOrDefault(document, 0L);
        if (expected > 0 && written != expected || expected <= 0 && written != 0) {
          violations.add(document + ": SHORT_PAYMENT rows " + written + " minor units, but "
              + expected + " stays open after the run");
        }
      }
    }
    return new Report(scores, violations, failures);
  }

  private static void invariants(IncomingPayment payment, List<Row> rows,
      Map<String, OpenItem> ledger, List<String> violations, Map<String, Long> reduced,
      Map<String, Long> cash, Map<String, Long> shortRows) {
    String id = payment.paymentId().value();
    long cashSum = 0;
    long charges = 0;
    for (Row row : rows) {
      if (!row.amount().getCurrencyUnit().equals(payment.currency())) {
        violations.add(id + ": row " + row + " not in the payment currency");
      }
      if (!row.amount().isPositive()) {
        violations.add(id + ": row " + row + " not positive");
      }
      boolean onDocument = !row.kind().equals(Row.ON_ACCOUNT)
          && !row.kind().equals(Row.UNAPPLIED);
      if (onDocument == row.documentId().isEmpty()) {
        violations.add(id + ": row " + row + (onDocument ? " names no document"
            : " names a document"));
      }
      if (row.kind().equals(Row.UNAPPLIED) != row.customerId().isEmpty()) {
        violations.add(id + ": row " + row + " customer column wrong for its kind");
      }
      if (row.isCash()) {
        cashSum += row.amount().getAmountMinorLong();
      }
      if (!onDocument) {
        continue;
      }
      OpenItem item = ledger.get(row.documentId());
      if (item == null) {
        violations.add(id + ": row " + row + " names a document not in the ledger");
        continue;
      }
      if (!item.currency().equals(payment.currency())) {
        violations.add(id + ": row " + row + " on a document in " + item.currency());
      }
      long minor = row.amount().getAmountMinorLong();
      if (row.reducesDocument()) {
        reduced.merge(row.documentId(), minor, Long::sum);
      }
      switch (row.kind()) {
        case Row.ALLOCATED -> cash.merge(row.documentId(), minor, Long::sum);
        case Row.SHORT_PAYMENT -> {
          if (shortRows.containsKey(row.documentId())) {
            violations.add(id + ": a second SHORT_PAYMENT row for " + row.documentId());
          }
          shortRows.merge(row.documentId(), minor, Long::sum);
        }
        case Row.WRITE_OFF -> {
          Money limit = TOLERANCE.limitFor(item.openAmount());
          if (row.amount().isGreaterThan(limit)) {
            violations.add(id + ": write-off " + row + " exceeds the tolerance " + limit);
          }
        }
        case Row.DISCOUNT -> {
          boolean granted = item.discount().isPresent()
              && item.discount().get().appliesOn(payment.date())
              && item.discount().get().amountOf(item.amount()).equals(row.amount());
          if (!granted) {
            violations.add(id + ": discount " + row + " not the document's terms on "
                + payment.date());
          }
        }
        case Row.BANK_CHARGES -> charges += minor;
        default -> { }
      }
    }
    if (cashSum != payment.amount().getAmountMinorLong()) {
      violations.add(id + ": ALLOCATED + ON_ACCOUNT + UNAPPLIED = " + cashSum
          + " minor units, not the payment amount " + payment.amount());
    }
    long reported = payment.charges().map(Money::getAmountMinorLong).orElse(0L);
    if (charges > reported) {
      violations.add(id + ": BANK_CHARGES " + charges + " minor units, more than the "
          + reported + " reported");
    }
  }

  private static void classify(IncomingPayment payment, Truth truth, List<Row> rows,
      Map<String, OpenItem> ledger, Score score, List<String> failures) {
    score.payments++;
    boolean determinable = truth.determinable();
    if (determinable) {
      score.determinable++;
    }
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Row.ORDER);
    boolean exact = false;
    for (List<Row> booking : truth.alternatives()) {
      List<Row> expected = new ArrayList<>(booking);
      expected.sort(Row.ORDER);
      exact |= expected.equals(sorted);
    }
    Set<String> paid = new LinkedHashSet<>();
    for (Row row : rows) {
      if (row.kind().equals(Row.ALLOCATED)) {
        paid.add(row.documentId());
      }
    }
    boolean wrong = !truth.paidDocuments().containsAll(paid);
    if (wrongCustomer(truth, rows, ledger)) {
      score.wrongCustomer++;
      failures.add(line("WRONG CUSTOMER", payment, truth, rows));
    }
    if (exact) {
      if (determinable) {
        score.exact++;
      } else {
        score.rightAbstentions++;
      }
      return;
    }
    if (wrong) {
      score.wrong++;
      failures.add(line("WRONG", payment, truth, rows));
    } else if (determinable && paid.isEmpty()) {
      score.abstained++;
      failures.add(line("ABSTAINED", payment, truth, rows));
    } else {
      score.other++;
      failures.add(line("OTHER", payment, truth, rows));
    }
  }

  private static boolean wrongCustomer(Truth truth, List<Row> rows,
      Map<String, OpenItem> ledger) {
    Optional<String> expected = truth.customer().isPresent() ? truth.customer()
        : truth.realPayer();
    for (Row row : rows) {
      if (row.customerId().isEmpty()) {
        continue;
      }
      if (expected.isEmpty() || !expected.get().equals(row.customerId())) {
        return true;
      }
      OpenItem item = row.documentId().isEmpty() ? null : ledger.get(row.documentId());
      if (item != null && !item.customerId().value().equals(row.customerId())) {
        return true;
      }
    }
    return false;
  }

  private static String line(String what, IncomingPayment payment, Truth truth,
      List<Row> rows) {
    return what + " " + truth.paymentId() + " [" + truth.situation() + "] " + truth.note()
        + "\n    paid   " + payment.amount() + " on " + payment.date()
        + payment.customerId().map(c -> ", customer " + c.value()).orElse("")
        + payment.payerName().map(n -> ", payer '" + n + "'").orElse("")
        + payment.payerAccount().map(a -> ", account " + a).orElse("")
        + payment.charges().map(c -> ", charges " + c).orElse("")
        + ", remittance '" + payment.remittance() + "'"
        + (payment.structuredReferences().isEmpty() ? "" : ", structured "
            + payment.structuredReferences())
        + "\n    truth  " + truth.rows() + "\n    engine " + rows;
  }
}
