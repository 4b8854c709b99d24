package io.credere.allocation;

import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.allocation.internal.IntLongMap;

/**
 * One run's view of a {@link LedgerIndex}: the book's open amounts with the run's own changes
 * laid over them (the book itself is never written by a run). Confined to the run's thread.
 *
 * <p>A {@linkplain #speculative() speculative} view lays one payment's changes over the run's
 * view without writing it, and records every position whose state it took from there (open
 * amount or claim). It may work on another thread while the run's view stands still; it is kept
 * only if none of those positions changed before it is {@linkplain #commitTo committed}, so that
 * the payment saw exactly what it would have seen one payment after another.
 */
final class RunLedger {

  private final LedgerIndex book;
  /** The run's view under a speculative one; null for the run's own view. */
  private final RunLedger base;
  /** The run's view keeps every change of the run: a bit per position spares most probes. */
  private final IntLongMap changed;
  private final IntLongMap claimed;
  /** The positions read from {@link #base} (speculative views only). */
  private final IntLongMap read;

  RunLedger(LedgerIndex book) {
    this(book, null);
  }

  private RunLedger(LedgerIndex book, RunLedger base) {
    this.book = book;
    this.base = base;
    this.read = base == null ? null : new IntLongMap();
    this.changed = base == null ? new IntLongMap(book.capacity()) : new IntLongMap();
    this.claimed = base == null ? new IntLongMap(book.capacity()) : new IntLongMap();
  }

  /** A view of one payment's work over this one, recording what it reads from it. */
  RunLedger speculative() {
    return new RunLedger(book, this);
  }

  LedgerIndex book() {
    return book;
  }

  long open(int position) {
    long now = changed.get(position, Long.MIN_VALUE);
    if (now != Long.MIN_VALUE) {
      return now;
    }
    if (base != null) {
      read.put(position, 1);
      return base.open(position);
    }
    return book.open(position);
  }

  long openAtRunStart(int position) {
    return book.open(position);
  }

  /** Marks a document as named by an earlier payment of the run whose cash was left unapplied. */
  void claim(int position) {
    claimed.put(position, 1);
  }

  boolean claimed(int position) {
    if (claimed.containsKey(position)) {
      return true;
    }
    if (base != null) {
      read.put(position, 1);
      return base.claimed(position);
    }
    return false;
  }

  void change(int position, long delta) {
    changed.put(position, open(position) + delta);
  }

  OpenItem current(int position) {
    OpenItem item = book.item(position);
    long open = open(position);
    return open == item.openAmount().getAmountMinorLong() ? item
        : item.withOpenAmount(Monies.ofMinor(item.currency(), open));
  }

  /** The positions the run changed, ascending. */
  int[] changedPositions() {
    return changed.sortedKeys();
  }

  /**
   * Whether this speculative view read a position of {@code written} (changed or claimed by a
   * payment committed after the view began): then its work is not what one payment after
   * another would have done, and it must be done again.
   */
  boolean readAny(IntLongMap written) {
    return read.sharesKeyWith(written);
  }

  /**
   * Writes this speculative view's changes and claims into the view under it, adding their
   * positions to {@code written}. The open amounts it holds are whole, not deltas: each was
   * read from the base before it was changed, so it is right only while {@link #readAny} is
   * false.
   */
  RunLedger commitTo(IntLongMap written) {
    base.changed.putAll(changed);
    base.claimed.putAll(claimed);
    written.putAll(changed);
    written.putAll(claimed);
    return base;
  }
}
