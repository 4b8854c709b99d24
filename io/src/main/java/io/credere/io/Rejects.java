package io.credere.io;

import io.credere.core.error.CredereException;
import io.credere.core.error.ValidationException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to a bad row: by default ({@link #failFast()}) the first one stops the run; with
 * a rejects file ({@link #toFile(Path)}) every bad row is written, as it is found, with its file,
 * its original line number and the reason, and the run goes on.
 *
 * <p>The rejects file is CSV. Each input file that has bad rows gets a section headed
 * {@code source,line,reason} followed by that file's own column names; its rows follow with
 * their original cells (text a spreadsheet could run is prefixed with {@code '}). A file with no
 * bad rows gets the header of the last file read. The file is written to a temporary file beside
 * it and moved into place on {@link #close()}, so memory stays flat whatever the input's size.
 */
public abstract class Rejects implements AutoCloseable {

  private Rejects() {}

  /** Stop at the first bad row by throwing its error. */
  public static Rejects failFast() {
    return new Rejects() {
      @Override
      public void reject(String source, long line, List<String> fields,
          ValidationException error) {
        throw error;
      }

      @Override
      public int count() {
        return 0;
      }

      @Override
      public boolean keepsGoing() {
        return false;
      }
    };
  }

  /** Keep every bad row in {@code file} (written on {@link #close()}). */
  public static Rejects toFile(Path file) {
    return new FileRejects(file);
  }

  /** Called with each file's header before its rows. */
  void header(CsvHeader header) {}

  /** A bad row of the file being read. */
  void reject(CsvRow row, ValidationException error) {
    reject(row.source(), row.line(), row.fields(), error);
  }

  /**
   * A bad row found after its file was read (a check across rows): stops the run, or is written
   * under the header of {@code source}.
   *
   * @param fields the row's original cells
   */
  public abstract void reject(String source, long line, List<String> fields,
      ValidationException error);

  /** How many rows were rejected so far. */
  public abstract int count();

  /** Whether bad rows are kept and the run goes on (a rejects file), rather than stopping it. */
  public abstract boolean keepsGoing();

  /** Writes what was collected; nothing for {@link #failFast()}. */
  @Override
  public void close() {}

  private static final class FileRejects extends Rejects {
    private final Path file;
    private final List<CsvHeader> headers = new ArrayList<>();
    private Path temp;
    private Writer writer;
    private String section;
    private int count;

    FileRejects(Path file) {
      this.file = file;
    }

    @Override
    void header(CsvHeader header) {
      headers.add(header);
    }

    @Override
    public void reject(String source, long line, List<String> fields,
        ValidationException error) {
      try {
        open();
        if (!source.equals(section)) {
          section = source;
          writer.write(CsvText.record(head(source)));
        }
        List<String> record = new ArrayList<>(fields.size() + 3);
        record.add(source);
        record.add(Long.toString(line));
        record.add(error.getMessage());
        for (String field : fields) {
          record.add(CsvText.safe(field));
        }
        writer.write(CsvText.record(record));
        count++;
      } catch (IOException e) {
        throw new CredereException("cannot write the rejects file " + file + ": "
            + e.getMessage(), e);
      }
    }

    private List<String> head(String source) {
      List<String> head = new ArrayList<>(List.of("source", "line", "reason"));
      for (int k = headers.size() - 1; k >= 0; k--) {
        if (headers.get(k).source().equals(source)) {
          head.addAll(headers.get(k).names());
          break;
        }
      }
      return head;
    }

    private void open() throws IOException {
      if (writer == null) {
        temp = Output.tempBeside(file);
        writer = new BufferedWriter(Files.newBufferedWriter(temp, StandardCharsets.UTF_8),
            1 << 16);
      }
    }

    @Override
    public int count() {
      return count;
    }

    @Override
    public boolean keepsGoing() {
      return true;
    }

    @Override
    public void close() {
      try {
        open();
        if (section == null) {
          String last = headers.isEmpty() ? "" : headers.get(headers.size() - 1).source();
          writer.write(CsvText.record(head(last)));
        }
        writer.close();
        Output.commit(temp, file);
        temp = null;
      } catch (IOException e) {
        throw new CredereException("cannot write the rejects file " + file + ": " + e.getMessage(),
            e);
      } finally {
        Output.discard(temp);
      }
    }
  }
}
