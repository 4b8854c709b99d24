package io.credere.benchmarks.simulation;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One operation of a simulation: its kind and three random words that choose its customer,
 * document, amount and noise. The words are drawn when the operation is generated, not when it
 * runs, so an operation means something (or does nothing) whatever ran before it: that is what
 * lets a failing sequence be shrunk by removing operations.
 *
 * @param kind what happens
 * @param a first random word (usually: which customer)
 * @param b second random word (usually: which scenario or amount)
 * @param c third random word (usually: which document, which noise)
 */
public record Op(Kind kind, long a, long b, long c) {

  /** What can happen in a day of accounts receivable, with its weight in the mix. */
  public enum Kind {
    /** A new day: scheduled customer payments go to the bank, old settled items are archived. */
    NEXT_DAY(25),
    /** An invoice (sometimes a debit note) to a customer, with payment terms. */
    INVOICE(120),
    /** A credit note to a customer (price correction, return). */
    CREDIT_NOTE(12),
    /** A customer (or a third party, or someone unknown) pays: a bank credit queued. */
    PAYMENT(110),
    /** The day's bank statement is applied to the ledger by the library's cash application. */
    CASH_APPLICATION(2),
    /** A recent payment is reversed (returned by the bank, or applied wrongly). */
    REVERSAL(3),
    /**
     * A suspense item (of any age) is identified by a person and applied again with the
     * customer given. About 1.2 % of operations leave a payment in suspense: 7 (1.8 %) works
     * the account down; with 3 it grew by one item every 150 operations, forever.
     */
    CLEAR_SUSPENSE(7),
    /** A customer disputes an invoice. */
    OPEN_DISPUTE(4),
    /**
     * A dispute moves: review, reassignment, resolution (credit, write-off, rejection), cancel.
     * A dispute takes about 2.5 of these to close, so 18 against 4 openings keeps the backlog
     * bounded (with 14 against 8 it grew by one open dispute every 130 operations, forever).
     */
    WORK_DISPUTE(18),
    /** A customer promises to pay overdue invoices (and keeps it, or not). */
    PROMISE(8),
    /** A promise is evaluated as of today. */
    REVIEW_PROMISE(8),
    /** A payment plan is agreed for a customer's overdue debt. */
    PLAN(3),
    /** A payment plan is reviewed as of today. */
    REVIEW_PLAN(6),
    /** The dunning run proposes reminders for every overdue account (at most once a week). */
    DUNNING_RUN(2),
    /** An old overdue invoice is written off as bad debt. */
    WRITE_OFF(3),
    /** Credit balances of a customer are offset against its invoices and the rest refunded. */
    OFFSET_AND_REFUND(8),
    /** A customer's long-overdue debt becomes a collection case (first reminder). */
    OPEN_CASE(3),
    /**
     * A collection case moves: the next reminder or final demand, a hand-over to an agency or
     * to legal action, interest or costs charged, a contact, a write-off; or a step tried before
     * its waiting period, which the case must refuse.
     */
    WORK_CASE(10);

    private final int weight;

    Kind(int weight) {
      this.weight = weight;
    }

    /** The relative frequency of the kind. */
    public int weight() {
      return weight;
    }
  }

  private static final Kind[] KINDS = Kind.values();
  private static final int TOTAL_WEIGHT;

  static {
    int total = 0;
    for (Kind kind : KINDS) {
      total += kind.weight;
    }
    TOTAL_WEIGHT = total;
  }

  /** The next operation of a seed's stream. */
  static Op next(SplittableRandom random) {
    int pick = random.nextInt(TOTAL_WEIGHT);
    Kind kind = KINDS[0];
    for (Kind candidate : KINDS) {
      if (pick < candidate.weight) {
        kind = candidate;
        break;
      }
      pick -= candidate.weight;
    }
    return new Op(kind, random.nextLong(), random.nextLong(), random.nextLong());
  }

  /** Reads the form {@link #toString()} writes: {@code KIND a b c}. */
  public static Op parse(String line) {
    String[] parts = line.strip().split("\\s+");
    if (parts.length != 4) {
      throw new IllegalArgumentException("Not an operation (expected KIND a b c): " + line);
    }
    return new Op(Kind.valueOf(parts[0].toUpperCase(Locale.ROOT)), Long.parseLong(parts[1]),
        Long.parseLong(parts[2]), Long.parseLong(parts[3]));
  }

  /** A non-negative number below {@code bound} from word {@code a}. */
  int a(int bound) {
    return (int) Math.floorMod(a, (long) bound);
  }

  /** A non-negative number below {@code bound} from word {@code b}. */
  int b(int bound) {
    return (int) Math.floorMod(b, (long) bound);
  }

  /** A non-negative number below {@code bound} from word {@code c}. */
  int c(int bound) {
    return (int) Math.floorMod(c, (long) bound);
  }

  /** A non-negative number below {@code bound} from bits of {@code c} other than {@link #c}'s. */
  int d(int bound) {
    return (int) Math.floorMod(Long.rotateLeft(c, 29) ^ b, (long) bound);
  }

  @Override
  public String toString() {
    return kind + " " + a + " " + b + " " + c;
  }
}
