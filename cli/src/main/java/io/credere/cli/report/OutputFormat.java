package io.credere.cli.report;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a report can be written in. */
public enum OutputFormat {
  /** The contract's CSV dialect. */
  CSV,
  /** A JSON array of objects, one per row; amounts as numbers with the currency's scale. */
  JSON,
  /** An Excel workbook, one sheet per report. */
  XLSX;

  /** The format named by a file's extension, if it names one. */
  public static Optional<OutputFormat> ofFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (OutputFormat format : values()) {
      if (name.endsWith("." + format.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
