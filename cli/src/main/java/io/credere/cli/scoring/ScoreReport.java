package io.credere.cli.scoring;

import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.scoring.AltmanResult;
import io.credere.scoring.CreditAssessment;
import io.credere.scoring.PaymentBehaviour;
import java.util.List;
import java.util.Optional;

/** The contract's {@code score} report from credit assessments. */
public final class ScoreReport {

  /** The contract's columns, in order. */
  public static final List<String> COLUMNS = List.of("customer_id", "score", "grade",
      "payment_index", "weighted_days_beyond_terms", "z_score", "z_model", "z_zone",
      "recommended_limit", "current_limit", "reasons");

  private ScoreReport() {}

  /** One row per assessment, in the given order. */
  public static Report of(String name, List<CreditAssessment> assessments) {
    Report.Builder report = Report.builder(name, COLUMNS);
    for (CreditAssessment a : assessments) {
      PaymentBehaviour behaviour = a.profile().behaviour();
      Optional<AltmanResult> z = a.profile().altman();
      report.row(
          Cell.input(a.customerId().value()),
          Cell.integer(a.score().score()),
          Cell.input(a.score().grade()),
          behaviour.paymentIndex().map(i -> Cell.integer(i)).orElse(Cell.empty()),
          Cell.decimal(behaviour.weightedDaysBeyondTerms(), 1),
          Cell.decimal(z.map(AltmanResult::score), 2),
          z.map(r -> Cell.text(r.model().label())).orElse(Cell.empty()),
          z.map(r -> Cell.text(r.zone().name())).orElse(Cell.empty()),
          a.limit().recommended().map(Cell::amount).orElse(Cell.empty()),
          a.limit().current().map(Cell::amount).orElse(Cell.empty()),
          Cell.input(String.join(";", a.reasonCodes())));
    }
    return report.build();
  }
}
