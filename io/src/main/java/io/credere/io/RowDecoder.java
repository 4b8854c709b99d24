package io.credere.io;

/**
 * The work on each row of a file, split in two so that a second thread can take the first part:
 * {@link #decode} (parse and check the row's cells, on the reading thread) and {@link #accept}
 * (the checks across rows and what is kept, on the caller's thread, in file order). Run on one
 * thread, the two calls follow each other row by row; on two, a batch of rows is decoded while
 * the previous one is accepted. Either way the rows, their errors and their order are the same.
 *
 * @param <D> columns that hold a batch's decoded rows, indexed by row
 */
interface RowDecoder<D> {

  /** Columns for {@code capacity} decoded rows. */
  D columns(int capacity);

  /**
   * Decodes {@code row} into row {@code i} of {@code columns}; throws the row's error. May run
   * on another thread than {@link #accept}, never at the same time for the same columns. Its
   * state must be its own (nothing {@link #accept} touches).
   */
  void decode(CsvRow row, D columns, int i);

  /** Takes the decoded row {@code i} (its cells still readable in {@code row}); may throw. */
  void accept(CsvRow row, D columns, int i);

  /**
   * Whether a second thread decodes (true) or only parses, leaving {@link #decode} to the
   * caller's thread just before {@link #accept} (false: for an accept so cheap that the reading
   * thread would do nearly all the work).
   */
  default boolean decodesAhead() {
    return true;
  }
}
