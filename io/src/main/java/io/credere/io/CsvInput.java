package io.credere.io;

import io.credere.core.error.CredereException;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads one of the contract's CSV files, streaming, with one reader for every valid shape: UTF-8
 * (a BOM is accepted), comma separated, RFC 4180 quoting, a header row whose names are matched
 * case-insensitively, any column order, unknown columns ignored, blank lines and rows of empty
 * cells skipped, line ends {@code \n}, {@code \r\n} or {@code \r}.
 *
 * <p>Each data row is handed to a handler; an error in a row (a {@link ValidationException})
 * either stops the run or goes to the {@link Rejects} with the row's file and line. An error of
 * the file as a whole (missing, not a readable CSV, a quote never closed, a required column
 * missing) always stops the run.
 */
public final class CsvInput {

  /** How often (in rows) progress is reported. */
  static final int PROGRESS_EVERY = 1 << 16;

  /** Turns one row into a value; throws {@link ValidationException} for a bad row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    /** The value of {@code row}. */
    T map(CsvRow row);
  }

  private CsvInput() {}

  /**
   * Reads every row of {@code file} through {@code mapper}.
   *
   * @param kind what the file is, for messages ({@code ledger})
   * @param required the columns the file must have (lower case)
   * @param rejects where bad rows go; {@link Rejects#failFast()} stops at the first
   * @return the values of the good rows, in file order
   * @throws ValidationException when the file cannot be read, lacks a required column, or (fail
   *     fast) has a bad row
   */
  public static <T> List<T> read(Path file, String kind, List<String> required,
      RowMapper<T> mapper, Rejects rejects) {
    List<T> values = new ArrayList<>();
    forEach(file, kind, required, row -> values.add(mapper.map(row)), rejects, Progress.NONE);
    return values;
  }

  /** Like {@link #read} but hands each row to {@code handler} without keeping it. */
  public static void forEach(Path file, String kind, List<String> required,
      Consumer<CsvRow> handler, Rejects rejects) {
    forEach(file, kind, required, handler, rejects, Progress.NONE);
  }

  /**
   * Like {@link #forEach(Path, String, List, Consumer, Rejects)}, telling {@code progress} how
   * far it got.
   *
   * @return the number of data rows read (good and bad)
   */
  public static long forEach(Path file, String kind, List<String> required,
      Consumer<CsvRow> handler, Rejects rejects, Progress progress) {
    return forEach(file, kind, required, each(handler), rejects, progress,
        ReadAhead.Settings.ONE_THREAD);
  }

  /** A decoder that leaves every row to {@code handler} on the caller's thread. */
  static RowDecoder<Void> each(Consumer<CsvRow> handler) {
    return new RowDecoder<>() {
      @Override
      public Void columns(int capacity) {
        return null;
      }

      @Override
      public void decode(CsvRow row, Void columns, int i) {}

      @Override
      public void accept(CsvRow row, Void columns, int i) {
        handler.accept(row);
      }
    };
  }

  /**
   * Reads every row of {@code file} through {@code decoder}, on two threads when
   * {@code settings} say so for the file's size.
   *
   * @return the number of data rows read (good and bad)
   */
  static <D> long forEach(Path file, String kind, List<String> required, RowDecoder<D> decoder,
      Rejects rejects, Progress progress, ReadAhead.Settings settings) {
    return forEach(file, kind, required, rejects, (parser, header, size) ->
        settings.twoThreads(size)
            ? ReadAhead.rows(parser, header, decoder, rejects, progress, size, settings)
            : rows(parser, header, decoder, rejects, progress, size));
  }

  /** What reads the data rows of a file once its header is read. */
  @FunctionalInterface
  interface Body {
    /**
     * Reads the data rows of {@code parser}, a file of {@code size} bytes.
     *
     * @return the number of data rows read (good and bad)
     */
    long rows(CsvParser parser, CsvHeader header, long size) throws IOException;
  }

  /**
   * Opens {@code file}, reads and checks its header (handing it to {@code rejects}) and leaves
   * the data rows to {@code body}; the errors of a file that cannot be read are the same
   * whatever the body.
   */
  static long forEach(Path file, String kind, List<String> required, Rejects rejects,
      Body body) {
    String source = file.toString();
    if (!Files.isRegularFile(file)) {
      throw ValidationException.at(InputPosition.ofSource(source), kind, Optional.empty(),
          Files.exists(file) ? "is not a file" : "file does not exist");
    }
    long size;
    InputStream in;
    try {
      size = Files.size(file);
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw ValidationException.at(InputPosition.ofSource(source), kind, Optional.empty(),
          "file does not exist");
    } catch (IOException e) {
      throw new CredereException(source + ": cannot read the " + kind + " file: "
          + e.getMessage(), e);
    }
    try (CsvParser parser = new CsvParser(in, source, 1, size)) {
      CsvHeader header = header(parser, kind, required);
      rejects.header(header);
      return body.rows(parser, header, size);
    } catch (IOException e) {
      throw new CredereException(source + ": cannot read the " + kind + " file: "
          + e.getMessage(), e);
    }
  }

  /** Reads the data rows of an open parser (its header read) on the caller's thread. */
  static <D> long rows(CsvParser parser, CsvHeader header, RowDecoder<D> decoder,
      Rejects rejects, Progress progress, long size) throws IOException {
    CsvRow row = new CsvRow(parser, header);
    D columns = decoder.columns(1);
    long rows = 0;
    while (parser.next()) {
      if (row.allBlank()) {
        continue;
      }
      rows++;
      row(row, decoder, columns, rejects);
      if ((rows & (PROGRESS_EVERY - 1)) == 0) {
        progress.update(parser.source(), rows, parser.recordOffset(), size);
      }
    }
    progress.update(parser.source(), rows, size, size);
    return rows;
  }

  /**
   * Checks, decodes and accepts one data row on the caller's thread, giving its error to
   * {@code rejects}: the work of one row of the one-thread loop.
   */
  static <D> void row(CsvRow row, RowDecoder<D> decoder, D columns, Rejects rejects) {
    try {
      row.checkRecord();
      decoder.decode(row, columns, 0);
      decoder.accept(row, columns, 0);
    } catch (ValidationException e) {
      rejects.reject(row, e.position().isUnknown() ? e.at(row.position()) : e);
    }
  }

  /** The header record of an open parser, checked. */
  static CsvHeader header(CsvParser parser, String kind, List<String> required)
      throws IOException {
    if (!parser.next()) {
      throw ValidationException.at(InputPosition.ofLine(parser.source(), 1), kind,
          Optional.empty(), "file is empty (expected a header row naming the columns)");
    }
    CsvHeader header = CsvHeader.of(parser.source(), parser.recordLine(),
        new CsvRow(parser, null).fields(), kind, required);
    if (parser.nonAscii()) {
      new CsvRow(parser, header).checkRecord();
    }
    return header;
  }
}
