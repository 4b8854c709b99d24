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
      return rows(parser, kind, required, handler, rejects, progress, size);
    } catch (IOException e) {
      throw new CredereException(source + ": cannot read the " + kind + " file: "
          + e.getMessage(), e);
    }
  }

  /** Reads the header and the rows of an open parser. */
  static long rows(CsvParser parser, String kind, List<String> required,
      Consumer<CsvRow> handler, Rejects rejects, Progress progress, long size)
      throws IOException {
    CsvHeader header = header(parser, kind, required);
    rejects.header(header);
    CsvRow row = new CsvRow(parser, header);
    long rows = 0;
    while (parser.next()) {
      if (row.allBlank()) {
        continue;
      }
      rows++;
      try {
        row.checkRecord();
        handler.accept(row);
      } catch (ValidationException e) {
        rejects.reject(row, e.position().isUnknown() ? e.at(row.position()) : e);
      }
      if ((rows & (PROGRESS_EVERY - 1)) == 0) {
        progress.update(parser.source(), rows, parser.recordOffset(), size);
      }
    }
    progress.update(parser.source(), rows, size, size);
    return rows;
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
