package io.credere.allocation.internal;

import java.util.Arrays;

/**
 * A map from int keys (positions in a ledger, never negative) to long values, open addressing
 * in two parallel arrays: no boxing, no object per entry. Not thread-safe: its owner confines
 * it to one thread.
 */
public final class IntLongMap {

  private static final int EMPTY = -1;

  private int[] keys;
  private long[] values;
  private int size;
  /**
   * A bit per key below a bound, set once the key is put (null without a bound): a large map
   * asked mostly for keys it does not hold answers from a small array instead of a probe that
   * misses the cache.
   */
  private final long[] present;

  /** An empty map. */
  public IntLongMap() {
    keys = new int[16];
    Arrays.fill(keys, EMPTY);
    values = new long[16];
    present = null;
  }

  /**
   * An empty map that keeps a bit per key below {@code keyBound} (a ledger's positions): for a
   * map that grows large and is mostly asked for keys it does not hold. Keys at or above the
   * bound work as in any map.
   */
  public IntLongMap(int keyBound) {
    keys = new int[16];
    Arrays.fill(keys, EMPTY);
    values = new long[16];
    present = new long[(Math.max(0, keyBound) + 63) >>> 6];
  }

  /** Whether the key bits say {@code key} was never put. */
  private boolean surelyAbsent(int key) {
    return present != null && key >>> 6 < present.length
        && (present[key >>> 6] & 1L << key) == 0;
  }

  /** How many keys it holds. */
  public int size() {
    return size;
  }

  /** Whether it holds {@code key}. */
  public boolean containsKey(int key) {
    return !surelyAbsent(key) && keys[slot(key)] == key;
  }

  /** The value of {@code key}, {@code missing} when it holds none. */
  public long get(int key, long missing) {
    if (surelyAbsent(key)) {
      return missing;
    }
    int slot = slot(key);
    return keys[slot] == key ? values[slot] : missing;
  }

  /** Sets the value of {@code key} (a key is never negative). */
  public void put(int key, long value) {
    if (key < 0) {
      throw new IllegalArgumentException("Key must not be negative, but was " + key);
    }
    int slot = slot(key);
    if (keys[slot] != key) {
      if ((size + 1) * 2 > keys.length) {
        grow();
        slot = slot(key);
      }
      keys[slot] = key;
      size++;
      if (present != null && key >>> 6 < present.length) {
        present[key >>> 6] |= 1L << key;
      }
    }
    values[slot] = value;
  }

  /** Whether any key of this map is also a key of {@code other}. */
  public boolean sharesKeyWith(IntLongMap other) {
    if (size == 0 || other.size == 0) {
      return false;
    }
    for (int key : keys) {
      if (key != EMPTY && other.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code test} holds for any key of this map. */
  public boolean anyKey(java.util.function.IntPredicate test) {
    if (size == 0) {
      return false;
    }
    for (int key : keys) {
      if (key != EMPTY && test.test(key)) {
        return true;
      }
    }
    return false;
  }

  /** Sets every key of {@code other} to its value there. */
  public void putAll(IntLongMap other) {
    for (int i = 0; i < other.keys.length; i++) {
      if (other.keys[i] != EMPTY) {
        put(other.keys[i], other.values[i]);
      }
    }
  }

  /** The keys, ascending. */
  public int[] sortedKeys() {
    int[] out = new int[size];
    int k = 0;
    for (int key : keys) {
      if (key != EMPTY) {
        out[k++] = key;
      }
    }
    Arrays.sort(out);
    return out;
  }

  private int slot(int key) {
    int mask = keys.length - 1;
    int h = key * 0x9E3779B9;
    int slot = (h ^ (h >>> 16)) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    long[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new long[keys.length];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }
}
