package io.credere.allocation.internal;

import java.util.Arrays;

/**
 * A compact multi-map from a 32-bit hash to int values (positions in a ledger), chained in int
 * arrays: 12 bytes an entry plus the bucket heads, no object per entry; an entry's hash and its
 * link to the next sit side by side, so a walk down a chain touches one place per entry. A
 * lookup returns every value stored under the hash; the caller checks each candidate (hashes
 * collide). Not thread-safe: its owner guards it.
 */
public final class IntMultiMap {

  private int[] heads;
  /**
   * A bit for each of 8 x as many slots as {@link #heads}, set for every hash put since the last
   * rehash: a lookup of a hash nobody put (most probes of a search for typing slips) is answered
   * here, in an array an eighth of the heads' size, without walking into the chains.
   */
  private long[] present;
  /** Entry e's hash at {@code 2e}, the next entry of its bucket at {@code 2e + 1} (-1: none). */
  private int[] links;
  private int[] values;
  private int size;
  private int free = -1;

  /** A map sized for about {@code expected} entries. */
  public IntMultiMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1);
    heads = new int[capacity];
    Arrays.fill(heads, -1);
    present = new long[capacity / 8];
    int entries = Math.max(16, expected);
    links = new int[2 * entries];
    values = new int[entries];
  }

  /** Adds {@code value} under {@code hash}. */
  public void put(int hash, int value) {
    int entry;
    if (free >= 0) {
      entry = free;
      free = links[2 * free + 1];
    } else {
      if (size == values.length) {
        int grown = values.length + (values.length >> 1) + 1;
        links = Arrays.copyOf(links, 2 * grown);
        values = Arrays.copyOf(values, grown);
      }
      if (size + 1 > heads.length) {
        // before the new entry is taken: a rehash relinks only entries already written
        rehash(heads.length * 2);
      }
      entry = size++;
    }
    int spread = spread(hash);
    int bucket = spread & (heads.length - 1);
    mark(spread);
    links[2 * entry] = hash;
    values[entry] = value;
    links[2 * entry + 1] = heads[bucket];
    heads[bucket] = entry;
  }

  /** Removes one entry of {@code value} under {@code hash}; false when there is none. */
  public boolean remove(int hash, int value) {
    int bucket = spread(hash) & (heads.length - 1);
    int previous = -1;
    for (int e = heads[bucket]; e >= 0; e = links[2 * e + 1]) {
      if (links[2 * e] == hash && values[e] == value) {
        if (previous < 0) {
          heads[bucket] = links[2 * e + 1];
        } else {
          links[2 * previous + 1] = links[2 * e + 1];
        }
        links[2 * e + 1] = free;
        free = e;
        return true;
      }
      previous = e;
    }
    return false;
  }

  /** The values stored under {@code hash} (most recent first); an empty array when none. */
  public int[] get(int hash) {
    int count = 0;
    for (int e = first(hash); e >= 0; e = next(e, hash)) {
      count++;
    }
    if (count == 0) {
      return NONE;
    }
    int[] found = new int[count];
    int k = 0;
    for (int e = first(hash); e >= 0; e = next(e, hash)) {
      found[k++] = values[e];
    }
    return found;
  }

  /**
   * The first entry stored under {@code hash}, -1 when none: with {@link #next(int, int)} and
   * {@link #value(int)}, a walk over {@link #get}'s values in its order without an array.
   */
  public int first(int hash) {
    int spread = spread(hash);
    if ((present[(spread & (8 * heads.length - 1)) >>> 6] & 1L << spread) == 0) {
      return -1;
    }
    return skipTo(heads[spread & (heads.length - 1)], hash);
  }

  private void mark(int spread) {
    present[(spread & (8 * heads.length - 1)) >>> 6] |= 1L << spread;
  }

  /** The entry after {@code entry} stored under the same {@code hash}, -1 when none. */
  public int next(int entry, int hash) {
    return skipTo(links[2 * entry + 1], hash);
  }

  /** The value of an entry from {@link #first} or {@link #next(int, int)}. */
  public int value(int entry) {
    return values[entry];
  }

  private int skipTo(int entry, int hash) {
    int e = entry;
    while (e >= 0 && links[2 * e] != hash) {
      e = links[2 * e + 1];
    }
    return e;
  }

  /** The bytes its arrays hold (heads and entries), for the index's own cost. */
  public long bytes() {
    return 4L * heads.length + 8L * present.length + 4L * links.length + 4L * values.length
        + 64;
  }

  private static final int[] NONE = new int[0];

  private void rehash(int capacity) {
    int[] fresh = new int[capacity];
    Arrays.fill(fresh, -1);
    boolean[] isFree = new boolean[size];
    for (int e = free; e >= 0; e = links[2 * e + 1]) {
      isFree[e] = true;
    }
    for (int e = 0; e < size; e++) {
      if (!isFree[e]) {
        int bucket = spread(links[2 * e]) & (capacity - 1);
        links[2 * e + 1] = fresh[bucket];
        fresh[bucket] = e;
      }
    }
    heads = fresh;
    present = new long[capacity / 8];
    for (int e = 0; e < size; e++) {
      if (!isFree[e]) {
        mark(spread(links[2 * e]));
      }
    }
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
