package io.credere.io;

import java.util.Arrays;

/**
 * A small map from byte strings (customer ids as they stand in the file) to indexes, looked up
 * without making a String per row: open addressing on a 64-bit hash. A slot holds the hash, the
 * key's length with its value, and the key's first 16 bytes, side by side in one array, so that
 * a lookup of a key of up to 16 bytes (most customer ids) touches one place in memory and
 * compares the key exactly there; the bytes of a longer key are kept apart for an exact
 * comparison.
 */
final class ByteKeys {

  /** Longs per slot: hash, length and value, bytes 0-7, bytes 8-15. */
  private static final int STRIDE = 4;
  private static final int INLINE = 16;

  private long[] table = new long[(1 << 12) * STRIDE];
  /** The keys longer than {@link #INLINE} bytes, by slot. */
  private byte[][] longKeys = new byte[1 << 12][];
  private int size;

  /** The value of the bytes, or -1. */
  int find(byte[] b, int s, int e, long hash) {
    int length = e - s;
    long w0 = word(b, s, e);
    long w1 = word(b, s + 8, e);
    long[] t = table;
    int mask = longKeys.length - 1;
    int i = (int) hash & mask;
    long h;
    while ((h = t[i * STRIDE]) != 0) {
      if (h == hash) {
        long meta = t[i * STRIDE + 1];
        if ((int) (meta >>> 32) == length && t[i * STRIDE + 2] == w0 && t[i * STRIDE + 3] == w1
            && (length <= INLINE || Arrays.equals(longKeys[i], 0, length, b, s, e))) {
          return (int) meta;
        }
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Adds bytes not yet present, with a value of 0 or more. */
  void put(byte[] b, int s, int e, long hash, int value) {
    if (++size * 2 >= longKeys.length) {
      long[] oldTable = table;
      byte[][] oldKeys = longKeys;
      table = new long[oldTable.length * 2];
      longKeys = new byte[oldKeys.length * 2][];
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldTable[k * STRIDE] != 0) {
          insert(oldTable[k * STRIDE], oldTable[k * STRIDE + 1], oldTable[k * STRIDE + 2],
              oldTable[k * STRIDE + 3], oldKeys[k]);
        }
      }
    }
    int length = e - s;
    insert(hash, (long) length << 32 | value, word(b, s, e), word(b, s + 8, e),
        length > INLINE ? Arrays.copyOfRange(b, s, e) : null);
  }

  private void insert(long hash, long meta, long w0, long w1, byte[] longKey) {
    int mask = longKeys.length - 1;
    int i = (int) hash & mask;
    while (table[i * STRIDE] != 0) {
      i = (i + 1) & mask;
    }
    table[i * STRIDE] = hash;
    table[i * STRIDE + 1] = meta;
    table[i * STRIDE + 2] = w0;
    table[i * STRIDE + 3] = w1;
    longKeys[i] = longKey;
  }

  /** Up to 8 bytes of {@code b} from {@code from} (before {@code e}), zero-padded. */
  private static long word(byte[] b, int from, int e) {
    long w = 0;
    int end = Math.min(from + 8, e);
    for (int k = end - 1; k >= from; k--) {
      w = w << 8 | (b[k] & 0xFFL);
    }
    return w;
  }
}
