package io.credere.io;

import java.util.Arrays;

/**
 * The duplicate-id check of a file read in one pass, in 20 bytes per id whatever the ids' length:
 * a 64-bit hash of each id with the byte offset and line of the row that first held it. A hash
 * seen before is only a suspect: the caller re-reads the first row at its offset and compares
 * the ids themselves, so a collision of hashes never makes a false duplicate.
 */
final class DocumentIds {

  private long[] hashes;
  private long[] offsets;
  private int[] lines;
  private int size;

  /**
   * A table for about {@code expected} ids: the power of two above them. With the callers'
   * estimate of one row per 80 bytes (an overestimate for ERP exports, whose rows run 100 bytes
   * and more) it ends at most about 3/4 full, where it would double: 40 MB for a 1M-row ledger,
   * 335 MB for 10M rows (a 1 GB heap). An underestimate only costs a doubling.
   */
  DocumentIds(long expected) {
    int capacity = Integer.highestOneBit((int) Math.min(1 << 28, Math.max(1024, expected))) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    hashes = new long[capacity];
    offsets = new long[capacity];
    lines = new int[capacity];
  }

  /** The hash of an id's bytes (never 0, the empty slot). */
  static long hash(byte[] b, int s, int e) {
    long h = 0x9E3779B97F4A7C15L ^ (e - s);
    int i = s;
    for (; i + 8 <= e; i += 8) {
      long w = (b[i] & 0xFFL) | (b[i + 1] & 0xFFL) << 8 | (b[i + 2] & 0xFFL) << 16
          | (b[i + 3] & 0xFFL) << 24 | (b[i + 4] & 0xFFL) << 32 | (b[i + 5] & 0xFFL) << 40
          | (b[i + 6] & 0xFFL) << 48 | (b[i + 7] & 0xFFL) << 56;
      h = Long.rotateLeft(h ^ (w * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
    }
    for (; i < e; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
    }
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /**
   * Index of the slot holding {@code hash}, or the complement ({@code < 0}) of the empty slot
   * where it would go.
   */
  int find(long hash) {
    int mask = hashes.length - 1;
    int i = (int) hash & mask;
    long h;
    while ((h = hashes[i]) != 0) {
      if (h == hash) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return ~i;
  }

  /** The number of slots, for a walk over every id recorded ({@link #hash} not 0). */
  int slots() {
    return hashes.length;
  }

  /** The hash of the id in {@code slot}; 0 for an empty slot. */
  long hash(int slot) {
    return hashes[slot];
  }

  /** The byte offset of the row that first held the id in {@code slot}. */
  long offset(int slot) {
    return offsets[slot];
  }

  /** The line of the row that first held the id in {@code slot}. */
  long line(int slot) {
    return lines[slot] & 0xFFFFFFFFL;
  }

  /** Records a new id in the empty slot {@code ~find(hash)} returned. */
  void add(int emptySlot, long hash, long offset, long line) {
    int i = ~emptySlot;
    hashes[i] = hash;
    offsets[i] = offset;
    lines[i] = (int) Math.min(line, 0xFFFFFFFFL);
    if (++size * 4 >= hashes.length * 3) {
      rehash();
    }
  }

  private void rehash() {
    long[] oldHashes = hashes;
    long[] oldOffsets = offsets;
    int[] oldLines = lines;
    allocate(oldHashes.length * 2);
    int mask = hashes.length - 1;
    for (int k = 0; k < oldHashes.length; k++) {
      long h = oldHashes[k];
      if (h != 0) {
        int i = (int) h & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = h;
        offsets[i] = oldOffsets[k];
        lines[i] = oldLines[k];
      }
    }
    Arrays.fill(oldHashes, 0);
  }
}
