package io.credere.cli.options;

import io.credere.cli.report.OutputFormat;
import io.credere.cli.report.Report;
import io.credere.cli.report.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --output} and {@code --format} options every report command shares. */
public final class OutputOptions {

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write to FILE (.csv, .json or .xlsx, by extension or --format); "
          + "without it, CSV goes to standard output.")
  Path output;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv, json or xlsx (default: from the --output extension, else csv).")
  OutputFormat format;

  /** Writes the reports where the options say. */
  public void write(List<Report> reports, java.io.Writer stdout) {
    ReportWriter.write(reports, Optional.ofNullable(output), Optional.ofNullable(format), stdout);
  }
}
