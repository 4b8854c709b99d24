package io.credere.io;

import java.util.Arrays;

/**
 * A small map from byte strings (customer ids as they stand in the file) to indexes, looked up
 * without making a String per row: open addressing on a 64-bit hash, the key's bytes kept for an
 * exact comparison.
 */
final class ByteKeys {

  private long[] hashes = new long[1 << 12];
  private byte[][] keys = new byte[1 << 12][];
  private int[] values = new int[1 << 12];
  private int size;

  /** The value of the bytes, or -1. */
  int find(byte[] b, int s, int e, long hash) {
    int mask = hashes.length - 1;
    int i = (int) hash & mask;
    long h;
    while ((h = hashes[i]) != 0) {
      if (h == hash && Arrays.equals(keys[i], 0, keys[i].length, b, s, e)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Adds bytes not yet present. */
  void put(byte[] b, int s, int e, long hash, int value) {
    if (++size * 2 >= hashes.length) {
      long[] oldHashes = hashes;
      byte[][] oldKeys = keys;
      int[] oldValues = values;
      hashes = new long[oldHashes.length * 2];
      keys = new byte[oldHashes.length * 2][];
      values = new int[oldHashes.length * 2];
      for (int k = 0; k < oldHashes.length; k++) {
        if (oldHashes[k] != 0) {
          insert(oldHashes[k], oldKeys[k], oldValues[k]);
        }
      }
    }
    insert(hash, Arrays.copyOfRange(b, s, e), value);
  }

  private void insert(long hash, byte[] key, int value) {
    int mask = hashes.length - 1;
    int i = (int) hash & mask;
    while (hashes[i] != 0) {
      i = (i + 1) & mask;
    }
    hashes[i] = hash;
    keys[i] = key;
    values[i] = value;
  }
}
