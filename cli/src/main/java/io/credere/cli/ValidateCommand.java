package io.credere.cli;

import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.ArHistoryFile;
import io.credere.io.CustomersFile;
import io.credere.io.FinancialsFile;
import io.credere.io.HistoryFile;
import io.credere.io.LedgerFile;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

  @Option(names = "--ledger", paramLabel = "FILE", description = "Open items.")
  Path ledger;

  @Option(names = "--customers", paramLabel = "FILE", description = "Customer accounts.")
  Path customers;

  @Option(names = "--payments", paramLabel = "FILE", description = "Incoming payments.")
  Path payments;

  @Option(names = "--history", paramLabel = "FILE", description = "Settled invoices.")
  Path history;

  @Option(names = "--financials", paramLabel = "FILE", description = "Financial statements.")
  Path financials;

  @Option(names = "--ar-history", paramLabel = "FILE", description = "Month-end AR snapshots.")
  Path arHistory;

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
      given += check(report, ledger, "ledger", rejects, (f, r) -> (int) LedgerFile.check(f, r,
          progressOption.open(spec.commandLine().getErr())));
      given += check(report, customers, "customers", rejects,
          (f, r) -> CustomersFile.read(f, r).size());
      given += check(report, payments, "payments", rejects,
          (f, r) -> PaymentsFile.read(f, r).size());
      given += check(report, history, "history", rejects, (f, r) -> HistoryFile.read(f, r).size());
      given += check(report, financials, "financials", rejects,
          (f, r) -> FinancialsFile.read(f, r).size());
      given += check(report, arHistory, "ar-history", rejects,
          (f, r) -> ArHistoryFile.read(f, r).size());
      if (given == 0) {
        throw new ParameterException(spec.commandLine(),
            "Missing file: give at least one of --ledger, --customers, --payments, --history, "
                + "--financials, --ar-history");
      }
    }
    outputOptions.write(List.of(report.build()), spec.commandLine().getOut());
    return 0;
  }

  private static int check(Report.Builder report, Path file, String kind, Rejects rejects,
      BiFunction<Path, Rejects, Integer> reader) {
    if (file == null) {
      return 0;
    }
    int before = rejects.count();
    int rows = reader.apply(file, rejects);
    report.row(Cell.input(file.toString()), Cell.text(kind), Cell.integer(rows),
        Cell.integer(rejects.count() - before));
    return 1;
  }
}
