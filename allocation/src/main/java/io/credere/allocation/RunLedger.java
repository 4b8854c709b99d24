package io.credere.allocation;

import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.allocation.internal.IntLongMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

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
  /**
   * The groups of positions read from {@link #base} as a whole ({@link #stillOpen}; speculative
   * views only).
   */
  private final List<OpenAtStart> groupsRead;
  /**
   * Per large customer and currency, {@link #openAtStartOf}'s items, made once a run (the run's
   * own view only; speculative views ask it).
   */
  private final ConcurrentHashMap<CustomerCurrency, OpenAtStart> openAtStart;

  /**
   * {@link LedgerIndex#byReference} (every currency) of the loose keys that more than
   * {@link RemittanceScan#MAX_REFERENCE_DOCUMENTS} documents carry: looked up once a run
   * ({@link #byReference}).
   */
  private final ConcurrentHashMap<String, int[]> commonReferences;

  /** A customer's items in one currency (its number in the index). */
  private record CustomerCurrency(CustomerId customer, int currency) {}

  /**
   * From how many items a customer's items open at the run's start are kept for the run: below,
   * a scan of all its items costs less than the lookup.
   */
  static final int KEEP_OPEN_FROM = 32;

  /**
   * A customer's items in one currency that are not {@code PAYMENT} items and were open when
   * the run began, in the index's order (oldest due first); and, made when first asked, its
   * debit documents among them and the slip sketches of their ids side by side, so that a search
   * payment after payment reads them in a row instead of from all over the index. Each part is
   * set once by whichever thread asks first (two would make the same).
   */
  static final class OpenAtStart {
    private final int[] positions;
    private volatile int[] debits;
    private volatile long[] sketches;
    private volatile int[] ascending;

    private OpenAtStart(int[] positions) {
      this.positions = positions;
    }

    /** The index positions, in order. */
    int[] positions() {
      return positions;
    }

    /** The positions of the debit documents among {@link #positions}, in order. */
    int[] debits(LedgerIndex book) {
      int[] made = debits;
      if (made == null) {
        int[] kept = new int[positions.length];
        int count = 0;
        for (int position : positions) {
          if ((book.kind(position) & LedgerIndex.DEBIT) != 0) {
            kept[count++] = position;
          }
        }
        made = Arrays.copyOf(kept, count);
        debits = made;
      }
      return made;
    }

    /** Whether {@code position} is one of {@link #positions}. */
    boolean contains(int position) {
      int[] sorted = ascending;
      if (sorted == null) {
        sorted = positions.clone();
        Arrays.sort(sorted);
        ascending = sorted;
      }
      return Arrays.binarySearch(sorted, position) >= 0;
    }

    /**
     * At 2 x i and 2 x i + 1, the slip sketches ({@link LedgerIndex#idSketch}) of the loose key
     * and of the tail of the id of the i-th of {@link #debits}.
     */
    long[] debitSketches(LedgerIndex book) {
      long[] made = sketches;
      if (made == null) {
        int[] of = debits(book);
        made = new long[2 * of.length];
        for (int i = 0; i < of.length; i++) {
          made[2 * i] = book.idSketch(of[i], 0);
          made[2 * i + 1] = book.idSketch(of[i], 1);
        }
        sketches = made;
      }
      return made;
    }
  }

  RunLedger(LedgerIndex book) {
    this(book, null);
  }

  private RunLedger(LedgerIndex book, RunLedger base) {
    this.book = book;
    this.base = base;
    this.read = base == null ? null : new IntLongMap();
    this.groupsRead = base == null ? null : new ArrayList<>(2);
    this.changed = base == null ? new IntLongMap(book.capacity()) : new IntLongMap();
    this.claimed = base == null ? new IntLongMap(book.capacity()) : new IntLongMap();
    this.openAtStart = base == null ? new ConcurrentHashMap<>() : null;
    this.commonReferences = base == null ? new ConcurrentHashMap<>() : null;
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

  /**
   * Those of {@code members} still open in this view, in their order. Each member must be one of
   * {@code group}'s positions, all open when the run began: as no run reopens a document, a
   * position the run has not changed is still open, so only the run's changes are read, not
   * the book (a large customer's open items are counted payment after payment). A speculative
   * view records that it read the whole group instead of each position: a change to any of the
   * group's positions by an earlier payment makes its work be done again ({@link #readAny}).
   */
  int[] stillOpen(OpenAtStart group, int[] members) {
    int[] open = new int[members.length];
    int count = 0;
    for (int position : members) {
      long now = changed.get(position, Long.MIN_VALUE);
      if (now == Long.MIN_VALUE && base != null) {
        now = base.changed.get(position, Long.MIN_VALUE);
      }
      if (now != 0) {
        open[count++] = position;
      }
    }
    if (base != null) {
      groupsRead.add(group);
    }
    return count == open.length ? open : Arrays.copyOf(open, count);
  }

  long openAtRunStart(int position) {
    return book.open(position);
  }

  /**
   * The positions of {@code customer}'s items in currency number {@code currency} that are not
   * {@code PAYMENT} items and were open when the run began, in the index's order (oldest due
   * first). No run reopens a document (cash and netting only bring an open amount towards
   * zero), so these hold every such item open now: a payment filters them on {@link #open}
   * instead of reading each of the customer's items, settled ones and other currencies
   * included. Kept for the run for a customer with many items; what it reads is the index's
   * and does not change in a run, so it is no read of the view under a speculative one.
   */
  OpenAtStart openAtStartOf(CustomerId customer, int currency) {
    int[] all = book.byCustomer(customer);
    if (all.length < KEEP_OPEN_FROM) {
      return new OpenAtStart(openAtStart(all, currency));
    }
    RunLedger root = base == null ? this : base;
    return root.openAtStart.computeIfAbsent(new CustomerCurrency(customer, currency),
        key -> new OpenAtStart(openAtStart(all, currency)));
  }

  /**
   * The positions of the items of currency number {@code currency} whose customer reference has
   * the loose key {@code looseKey}, ascending (as the index's lookups give them). A reference on
   * many documents (a spreadsheet formula copied down a column, one contract for years of
   * invoices) is looked up once a run: its lookup verifies each document, and many payments may
   * name it.
   */
  int[] byReference(String looseKey, int currency) {
    RunLedger root = base == null ? this : base;
    int[] all = root.commonReferences.get(looseKey);
    if (all == null) {
      all = book.byReference(looseKey);
      if (all.length > RemittanceScan.MAX_REFERENCE_DOCUMENTS) {
        root.commonReferences.putIfAbsent(looseKey, all);
      }
    }
    return book.ofCurrency(all, currency);
  }

  private int[] openAtStart(int[] all, int currency) {
    // the currency and not a PAYMENT item, read off the index's kinds before the open amount
    int wanted = currency << 2;
    int[] kept = new int[all.length];
    int count = 0;
    for (int position : all) {
      if ((book.kind(position) & ~LedgerIndex.DEBIT) == wanted && book.open(position) != 0) {
        kept[count++] = position;
      }
    }
    return count == all.length ? kept : Arrays.copyOf(kept, count);
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
    if (read.sharesKeyWith(written)) {
      return true;
    }
    for (OpenAtStart group : groupsRead) {
      if (written.anyKey(group::contains)) {
        return true;
      }
    }
    return false;
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
