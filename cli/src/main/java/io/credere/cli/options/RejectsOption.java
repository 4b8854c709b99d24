package io.credere.cli.options;

import io.credere.io.Rejects;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --rejects} option: keep going past bad rows and write them to a file. */
public final class RejectsOption {

  @Option(names = "--rejects", paramLabel = "FILE",
      description = "Go on past bad input rows and write each to FILE with its line number and "
          + "the reason (default: the first bad row stops the run with exit code 1).")
  Path rejects;

  /** The rejects policy the option asks for. */
  public Rejects open() {
    return rejects == null ? Rejects.failFast() : Rejects.toFile(rejects);
  }
}
