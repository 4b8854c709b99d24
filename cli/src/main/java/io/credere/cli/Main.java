package io.credere.cli;

import io.credere.cli.options.Converters;
import io.credere.cli.options.FileOptions;
import io.credere.core.error.CredereException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Entry point of {@code credere.jar}. Exit codes: {@code 0} success, {@code 1} invalid input (a
 * message naming file, line and column on standard error), {@code 2} wrong usage, {@code 70} an
 * internal error (a bug: please report it with the stack trace).
 */
public final class Main {

  /** Exit code for invalid input. */
  public static final int INVALID_INPUT = 1;
  /** Exit code for wrong usage. */
  public static final int USAGE = CommandLine.ExitCode.USAGE;
  /** Exit code for a bug. */
  public static final int INTERNAL_ERROR = 70;

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns the exit code (for tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    // a command line that names a command gets that command alone: the others' options are
    // not read (help, a version, a misspelt command and no command get them all)
    List<Class<?>> commands = CredereCli.COMMANDS;
    for (Class<?> command : CredereCli.COMMANDS) {
      if (args.length > 0 && CredereCli.nameOf(command).equals(args[0])) {
        commands = List.of(command);
      }
    }
    return commandLine(out, err, commands).execute(args);
  }

  /** The configured command line, with every command. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return commandLine(out, err, CredereCli.COMMANDS);
  }

  private static CommandLine commandLine(PrintWriter out, PrintWriter err,
      List<Class<?>> registered) {
    CommandLine commandLine = new CommandLine(new CredereCli());
    for (Class<?> command : registered) {
      commandLine.addSubcommand(CredereCli.nameOf(command), command);
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    Converters.register(commandLine);
    // Every input and output file is checked before the command reads or writes anything.
    commandLine.setExecutionStrategy(parseResult -> {
      List<CommandLine> commands = parseResult.asCommandLineList();
      try {
        FileOptions.check(commands.get(commands.size() - 1));
      } catch (CredereException missingInput) {
        err.println("credere: error: " + missingInput.getMessage());
        return INVALID_INPUT;
      }
      return new CommandLine.RunLast().execute(parseResult);
    });
    commandLine.setExecutionExceptionHandler((exception, cl, parseResult) -> {
      if (exception instanceof CredereException) {
        err.println("credere: error: " + exception.getMessage());
        return INVALID_INPUT;
      }
      StringWriter trace = new StringWriter();
      exception.printStackTrace(new PrintWriter(trace));
      err.println("credere: internal error (a bug; please report it with what follows): "
          + exception);
      err.print(trace);
      return INTERNAL_ERROR;
    });
    return commandLine;
  }
}
