package io.credere.cli.collections;

import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.NoticesFile;
import io.credere.io.PolicyFile;
import io.credere.io.Rejects;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.cli.casework.AccountStandings;
import io.credere.cli.casework.CollectorDunning;
import io.credere.io.DisputeRow;
import io.credere.cli.report.ReportWriter;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.collections.dunning.letter.DunningLetter;
import io.credere.collections.dunning.letter.DunningLetters;
import io.credere.core.customer.Customer;
import io.credere.core.error.CredereException;
import io.credere.core.item.OpenItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credere dunning}: proposes the dunning run, one row per customer and currency with an
 * overdue item ({@link DunningReport#COLUMNS}), and with {@code --letters DIR} writes the letters
 * and emails of the proposed actions. With {@code --contacts} and {@code --payments} an account
 * under an open promise is not dunned ({@code UNDER_PROMISE}) and a broken promise is dunned;
 * {@code --disputes} keeps each open dispute's amount out of the claim; {@code --notices-out}
 * writes the notices proposed, for the next day's {@code --notices}.
 */
@Command(name = "dunning", mixinStandardHelpOptions = true,
    description = {"Propose the dunning run: level, channel, documents, fee, interest and the "
        + "next step per customer and currency; exclusions are listed with their reason.",
        "Columns: customer_id,name,currency,level,channel,documents,overdue_amount,"
            + "credit_documents,credit_amount,fee,interest,compensation,total_claim,"
            + "next_step_date,excluded_reason,excluded_documents,explanation",
        "With --disputes, each open dispute's amount stays out of the claim and the rest of "
            + "the document is dunned."})
public final class DunningCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.Accounts book;

  @Option(names = "--policy", paramLabel = "FILE", description = "Dunning policy CSV "
      + "(level,days_overdue,min_amount,channel,fee,interest,wait_days); default: standard.")
  Path policy;

  @Option(names = "--notices", paramLabel = "FILE", description = "Notices already sent: "
      + "customer_id,currency,level,date[,documents separated by ;] (default: none).")
  Path notices;

  @Option(names = "--notices-out", paramLabel = "FILE", description = "Write the notices this "
      + "run proposes to FILE, in the --notices format, for the next day's run.")
  Path noticesOut;

  @Mixin
  InputFiles.OptionalDisputes disputes;

  @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "0..1")
  io.credere.cli.casework.ContactsOptions contacts;

  @Option(names = "--letters", paramLabel = "DIR",
      description = "Write the letters and emails of the proposed actions to DIR.")
  Path letters;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  ProgressOption progressOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    LocalDate date = book.asOf();
    PolicyFile.Read read = policy == null ? null
        : PolicyFile.readWithLines(policy, Rejects.failFast());
    DunningPolicy chosen = read == null ? DunningPolicy.standard() : read.policy();
    List<OpenItem> items;
    List<Customer> accounts;
    List<io.credere.collections.dunning.DunningNotice> history = List.of();
    AccountStandings standings;
    List<DisputeRow> disputed;
    try (Rejects rejects = rejectsOption.open()) {
      items = book.ledger().read(rejects, progressOption.open(spec.commandLine().getErr()));
      accounts = book.customers().read(rejects);
      if (notices != null) {
        history = NoticesFile.read(notices, rejects);
      }
      disputed = disputes.read(rejects);
      standings = AccountStandings.read(Optional.ofNullable(contacts), items, accounts, date,
          rejects);
    }
    if (read != null) {
      read.checkCurrencies(items.stream().map(OpenItem::currency).distinct().toList());
    }
    CollectorDunning run = CollectorDunning.of(DunningRun.of(chosen,
        CollectionsSetup.interest()), standings, disputed);
    List<DunningProposal> proposals = run.propose(items, accounts, history, date);
    outputOptions.write(List.of(DunningReport.of(proposals, run::note)),
        spec.commandLine().getOut());
    if (noticesOut != null) {
      ReportWriter.writeCsv(DunningReport.notices(proposals, date), noticesOut);
    }
    if (letters != null) {
      writeLetters(proposals, letters, date, Integer.MAX_VALUE);
    }
    return 0;
  }

  /** Writes up to {@code max} letters; returns how many were written. */
  public static int writeLetters(List<DunningProposal> proposals, Path dir, LocalDate date,
      int max) {
    DunningLetters renderer = DunningLetters.builtIn();
    int written = 0;
    try {
      Files.createDirectories(dir);
      for (DunningProposal proposal : proposals) {
        if (written >= max) {
          break;
        }
        Optional<DunningLetter> letter = renderer.render(proposal, CollectionsSetup.letterhead(),
            CollectionsSetup.language(proposal.currency()), date);
        if (letter.isPresent()) {
          Files.writeString(dir.resolve(letter.get().fileName()), letter.get().text(),
              StandardCharsets.UTF_8);
          written++;
        }
      }
    } catch (IOException e) {
      throw new CredereException("cannot write letters to " + dir + ": " + e.getMessage(), e);
    }
    return written;
  }
}
