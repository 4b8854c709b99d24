package io.credere.cli.casework;

import picocli.CommandLine.ArgGroup;
import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.ContactRow;
import io.credere.io.ContactsFile;
import io.credere.io.PaymentRow;
import io.credere.io.PaymentsFile;
import io.credere.io.Rejects;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code credere promises}: every promise to pay of the contact log, {@code OPEN}, {@code KEPT},
 * {@code PARTIALLY_KEPT} or {@code BROKEN}, with what was paid and the shortfall
 * ({@link #COLUMNS}, one row per {@code PROMISE_TO_PAY} contact in file order).
 */
@Command(name = "promises", mixinStandardHelpOptions = true,
    description = {"Check the promises to pay of the contact log against the cash received: "
        + "OPEN, KEPT, PARTIALLY_KEPT or BROKEN, with what was paid and the shortfall.",
        "Columns: customer_id,contact_date,currency,promised_amount,promised_date,paid_amount,"
            + "shortfall,status,explanation",
        "Cash dated after --as-of is not yet received. A payment counts for the customer "
            + "allocate would attribute it to: its customer_id, else a known account or name "
            + "(--customers), else references to --ledger documents."})
public final class PromisesCommand implements Callable<Integer> {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("customer_id", "contact_date", "currency",
      "promised_amount", "promised_date", "paid_amount", "shortfall", "status", "explanation");

  @Spec
  CommandSpec spec;

  /** The contact log and the cash received, both required here. */
  @ArgGroup(exclusive = false, multiplicity = "1")
  ContactsOptions log;

  @Mixin
  InputFiles.AsOf asOf;

  @Mixin
  InputFiles.OptionalCustomers customers;

  @Mixin
  InputFiles.OptionalLedger ledger;

  @Option(names = "--grace-days", paramLabel = "N", defaultValue = "3",
      description = "Days after the promised date that cash still counts (default: "
          + "${DEFAULT-VALUE}).")
  int graceDays;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  ProgressOption progressOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    if (graceDays < 0) {
      throw new ParameterException(spec.commandLine(), "--grace-days must not be negative");
    }
    List<ContactRow> contacts;
    List<PaymentRow> cash;
    List<OpenItem> items;
    List<Customer> accounts;
    try (Rejects rejects = rejectsOption.open()) {
      contacts = ContactsFile.read(log.contacts(), rejects);
      cash = PaymentsFile.read(log.payments(), rejects);
      items = ledger.read(rejects, progressOption.open(spec.commandLine().getErr()));
      accounts = customers.read(rejects);
    }
    List<PromiseBook.Evaluated> evaluated = PromiseBook.evaluate(contacts,
        PaymentAttribution.of(cash, items, accounts), asOf.date(), graceDays);
    outputOptions.write(List.of(report(evaluated)), spec.commandLine().getOut());
    return 0;
  }

  /** The evaluated promises as the contract's report. */
  public static Report report(List<PromiseBook.Evaluated> evaluated) {
    Report.Builder report = Report.builder("promises", COLUMNS);
    for (PromiseBook.Evaluated e : evaluated) {
      PromiseToPay p = e.promise();
      report.row(Cell.input(p.customerId().value()), Cell.date(p.madeOn()),
          Cell.text(e.currency().getCode()), Cell.amount(p.promisedAmount()),
          Cell.date(p.promisedDate()), Cell.amount(p.paidAmount()), Cell.amount(p.shortfall()),
          Cell.text(p.state().name()), Cell.input(e.explanation()));
    }
    return report.build();
  }
}
