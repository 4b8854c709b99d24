package io.credere.cli.scoring;

import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.FinancialsRow;
import io.credere.io.Rejects;
import io.credere.io.SettledInvoiceRow;
import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import io.credere.scoring.CreditAssessor;
import io.credere.scoring.ExchangeRates;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin
  InputFiles.Customers customers;

  @Mixin
  InputFiles.AsOf asOf;

  @Mixin
  InputFiles.OptionalLedger ledger;

  @Mixin
  InputFiles.OptionalHistory history;

  @Mixin
  InputFiles.OptionalFinancials financials;

  @Mixin
  InputFiles.OptionalFxRates fxRates;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  ProgressOption progressOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    List<Customer> accounts;
    List<OpenItem> items;
    List<SettledInvoiceRow> settled;
    List<FinancialsRow> statements;
    ExchangeRates rates;
    try (Rejects rejects = rejectsOption.open()) {
      rates = fxRates.read(rejects);
      accounts = customers.read(rejects);
      items = ledger.read(rejects, progressOption.open(spec.commandLine().getErr()));
      settled = history.read(rejects);
      statements = financials.read(rejects);
    }
    CreditAssessor assessor = CreditAssessor.builder().exchangeRates(rates).build();
    var assessments = ScoringInputs.of(accounts, asOf.date(), items, settled, statements).stream()
        .map(assessor::assess).toList();
    outputOptions.write(List.of(ScoreReport.of("scores", assessments)),
        spec.commandLine().getOut());
    return 0;
  }
}
