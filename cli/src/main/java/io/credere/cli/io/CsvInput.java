package io.credere.cli.io;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.credere.core.error.CredereException;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one of the contract's CSV files, streaming: UTF-8 (a BOM is accepted), comma separated,
 * RFC 4180 quoting, a header row whose names are matched case-insensitively, unknown columns
 * ignored, blank lines skipped.
 *
 * <p>Each data row is handed to a mapper; an error in a row (a {@link ValidationException}) either
 * stops the run or goes to the {@link Rejects} with the row's line number.
 */
public final class CsvInput {

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
   * @param required the columns the file must have
   * @param rejects where bad rows go; {@link Rejects#failFast()} stops at the first
   * @return the values of the good rows, in file order
   * @throws ValidationException when the file cannot be read, lacks a required column, or (fail
   *     fast) has a bad row
   */
  public static <T> List<T> read(Path file, String kind, List<String> required,
      RowMapper<T> mapper, Rejects rejects) {
    List<T> values = new ArrayList<>();
    forEach(file, kind, required, row -> values.add(mapper.map(row)), rejects);
    return values;
  }

  /** Like {@link #read} but hands each row to {@code consumer} without keeping it. */
  public static void forEach(Path file, String kind, List<String> required,
      java.util.function.Consumer<CsvRow> consumer, Rejects rejects) {
    String source = file.toString();
    if (!Files.isRegularFile(file)) {
      throw ValidationException.at(InputPosition.ofSource(source), kind, Optional.empty(),
          "file does not exist or is not a file");
    }
    CsvReader<CsvRecord> reader;
    try {
      // A strict decoder: bytes that are not UTF-8 are an error, never silently replaced.
      java.io.Reader text = new java.io.BufferedReader(new java.io.InputStreamReader(
          Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)), 1 << 16);
      reader = CsvReader.builder().skipEmptyLines(true).ignoreDifferentFieldCount(true)
          .ofCsvRecord(text);
    } catch (NoSuchFileException e) {
      throw ValidationException.at(InputPosition.ofSource(source), kind, Optional.empty(),
          "file does not exist");
    } catch (IOException e) {
      throw new CredereException(source + ": cannot read the " + kind + " file: " + e.getMessage(), e);
    }
    try (reader) {
      Iterator<CsvRecord> records = reader.iterator();
      if (!records.hasNext()) {
        throw ValidationException.at(InputPosition.ofLine(source, 1), kind, Optional.empty(),
            "file is empty (expected a header row naming the columns)");
      }
      CsvRecord headerRecord = records.next();
      List<String> header = new ArrayList<>();
      Map<String, Integer> index = new LinkedHashMap<>();
      for (String name : headerRecord.getFields()) {
        String trimmed = (header.isEmpty() && name.startsWith("\uFEFF") ? name.substring(1) : name)
            .strip();
        header.add(trimmed);
        index.putIfAbsent(trimmed.toLowerCase(Locale.ROOT), header.size() - 1);
      }
      for (String column : required) {
        if (!index.containsKey(column.toLowerCase(Locale.ROOT))) {
          throw ValidationException.at(InputPosition.ofLine(source,
              headerRecord.getStartingLineNumber()), column, Optional.empty(),
              "required column is missing from the header (the " + kind + " file needs "
                  + String.join(",", required) + ")");
        }
      }
      rejects.header(header);
      Map<String, Integer> frozen = Map.copyOf(new HashMap<>(index));
      List<String> frozenHeader = List.copyOf(header);
      while (records.hasNext()) {
        CsvRecord record = records.next();
        CsvRow row = new CsvRow(source, record.getStartingLineNumber(), record.getFields(), frozen,
            frozenHeader);
        try {
          consumer.accept(row);
        } catch (ValidationException e) {
          ValidationException located = e.position().isUnknown() ? e.at(row.position()) : e;
          rejects.reject(row, located);
        }
      }
    } catch (CsvParseException e) {
      throw new CredereException(source + ": not a readable CSV file: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      String reason = e.getCause() instanceof CharacterCodingException
          ? "is not UTF-8 text" : e.getMessage();
      throw new CredereException(source + ": cannot read the " + kind + " file: " + reason, e);
    } catch (IOException e) {
      throw new CredereException(source + ": cannot read the " + kind + " file: " + e.getMessage(), e);
    }
  }
}
