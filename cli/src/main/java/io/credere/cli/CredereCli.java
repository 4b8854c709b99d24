package io.credere.cli;

import io.credere.cli.demo.DemoCommand;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The top command, {@code credere}. Every command is listed in {@link #COMMANDS}.
 */
@Command(name = "credere",
    mixinStandardHelpOptions = true,
    versionProvider = CredereVersion.class,
    description = "Credit control and collections on the files your ERP exports.")
public final class CredereCli implements Runnable {

  /**
   * Every command, in the order {@code --help} lists them. Registered by {@link Main}: all of
   * them, or only the one a command line names (picocli reads each command's options when it
   * is registered, which took a third of a second of every run for commands not run).
   */
  public static final List<Class<?>> COMMANDS = List.of(
      DemoCommand.class,
      ValidateCommand.class,
      io.credere.cli.aging.AgingCommand.class,
      io.credere.cli.aging.KpiCommand.class,
      io.credere.cli.allocation.AllocateCommand.class,
      io.credere.cli.statements.StatementCommand.class,
      io.credere.cli.scoring.ScoreCommand.class, io.credere.cli.scoring.CreditCheckCommand.class,
      io.credere.cli.collections.InterestCommand.class,
      io.credere.cli.collections.DunningCommand.class,
      io.credere.cli.collections.WorklistCommand.class,
      io.credere.cli.casework.PromisesCommand.class,
      io.credere.cli.casework.DisputesCommand.class,
      io.credere.cli.casework.RefundsCommand.class);

  /** The name a command is called by ({@code @Command(name = ...)}). */
  public static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
  }

  @Spec
  CommandSpec spec;

  /** Without a command: wrong usage. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
