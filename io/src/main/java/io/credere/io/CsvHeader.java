package io.credere.io;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a contract CSV file: its column names as spelt (a byte order mark and
 * surrounding blanks removed), found case-insensitively; the first of two equal names wins;
 * unknown columns are ignored. Immutable and serializable (a Spark job ships it to its
 * executors).
 */
public final class CsvHeader implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<String> names;
  private final Map<String, Integer> index;

  private CsvHeader(String source, List<String> names, Map<String, Integer> index) {
    this.source = source;
    this.names = names;
    this.index = index;
  }

  /**
   * The header of {@code fields}, checked for the required columns.
   *
   * @param source the file name used in messages
   * @param line the header's line (1 for a file)
   * @param kind what the file is, for messages ({@code ledger})
   * @throws ValidationException naming the header line and the first missing column
   */
  public static CsvHeader of(String source, long line, List<String> fields, String kind,
      List<String> required) {
    List<String> names = new ArrayList<>(fields.size());
    Map<String, Integer> index = new HashMap<>();
    for (String field : fields) {
      String name = (names.isEmpty() && field.startsWith("\uFEFF") ? field.substring(1) : field)
          .strip();
      names.add(name);
      index.putIfAbsent(name.toLowerCase(Locale.ROOT), names.size() - 1);
    }
    for (String column : required) {
      if (!index.containsKey(column)) {
        throw ValidationException.at(InputPosition.ofLine(source, line), column,
            Optional.empty(), "required column is missing from the header (the " + kind
                + " file needs " + String.join(",", required) + ")");
      }
    }
    return new CsvHeader(source, List.copyOf(names), Map.copyOf(index));
  }

  /** The file name used in messages. */
  public String source() {
    return source;
  }

  /** The column names as the header spells them, in file order. */
  public List<String> names() {
    return names;
  }

  /** The position of a column (lower-case contract name), or -1 when the file lacks it. */
  public int indexOf(String column) {
    Integer at = index.get(column);
    return at == null ? -1 : at;
  }

  /** The column's name as spelt in the header, or {@code column} itself when absent. */
  public String spelling(String column) {
    int at = indexOf(column);
    return at < 0 ? column : names.get(at);
  }
}
