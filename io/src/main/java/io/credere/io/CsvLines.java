package io.credere.io;

import io.credere.core.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The contract's files one line at a time, for hosts that split files themselves (a Spark job
 * reads a file as lines): the same dialect and the same row rules as the file readers, minus the
 * checks across rows (duplicate ids), which are the host's.
 */
public final class CsvLines {

  /** A row rule that can be shipped to another machine. */
  public interface RowRule<T> extends CsvInput.RowMapper<T>, Serializable {}

  /** Maps single lines of one file; serializable (it holds the header only). */
  public static final class Mapper<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private final CsvHeader header;
    private final RowRule<T> rule;

    private Mapper(CsvHeader header, RowRule<T> rule) {
      this.header = header;
      this.rule = rule;
    }

    /** The file's header. */
    public CsvHeader header() {
      return header;
    }

    /**
     * The value of one data line.
     *
     * @param lineNumber the 1-based line in the file (the header is line 1)
     * @throws ValidationException naming file, line and column when the row is invalid
     */
    public T map(String line, long lineNumber) {
      try (CsvParser parser = parser(header.source(), line, lineNumber)) {
        if (!parser.next()) {
          throw ValidationException.at(io.credere.core.error.InputPosition.ofLine(
              header.source(), lineNumber), "csv", java.util.Optional.empty(), "is blank");
        }
        CsvRow row = new CsvRow(parser, header);
        try {
          row.checkRecord();
          return rule.map(row);
        } catch (ValidationException e) {
          throw e.position().isUnknown() ? e.at(row.position()) : e;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private CsvLines() {}

  /** The fields of one line (quotes removed), for a header line or a host's own use. */
  public static List<String> split(String source, String line, long lineNumber) {
    try (CsvParser parser = parser(source, line, lineNumber)) {
      return parser.next() ? new CsvRow(parser, null).fields() : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A mapper for the lines of a file whose header line is {@code headerLine}.
   *
   * @throws ValidationException when a required column is missing
   */
  public static <T> Mapper<T> mapper(String source, String headerLine, String kind,
      List<String> required, RowRule<T> rule) {
    return new Mapper<>(CsvHeader.of(source, 1, split(source, headerLine, 1), kind, required),
        rule);
  }

  private static CsvParser parser(String source, String line, long lineNumber) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return new CsvParser(new ByteArrayInputStream(bytes), source, lineNumber, bytes.length);
  }
}
