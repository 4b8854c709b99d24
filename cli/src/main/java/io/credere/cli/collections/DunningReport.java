package io.credere.cli.collections;

import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.ExcludedItem;
import io.credere.core.id.DocumentId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dunning run as a report: one row per proposal. {@code credit_documents} lists the
 * customer's open credit notes and unapplied payments in the currency that the notice deducts,
 * {@code credit_amount} their sum (zero or negative): {@code total_claim = overdue_amount +
 * credit_amount + fee + interest + compensation}.
 */
public final class DunningReport {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("customer_id", "name", "currency", "level",
      "channel", "documents", "overdue_amount", "credit_documents", "credit_amount", "fee",
      "interest", "compensation", "total_claim", "next_step_date", "excluded_reason",
      "excluded_documents", "explanation");

  private DunningReport() {}

  /** The report named {@code dunning}. */
  public static Report of(List<DunningProposal> proposals) {
    return of(proposals, p -> "");
  }

  /**
   * The report named {@code dunning}, {@code note} adding to a proposal's explanation what the
   * run knew beside the ledger (promises, disputed amounts); an empty note adds nothing.
   */
  public static Report of(List<DunningProposal> proposals,
      java.util.function.Function<DunningProposal, String> note) {
    Report.Builder report = Report.builder("dunning", COLUMNS);
    for (DunningProposal p : proposals) {
      report.row(Cell.input(p.customerId().value()), Cell.input(p.customerName()),
          Cell.text(p.currency().getCode()),
          p.level().map(l -> Cell.integer(l.level())).orElse(Cell.empty()),
          p.channel().map(c -> Cell.text(c.name())).orElse(Cell.empty()),
          Cell.input(p.documents().stream().map(DocumentId::value)
              .collect(Collectors.joining(";"))),
          Cell.amount(p.overdueAmount()),
          Cell.input(p.credits().stream().map(i -> i.documentId().value())
              .collect(Collectors.joining(";"))),
          Cell.amount(p.creditAmount()), Cell.amount(p.fee()), Cell.amount(p.interest()),
          Cell.amount(p.compensation()), Cell.amount(p.totalClaim()),
          Cell.date(p.nextStepDate()),
          p.exclusion().map(r -> Cell.text(r.name())).orElse(Cell.empty()),
          Cell.input(p.excludedItems().stream().map(DunningReport::excluded)
              .collect(Collectors.joining(";"))),
          Cell.input(note.apply(p).isEmpty() ? p.explanation().sentence()
              : p.explanation().sentence() + " " + note.apply(p)));
    }
    return report.build();
  }

  /** The notices the proposals' actions send, in the {@code --notices} format. */
  public static Report notices(List<DunningProposal> proposals, java.time.LocalDate asOf) {
    Report.Builder report = Report.builder("notices", "customer_id", "currency", "level",
        "date", "documents");
    for (DunningProposal p : proposals) {
      if (p.isAction()) {
        report.row(Cell.input(p.customerId().value()), Cell.text(p.currency().getCode()),
            Cell.integer(p.level().orElseThrow().level()), Cell.date(asOf),
            Cell.input(p.documents().stream().map(DocumentId::value)
                .collect(Collectors.joining(";"))));
      }
    }
    return report.build();
  }

  private static String excluded(ExcludedItem item) {
    return item.documentId().value() + ":" + item.reason().name();
  }
}
