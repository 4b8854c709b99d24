package io.credere.io;

import io.credere.core.error.ValidationException;
import java.util.Arrays;

/**
 * Records of a file copied out of the parser's buffer, in file order, with what the reading
 * thread made of each (the decoder's columns {@code decoded}, or the row's error): the unit the
 * reading thread hands to the caller's thread. Refilled when the caller is done with it.
 *
 * @param <D> the decoder's columns for the batch's rows
 */
final class RecordBatch<D> {

  final D decoded;
  int size;
  /** The batch ends the file (or the read failed after its rows). */
  boolean last;
  /** What stopped the reading after the batch's rows, or null. */
  Throwable failure;

  private byte[] bytes;
  private int used;
  private int fieldsUsed;
  private int[] fieldStarts;
  private int[] fieldEnds;
  private final int[] firstField;
  private final int[] fieldCount;
  private final int[] recordStart;
  private final int[] recordEnd;
  private final long[] line;
  private final long[] offset;
  private final boolean[] nonAscii;
  private final String[] problem;
  private final ValidationException[] error;

  RecordBatch(int capacity, int expectedBytes, D decoded) {
    this.decoded = decoded;
    bytes = new byte[Math.max(256, expectedBytes)];
    fieldStarts = new int[capacity * 8];
    fieldEnds = new int[capacity * 8];
    firstField = new int[capacity];
    fieldCount = new int[capacity];
    recordStart = new int[capacity];
    recordEnd = new int[capacity];
    line = new long[capacity];
    offset = new long[capacity];
    nonAscii = new boolean[capacity];
    problem = new String[capacity];
    error = new ValidationException[capacity];
  }

  int capacity() {
    return firstField.length;
  }

  /** Whether the batch's byte buffer is as full as a batch should get. */
  boolean bytesFull() {
    return used >= bytes.length - (bytes.length >> 3);
  }

  void clear() {
    Arrays.fill(problem, 0, size, null);
    Arrays.fill(error, 0, size, null);
    size = 0;
    used = 0;
    fieldsUsed = 0;
    last = false;
    failure = null;
  }

  /** Copies {@code r} in as the next row; returns its index. */
  int add(CsvRecord r) {
    int i = size++;
    int length = r.recordEnd - r.recordStart;
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
    }
    System.arraycopy(r.buf, r.recordStart, bytes, used, length);
    int shift = used - r.recordStart;
    int n = r.count;
    if (fieldsUsed + n > fieldStarts.length) {
      int grown = Math.max(fieldStarts.length * 2, fieldsUsed + n);
      fieldStarts = Arrays.copyOf(fieldStarts, grown);
      fieldEnds = Arrays.copyOf(fieldEnds, grown);
    }
    for (int k = 0; k < n; k++) {
      fieldStarts[fieldsUsed + k] = r.starts[k] + shift;
      fieldEnds[fieldsUsed + k] = r.ends[k] + shift;
    }
    firstField[i] = fieldsUsed;
    fieldCount[i] = n;
    fieldsUsed += n;
    recordStart[i] = used;
    recordEnd[i] = used + length;
    used += length;
    line[i] = r.line;
    offset[i] = r.offset;
    nonAscii[i] = r.nonAscii;
    problem[i] = r.problem;
    return i;
  }

  /** Points {@code view} at row {@code i} of the batch. */
  void load(int i, CsvRecord view) {
    view.starts = fieldStarts;
    view.ends = fieldEnds;
    view.base = firstField[i];
    view.buf = bytes;
    view.count = fieldCount[i];
    view.line = line[i];
    view.offset = offset[i];
    view.recordStart = recordStart[i];
    view.recordEnd = recordEnd[i];
    view.nonAscii = nonAscii[i];
    view.problem = problem[i];
  }

  /** The error of row {@code i} found on the reading thread, or null. */
  ValidationException error(int i) {
    return error[i];
  }

  void error(int i, ValidationException e) {
    error[i] = e;
  }
}
