package io.credere.cli.options;

import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks every file option of a command before it reads or writes anything, so that a run that
 * fails on one leaves no output behind. An input that does not exist, is a directory or cannot
 * be read is invalid input (exit 1, naming the file and the option, as the readers would). An
 * output whose file name is empty, a spreadsheet format that is not xlsx, a file
 * whose parent is not a directory or that is a directory, a directory that is a file, two
 * outputs on the same file, an output on an input: each is wrong usage (exit 2), like any other
 * option value that cannot be read.
 */
public final class FileOptions {

  /** Options that name a file the command writes. */
  static final Set<String> FILES = Set.of("--output", "--rejects", "--ledger-out",
      "--suggestions", "--notices-out");

  /**
   * Options that name a directory the command writes into; so does any option whose parameter
   * label is {@code DIR} (the demo's {@code --output DIR}).
   */
  static final Set<String> DIRECTORIES = Set.of("--letters");

  /**
   * Inputs that carry state from one run to the next in the command's own output format, so that
   * writing the new state over them is what the user means: {@code disputes --disputes F
   * --output F} (the collector's morning). Every input is read whole before the output, written
   * to a temporary file beside it, is moved into place.
   */
  static final Map<String, String> STATE_INPUTS = Map.of("disputes", "--disputes");

  /** Extensions of spreadsheet formats that are not written: refused, never silently CSV. */
  private static final Set<String> OTHER_SPREADSHEETS = Set.of("xls", "xlsm", "xlsb", "ods",
      "numbers");

  private FileOptions() {}

  /** Checks the file options of the command about to run. */
  public static void check(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    Map<Path, String> outputs = new java.util.HashMap<>();
    List<Path> inputs = new ArrayList<>();
    for (OptionSpec option : spec.options()) {
      Object value = option.getValue();
      if (!(value instanceof Path path)) {
        continue;
      }
      String name = option.longestName();
      if (DIRECTORIES.contains(name) || "DIR".equals(option.paramLabel())) {
        checkDirectory(command, name, path);
      } else if (FILES.contains(name)) {
        checkFile(command, name, path);
      } else {
        checkInput(command, name, path);
        if (!name.equals(STATE_INPUTS.get(spec.name()))) {
          inputs.add(path.toAbsolutePath().normalize());
        }
        continue;
      }
      String earlier = outputs.putIfAbsent(path.toAbsolutePath().normalize(), name);
      if (earlier != null) {
        throw new ParameterException(command, "Invalid value for option '" + name + "': '" + path
            + "' is also the file of " + earlier + " (one would overwrite the other)");
      }
    }
    for (Map.Entry<Path, String> output : outputs.entrySet()) {
      if (inputs.contains(output.getKey())) {
        throw new ParameterException(command, "Invalid value for option '" + output.getValue()
            + "': '" + output.getKey() + "' is an input of this run (it would be overwritten)");
      }
    }
  }

  private static void checkInput(CommandLine command, String name, Path path) {
    String problem = !Files.exists(path) ? "does not exist"
        : Files.isDirectory(path) ? "is a directory (expected a file)"
        : !Files.isReadable(path) ? "cannot be read (no permission)" : null;
    if (problem != null) {
      // the input is missing or not a readable file: invalid input (exit 1), named by its file
      // and option, before anything is read or written
      throw ValidationException.at(InputPosition.ofSource(path.toString()), name.substring(2),
          Optional.empty(), problem);
    }
  }

  private static void checkFile(CommandLine command, String name, Path path) {
    String text = path.toString();
    if (text.isBlank()) {
      throw new ParameterException(command, "Invalid value for option '" + name
          + "': the file name is empty");
    }
    String file = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String extension = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (OTHER_SPREADSHEETS.contains(extension)) {
      throw new ParameterException(command, "Invalid value for option '" + name + "': '" + path
          + "' asks for ." + extension + ", which is not written (choose .xlsx, .csv or .json)");
    }
    if (Files.isDirectory(path)) {
      throw new ParameterException(command, "Invalid value for option '" + name + "': '" + path
          + "' is a directory (expected a file)");
    }
    checkParent(command, name, path);
  }

  private static void checkDirectory(CommandLine command, String name, Path path) {
    if (path.toString().isBlank()) {
      throw new ParameterException(command, "Invalid value for option '" + name
          + "': the directory name is empty");
    }
    if (Files.exists(path) && !Files.isDirectory(path)) {
      throw new ParameterException(command, "Invalid value for option '" + name + "': '" + path
          + "' is a file (expected a directory)");
    }
    checkParent(command, name, path);
  }

  /** The nearest existing ancestor must be a directory. */
  private static void checkParent(CommandLine command, String name, Path path) {
    Path parent = path.toAbsolutePath().getParent();
    while (parent != null && !Files.exists(parent)) {
      parent = parent.getParent();
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new ParameterException(command, "Invalid value for option '" + name + "': '" + path
          + "' cannot be written: " + parent + " is a file, not a directory");
    }
  }
}
