package io.credere.io;

/**
 * One record of a CSV file as byte ranges of a buffer: what {@link CsvRow} reads. The parser's
 * own record points into its read buffer (valid until its next record); a record of a
 * {@link RecordBatch} points into the batch's copy of the bytes (valid until the batch is
 * refilled). Mutable and reused; not thread-safe.
 */
final class CsvRecord {

  final String source;
  byte[] buf;
  int count;
  /** Field {@code k} is {@code buf[starts[base + k], ends[base + k])}. */
  int[] starts;
  int[] ends;
  int base;
  /** The line on which the record starts. */
  long line;
  /** The byte offset in the input where the record starts. */
  long offset;
  /** The record's raw bytes, from its first byte to its line end (for checks). */
  int recordStart;
  int recordEnd;
  boolean nonAscii;
  /** What is wrong with the record's quoting, or null. */
  String problem;

  CsvRecord(String source, int fields) {
    this.source = source;
    this.starts = new int[fields];
    this.ends = new int[fields];
  }

  int start(int field) {
    return starts[base + field];
  }

  int end(int field) {
    return ends[base + field];
  }
}
