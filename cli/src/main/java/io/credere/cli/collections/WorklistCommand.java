package io.credere.cli.collections;

import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.RejectsOption;
import io.credere.io.CustomersFile;
import io.credere.io.LedgerFile;
import io.credere.io.Rejects;
import io.credere.collections.worklist.Worklist;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code credere worklist}: the accounts to call today, ranked, with the reason for each. */
@Command(name = "worklist", mixinStandardHelpOptions = true,
    description = {"Rank the accounts to call today (amount overdue x days x risk grade).",
        "Columns: rank,customer_id,name,currency,overdue_amount,items_overdue,max_days_overdue,"
            + "risk_grade,broken_promise,score,reason"})
public final class WorklistCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--ledger", required = true, paramLabel = "FILE", description = "Open items.")
  Path ledger;

  @Option(names = "--customers", required = true, paramLabel = "FILE",
      description = "Customer accounts (risk_class is the risk grade).")
  Path customers;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The day to plan, yyyy-MM-dd.")
  LocalDate asOf;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    java.time.LocalDate date = asOf;
    List<OpenItem> items;
    List<Customer> accounts;
    try (Rejects rejects = rejectsOption.open()) {
      items = LedgerFile.read(ledger, rejects);
      accounts = CustomersFile.read(customers, rejects);
    }
    outputOptions.write(List.of(WorklistReport.of(Worklist.standard().rank(items, accounts,
        Set.of(), Set.of(), date))), spec.commandLine().getOut());
    return 0;
  }
}
