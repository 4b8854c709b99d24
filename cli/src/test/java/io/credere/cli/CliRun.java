package io.credere.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs the command line in-process and keeps what it printed, for tests.
 *
 * @param exitCode the exit code
 * @param out what went to standard output
 * @param err what went to standard error
 */
public record CliRun(int exitCode, String out, String err) {

  /** Runs {@code credere args...}. */
  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new CliRun(code, out.toString(), err.toString());
  }
}
