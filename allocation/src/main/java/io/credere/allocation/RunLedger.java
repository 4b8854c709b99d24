package io.credere.allocation;

import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.allocation.internal.IntLongMap;

/**
 * One run's view of a {@link LedgerIndex}: the book's open amounts with the run's own changes
 * laid over them (the book itself is never written by a run). Confined to the run's thread.
 */
final class RunLedger {

  private final LedgerIndex book;
  private final IntLongMap changed = new IntLongMap();
  private final IntLongMap claimed = new IntLongMap();

  RunLedger(LedgerIndex book) {
    this.book = book;
  }

  LedgerIndex book() {
    return book;
  }

  long open(int position) {
    long now = changed.get(position, Long.MIN_VALUE);
    return now != Long.MIN_VALUE ? now : book.open(position);
  }

  long openAtRunStart(int position) {
    return book.open(position);
  }

  /** Marks a document as named by an earlier payment of the run whose cash was left unapplied. */
  void claim(int position) {
    claimed.put(position, 1);
  }

  boolean claimed(int position) {
    return claimed.containsKey(position);
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
}
