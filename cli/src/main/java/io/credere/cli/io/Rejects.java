package io.credere.cli.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.credere.cli.report.CellText;
import io.credere.core.error.CredereException;
import io.credere.core.error.ValidationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to a bad row: by default ({@link #failFast()}) the first one stops the run; with
 * {@code --rejects FILE} ({@link #toFile(Path)}) every bad row is kept with its original line
 * number and the reason, and the run goes on.
 *
 * <p>The rejects file is CSV: {@code source,line,reason} followed by the row's original columns.
 */
public abstract class Rejects implements AutoCloseable {

  private Rejects() {}

  /** Stop at the first bad row by throwing its error. */
  public static Rejects failFast() {
    return new Rejects() {
      @Override
      void reject(CsvRow row, ValidationException error) {
        throw error;
      }

      @Override
      public int count() {
        return 0;
      }
    };
  }

  /** Keep every bad row; {@link #close()} writes them to {@code file}. */
  public static Rejects toFile(Path file) {
    return new FileRejects(file);
  }

  /** Called with each file's header before its rows. */
  void header(List<String> header) {}

  abstract void reject(CsvRow row, ValidationException error);

  /** How many rows were rejected so far. */
  public abstract int count();

  /** Writes what was collected; nothing for {@link #failFast()}. */
  @Override
  public void close() {}

  private static final class FileRejects extends Rejects {
    private final Path file;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> header = List.of();
    private int width;

    FileRejects(Path file) {
      this.file = file;
    }

    @Override
    void header(List<String> newHeader) {
      this.header = newHeader;
      this.width = Math.max(width, newHeader.size());
    }

    @Override
    void reject(CsvRow row, ValidationException error) {
      List<String> record = new ArrayList<>();
      record.add(row.source());
      record.add(Long.toString(row.line()));
      record.add(error.getMessage());
      for (String field : row.fields()) {
        record.add(CellText.safe(field));
      }
      width = Math.max(width, row.fields().size());
      rows.add(record);
    }

    @Override
    public int count() {
      return rows.size();
    }

    @Override
    public void close() {
      Path temp = null;
      try {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        temp = Files.createTempFile(parent, ".rejects", ".tmp");
        try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
            .build(temp, StandardCharsets.UTF_8)) {
          List<String> head = new ArrayList<>(List.of("source", "line", "reason"));
          for (int i = 0; i < width; i++) {
            head.add(i < header.size() ? header.get(i) : "column_" + (i + 1));
          }
          writer.writeRecord(head);
          for (List<String> record : rows) {
            writer.writeRecord(record);
          }
        }
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new CredereException("cannot write the rejects file " + file + ": " + e.getMessage(), e);
      } finally {
        if (temp != null) {
          try {
            Files.deleteIfExists(temp);
          } catch (IOException ignored) {
            // best effort: the temp file is hidden and named as such
          }
        }
      }
    }
  }
}
