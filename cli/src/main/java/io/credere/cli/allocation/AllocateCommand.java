package io.credere.cli.allocation;

import io.credere.cli.options.InputFiles;
import io.credere.allocation.AllocationPolicy;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.LedgerIndex;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.Tolerance;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import io.credere.cli.report.ReportWriter;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code credere allocate}: applies incoming payments to the ledger and explains every line, per
 * the file contract. Bank statements ({@code --statement}) plug in through
 * {@link #run(List, List, List)}, which takes payments from any source.
 */
@Command(name = "allocate", mixinStandardHelpOptions = true,
    description = {"Apply incoming payments to open items (cash application).",
        "Columns: payment_id,customer_id,document_id,kind,amount,rule,explanation; rows grouped "
            + "by payment in input order. A summary goes to standard error."})
public final class AllocateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.Ledger ledger;

  @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  /** Where the payments come from: a payments CSV or a bank statement. */
  static final class Source {
    @Option(names = "--payments", required = true, paramLabel = "FILE",
        description = "Incoming payments (the contract's payments CSV).")
    Path payments;

    @Option(names = "--statement", required = true, paramLabel = "FILE",
        description = "A bank statement (camt.053, camt.054, MT940, MT942 or BAI2; detected from "
            + "content) whose credits are the incoming payments.")
    Path statement;
  }

  @Mixin
  InputFiles.AsOf asOf;

  @Mixin
  InputFiles.OptionalCustomers customers;

  @Option(names = "--tolerance-amount", paramLabel = "X",
      description = "Largest write-off per document: a plain number in each payment's currency "
          + "(at most its decimals), or per currency EUR:5,GBP:4,JPY:500 (a currency not "
          + "listed gets no amount limit of its own). Default: no limit of its own.")
  String toleranceAmount;

  @Option(names = "--tolerance-percent", paramLabel = "P",
      description = "Largest write-off in percent of the document's open amount.")
  BigDecimal tolerancePercent;

  @Option(names = "--ledger-out", paramLabel = "FILE",
      description = "Write the ledger after the run (ledger format).")
  Path ledgerOut;

  @Option(names = "--suggestions", paramLabel = "FILE",
      description = "Write, for cash left on account or unapplied, up to 3 ranked candidate "
          + "matches: payment_id,rank,customer_id,document_ids,amount,confidence,evidence.")
  Path suggestionsOut;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  ProgressOption progressOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    if (toleranceAmount != null) {
      try {
        AllocationReports.toleranceAmounts(toleranceAmount, List.of());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option "
            + "'--tolerance-amount': " + e.getMessage());
      }
    }
    if (tolerancePercent != null && (tolerancePercent.signum() < 0
        || tolerancePercent.compareTo(BigDecimal.valueOf(100)) > 0)) {
      throw new ParameterException(spec.commandLine(), "--tolerance-percent must be 0 to 100");
    }
    List<OpenItem> items;
    List<Customer> accounts;
    List<IncomingPayment> incoming;
    try (Rejects rejects = rejectsOption.open()) {
      // as columns: the index makes an item only when a payment comes to it
      items = io.credere.io.LedgerFile.readColumns(ledger.path(), rejects,
          progressOption.open(spec.commandLine().getErr()));
      accounts = customers.read(rejects);
      incoming = source.statement != null
          ? io.credere.workflow.BankPayments.of(
              io.credere.cli.statements.StatementCommand.read(source.statement))
          : AllocationReports.payments(PaymentsFile.read(source.payments, rejects));
    }
    return run(items, accounts, incoming);
  }

  /** The seam for other payment sources (e.g. bank statements): runs and writes the output. */
  int run(List<OpenItem> items, List<Customer> accounts, List<IncomingPayment> incoming) {
    Tolerance.Builder tolerance = Tolerance.builder().percent(
        Optional.ofNullable(tolerancePercent));
    if (toleranceAmount != null) {
      java.util.Set<org.joda.money.CurrencyUnit> currencies = new java.util.TreeSet<>();
      incoming.forEach(p -> currencies.add(p.currency()));
      try {
        AllocationReports.toleranceAmounts(toleranceAmount, currencies)
            .forEach(m -> tolerance.putAmounts(m.getCurrencyUnit(), m));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "Invalid value for option "
            + "'--tolerance-amount': " + e.getMessage());
      }
    }
    CashApplication application = CashApplication.builder()
        .policy(AllocationPolicy.builder().tolerance(tolerance.build()).build()).build();
    // indexed, then applied: the run returns only what changed; the whole ledger after it is
    // made (by booking the run into the index) only when --ledger-out asks for it
    LedgerIndex book = LedgerIndex.of(items, accounts);
    AllocationRun run = application.apply(book, incoming);
    outputOptions.write(List.of(AllocationReports.allocation(run, "allocation")),
        spec.commandLine().getOut());
    if (ledgerOut != null) {
      book.post(run);
      ReportWriter.writeCsv(AllocationReports.ledger(book.items(), "ledger"), ledgerOut);
    }
    if (suggestionsOut != null) {
      ReportWriter.writeCsv(AllocationReports.suggestions(run, "suggestions"), suggestionsOut);
    }
    PrintWriter err = spec.commandLine().getErr();
    err.println("allocate: " + String.join("; ", AllocationReports.summary(run)));
    err.flush();
    return 0;
  }
}
