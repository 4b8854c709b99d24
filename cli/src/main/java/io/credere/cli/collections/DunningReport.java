package io.credere.cli.collections;

import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.ExcludedItem;
import io.credere.core.id.DocumentId;
import java.util.List;
import java.util.stream.Collectors;

/** The dunning run as a report: one row per proposal. */
public final class DunningReport {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("customer_id", "name", "currency", "level",
      "channel", "documents", "overdue_amount", "fee", "interest", "compensation", "total_claim",
      "next_step_date", "excluded_reason", "excluded_documents", "explanation");

  private DunningReport() {}

  /** The report named {@code dunning}. */
  public static Report of(List<DunningProposal> proposals) {
    Report.Builder report = Report.builder("dunning", COLUMNS);
    for (DunningProposal p : proposals) {
      report.row(Cell.input(p.customerId().value()), Cell.input(p.customerName()),
          Cell.text(p.currency().getCode()),
          p.level().map(l -> Cell.integer(l.level())).orElse(Cell.empty()),
          p.channel().map(c -> Cell.text(c.name())).orElse(Cell.empty()),
          Cell.input(p.documents().stream().map(DocumentId::value)
              .collect(Collectors.joining(";"))),
          Cell.amount(p.overdueAmount()), Cell.amount(p.fee()), Cell.amount(p.interest()),
          Cell.amount(p.compensation()), Cell.amount(p.totalClaim()),
          Cell.date(p.nextStepDate()),
          p.exclusion().map(r -> Cell.text(r.name())).orElse(Cell.empty()),
          Cell.input(p.excludedItems().stream().map(DunningReport::excluded)
              .collect(Collectors.joining(";"))),
          Cell.input(p.explanation().sentence()));
    }
    return report.build();
  }

  private static String excluded(ExcludedItem item) {
    return item.documentId().value() + ":" + item.reason().name();
  }
}
