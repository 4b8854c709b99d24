package io.credere.cli.scoring;

import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.RejectsOption;
import io.credere.io.CustomersFile;
import io.credere.io.FinancialsFile;
import io.credere.io.FinancialsRow;
import io.credere.io.FxRatesFile;
import io.credere.io.HistoryFile;
import io.credere.io.LedgerFile;
import io.credere.io.Rejects;
import io.credere.io.SettledInvoiceRow;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import io.credere.scoring.CreditAssessor;
import io.credere.scoring.ExchangeRates;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credere score}: one row per customer, sorted by customer id, with the columns of the
 * file contract ({@link ScoreReport#COLUMNS}).
 */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {"Score every customer: payment index, Altman Z, grade, recommended limit.",
        "Columns: customer_id,score,grade,payment_index,weighted_days_beyond_terms,z_score,"
            + "z_model,z_zone,recommended_limit,current_limit,reasons"})
public final class ScoreCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--customers", required = true, paramLabel = "FILE",
      description = "Customer accounts (limits, open orders).")
  Path customers;

  @Option(names = "--as-of", required = true, paramLabel = "DATE",
      description = "The date of the assessment, yyyy-MM-dd.")
  LocalDate asOf;

  @Option(names = "--ledger", paramLabel = "FILE",
      description = "Open items (overdue share, utilisation, sales).")
  Path ledger;

  @Option(names = "--history", paramLabel = "FILE",
      description = "Settled invoices (payment index, trend).")
  Path history;

  @Option(names = "--financials", paramLabel = "FILE",
      description = "Financial statements (Altman Z, limits from net worth and working capital).")
  Path financials;

  @Option(names = "--fx-rates", paramLabel = "FILE",
      description = "Exchange rates from_currency,to_currency,rate (to per unit of from) on the "
          + "as-of date, to convert open items in other currencies than the account's; without "
          + "a rate the reasons start with UNCONVERTED_EXPOSURE.")
  Path fxRates;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    List<Customer> accounts;
    List<OpenItem> items = List.of();
    List<SettledInvoiceRow> settled = List.of();
    List<FinancialsRow> statements = List.of();
    ExchangeRates rates = ExchangeRates.none();
    try (Rejects rejects = rejectsOption.open()) {
      if (fxRates != null) {
        rates = FxRatesFile.read(fxRates, rejects);
      }
      accounts = CustomersFile.read(customers, rejects);
      if (ledger != null) {
        items = LedgerFile.read(ledger, rejects);
      }
      if (history != null) {
        settled = HistoryFile.read(history, rejects);
      }
      if (financials != null) {
        statements = FinancialsFile.read(financials, rejects);
      }
    }
    CreditAssessor assessor = CreditAssessor.builder().exchangeRates(rates).build();
    var assessments = ScoringInputs.of(accounts, asOf, items, settled, statements).stream()
        .map(assessor::assess).toList();
    outputOptions.write(List.of(ScoreReport.of("scores", assessments)),
        spec.commandLine().getOut());
    return 0;
  }
}
