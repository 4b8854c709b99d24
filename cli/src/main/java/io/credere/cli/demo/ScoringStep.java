package io.credere.cli.demo;

import io.credere.io.FinancialsFile;
import io.credere.io.HistoryFile;
import io.credere.io.Rejects;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.cli.scoring.ScoreReport;
import io.credere.cli.scoring.ScoringInputs;
import io.credere.core.customer.Customer;
import io.credere.scoring.CheckDecision;
import io.credere.scoring.CreditAssessment;
import io.credere.scoring.CreditAssessor;
import io.credere.scoring.CreditCheck;
import io.credere.scoring.CreditCheckRequest;
import io.credere.scoring.CreditCheckRules;
import io.credere.scoring.CreditCheckResult;
import io.credere.scoring.CustomerData;
import java.util.List;
import org.joda.money.Money;

/**
 * Scores the sample customers, lists the accounts to hold (their open orders checked against the
 * limit, or already on hold) and the recommended limits that differ from the current ones;
 * writes {@code scores.csv} and {@code credit-holds.csv}.
 */
final class ScoringStep implements DemoStep {

  /** Open orders against the limit: over limit, on hold or knocked out puts an account on hold. */
  private static final CreditCheck HOLD_CHECK = CreditCheck.of(
      java.util.EnumSet.allOf(io.credere.scoring.ExposureComponent.class),
      List.of(CreditCheckRules.knockedOut(), CreditCheckRules.onHold(),
          CreditCheckRules.overLimit()));

  @Override
  public String title() {
    return "Scoring customers and checking credit";
  }

  @Override
  public void run(DemoContext context) {
    List<CustomerData> data = ScoringInputs.of(context.customers(), context.asOf(),
        context.ledger(), HistoryFile.read(context.input("history.csv"), Rejects.failFast()),
        FinancialsFile.read(context.input("financials.csv"), Rejects.failFast()));
    CreditAssessor assessor = CreditAssessor.standard();
    List<CreditAssessment> assessments = data.stream().map(assessor::assess).toList();
    context.write(ScoreReport.of("scores", assessments));
    Report.Builder holds = Report.builder("credit-holds", "customer_id", "name", "currency",
        "decision", "exposure", "credit_limit", "headroom", "reasons", "explanation");
    int held = 0;
    List<java.util.Map.Entry<String, CreditCheckResult>> heldChecks = new java.util.ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      Customer customer = data.get(i).customer();
      CreditCheckResult check = HOLD_CHECK.check(CreditCheckRequest.builder()
          .customer(customer).addAllOpenItems(data.get(i).openItems())
          .newOrder(Money.zero(customer.currency())).asOf(context.asOf())
          .knockOut(assessments.get(i).knockOut()).build());
      if (check.decision().compareTo(CheckDecision.HOLD) >= 0) {
        held++;
        heldChecks.add(java.util.Map.entry(customer.customerId().value(), check));
        holds.row(Cell.input(customer.customerId().value()), Cell.input(customer.name()),
            Cell.text(customer.currency().getCode()), Cell.text(check.decision().name()),
            Cell.amount(check.exposure().total()),
            check.limit().map(Cell::amount).orElse(Cell.empty()),
            check.headroom().map(Cell::amount).orElse(Cell.empty()),
            Cell.text(String.join(";", check.reasonCodes())),
            Cell.input(check.explanation().sentence()));
      }
    }
    context.write(holds.build());
    long changed = assessments.stream().filter(a -> a.limit().differsFromCurrent()).count();
    java.util.Map<String, Long> grades = new java.util.TreeMap<>();
    assessments.forEach(a -> grades.merge(a.score().grade(), 1L, Long::sum));
    context.say("SCORING  %d customers scored (grades %s); %d accounts on hold; %d limits to "
        + "change", assessments.size(), grades, held, changed);
    context.say("  on hold (most over the limit first):");
    heldChecks.stream()
        .sorted(java.util.Comparator.comparing(
            (java.util.Map.Entry<String, CreditCheckResult> e) -> e.getValue().headroom()
                .map(Money::getAmount).orElse(java.math.BigDecimal.ZERO)))
        .limit(5)
        .forEach(e -> context.say("    %-8s %s %s", e.getKey(), e.getValue().decision(), String.join(", ", e.getValue().reasonCodes())
                + e.getValue().headroom().filter(Money::isNegative)
                    .map(h -> " (over by " + h.negated() + ")").orElse("")));
    context.say("  limits to change (largest cut first):");
    assessments.stream().filter(a -> a.limit().differsFromCurrent())
        .sorted(java.util.Comparator.comparing((CreditAssessment a) ->
            a.limit().recommended().map(Money::getAmount).orElse(java.math.BigDecimal.ZERO)
                .subtract(a.limit().current().map(Money::getAmount)
                    .orElse(java.math.BigDecimal.ZERO))))
        .limit(3)
        .forEach(a -> context.say("    %-8s grade %s score %3d  limit %s -> %s",
            a.customerId().value(), a.score().grade(), a.score().score(),
            a.limit().current().map(Money::toString).orElse("none"),
            a.limit().recommended().map(Money::toString).orElse("none")));
  }
}
