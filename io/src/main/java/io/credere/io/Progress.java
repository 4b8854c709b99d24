package io.credere.io;

/**
 * Told how far the reading of a file has got, every few thousand rows, so a long run can show
 * rows read, rate and time left. Called on the thread that called the reader (also when a
 * second thread parses ahead), in file order; must be cheap.
 */
@FunctionalInterface
public interface Progress {

  /** Reports nothing. */
  Progress NONE = (source, rows, bytes, totalBytes) -> { };

  /**
   * Reading has got this far.
   *
   * @param source the file being read
   * @param rows data rows read so far
   * @param bytes bytes read so far
   * @param totalBytes the file's size, or -1 when unknown
   */
  void update(String source, long rows, long bytes, long totalBytes);
}
