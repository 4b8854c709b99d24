package io.credere.cli;

import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.LedgerFile;
import io.credere.io.Rejects;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code credere validate}: checks ERP export files against the contract before a run, and
 * reports how many rows each holds (and how many were rejected with {@code --rejects}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check the files an ERP exported against the file contract.",
        "Writes one row per file: file, kind, rows read, rows rejected."})
public final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.OptionalLedger ledger;

  @Mixin
  InputFiles.OptionalCustomers customers;

  @Mixin
  InputFiles.OptionalPayments payments;

  @Mixin
  InputFiles.OptionalHistory history;

  @Mixin
  InputFiles.OptionalFinancials financials;

  @Mixin
  InputFiles.OptionalArHistory arHistory;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  OutputOptions outputOptions;

  @Mixin
  ProgressOption progressOption;

  @Override
  public Integer call() {
    Report.Builder report = Report.builder("validation", "file", "kind", "rows", "rejected");
    int given = 0;
    try (Rejects rejects = rejectsOption.open()) {
      given += check(report, ledger.file(), "ledger", rejects, (f, r) -> (int) LedgerFile.check(f,
          r, progressOption.open(spec.commandLine().getErr())));
      given += check(report, customers, "customers", rejects);
      given += check(report, payments, "payments", rejects);
      given += check(report, history, "history", rejects);
      given += check(report, financials, "financials", rejects);
      given += check(report, arHistory, "ar-history", rejects);
      if (given == 0) {
        throw new ParameterException(spec.commandLine(),
            "Missing file: give at least one of --ledger, --customers, --payments, --history, "
                + "--financials, --ar-history");
      }
    }
    outputOptions.write(List.of(report.build()), spec.commandLine().getOut());
    return 0;
  }

  private static int check(Report.Builder report, InputFiles.InputFile<? extends List<?>> input,
      String kind, Rejects rejects) {
    return check(report, input.file(), kind, rejects, (f, r) -> input.read(r).size());
  }

  private static int check(Report.Builder report, Optional<Path> file, String kind,
      Rejects rejects, BiFunction<Path, Rejects, Integer> reader) {
    if (file.isEmpty()) {
      return 0;
    }
    int before = rejects.count();
    int rows = reader.apply(file.get(), rejects);
    report.row(Cell.input(file.get().toString()), Cell.text(kind), Cell.integer(rows),
        Cell.integer(rejects.count() - before));
    return 1;
  }
}
