package io.credere.cli.demo;

import io.credere.cli.report.ReportWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credere demo}: runs the month of a credit controller on the sample data, prints a
 * summary and writes every report (CSV files and one workbook) to the output folder.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Run a credit controller's month on the sample data shipped with Credere:",
        "print a summary and write every report (CSV and one .xlsx workbook) to DIR."})
public final class DemoCommand implements Callable<Integer> {

  /** The as-of date of the sample data. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  @Spec
  CommandSpec spec;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "target/demo",
      description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
  Path output;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path input = SampleData.extractTo(output.resolve("input"));
    DemoContext context = new DemoContext(input, output, AS_OF, out);
    out.println("Credere demo: a wholesale distributor's receivables as of " + AS_OF);
    out.println("Sample files: " + input);
    out.println();
    List<DemoStep> steps = DemoSteps.all();
    for (int i = 0; i < steps.size(); i++) {
      DemoStep step = steps.get(i);
      err.printf("[%d/%d] %s...%n", i + 1, steps.size(), step.title());
      err.flush();
      step.run(context);
      out.println();
    }
    Path workbook = output.resolve("credere-demo.xlsx");
    ReportWriter.writeXlsx(context.reports(), context.charts(), workbook);
    out.println("Reports written to " + output + ": "
        + context.reports().stream().map(r -> r.name() + ".csv").toList()
        + " and the workbook " + workbook.getFileName());
    out.flush();
    return 0;
  }
}
