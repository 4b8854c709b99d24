package io.credere.cli.collections;

import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.Rejects;
import io.credere.cli.casework.AccountStandings;
import io.credere.cli.casework.ContactsOptions;
import io.credere.collections.worklist.Worklist;
import io.credere.collections.worklist.WorklistEntry;
import io.credere.collections.worklist.WorklistScore;
import io.credere.collections.worklist.WorklistStrategy;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credere worklist}: the accounts to call today, ranked, with the reason for each. With
 * {@code --contacts} and {@code --payments}, an account with a broken or partly kept promise is
 * called first, and an account under an open promise is left off the list until its promised
 * date.
 */
@Command(name = "worklist", mixinStandardHelpOptions = true,
    description = {"Rank the accounts to call today (amount overdue x days x risk grade); "
        + "with --contacts and --payments, broken promises first and accounts under an open "
        + "promise left off until the promised date.",
        "Columns: rank,customer_id,name,currency,overdue_amount,items_overdue,max_days_overdue,"
            + "risk_grade,broken_promise,score,reason,last_contact,last_outcome",
        "The customers' risk_class is the risk grade."})
public final class WorklistCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.Accounts book;

  @ArgGroup(exclusive = false, multiplicity = "0..1")
  ContactsOptions contacts;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  ProgressOption progressOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    LocalDate date = book.asOf();
    List<OpenItem> items;
    List<Customer> accounts;
    AccountStandings standings;
    try (Rejects rejects = rejectsOption.open()) {
      items = book.ledger().read(rejects, progressOption.open(spec.commandLine().getErr()));
      accounts = book.customers().read(rejects);
      standings = AccountStandings.read(Optional.ofNullable(contacts), items, accounts, date,
          rejects);
    }
    outputOptions.write(List.of(WorklistReport.of(rank(items, accounts, standings, date),
        standings)), spec.commandLine().getOut());
    return 0;
  }

  /**
   * The worklist with the contact log's standings: accounts waiting for a promised date left
   * out, accounts with a broken or partly kept promise ranked first.
   */
  public static List<WorklistEntry> rank(List<OpenItem> items, List<Customer> accounts,
      AccountStandings standings, LocalDate asOf) {
    WorklistStrategy standard = WorklistStrategy.standard();
    WorklistStrategy strategy = account -> {
      WorklistScore score = standard.score(account);
      return standings.isBroken(account.customerId(), account.currency())
          ? score.withTier(0) : score;
    };
    List<OpenItem> callable = items.stream()
        .filter(i -> !standings.isWaiting(i.customerId(), i.currency(), asOf)).toList();
    return Worklist.of(strategy).rank(callable, accounts, Set.of(), Set.of(), asOf);
  }
}
