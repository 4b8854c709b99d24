package io.credere.benchmarks.allocation;

import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationPolicy;
import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.Tolerance;
import io.credere.core.id.DocumentId;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.joda.money.Money;

/**
 * Scores cash application against {@link RemittanceScenarios}' truth: a payment is exact when
 * its cash went to exactly the true documents with the true amounts and what is left is of the
 * true kind; wrong when cash went to a document or amount the truth does not have; an
 * abstention when the truth had documents and the engine applied nothing.
 */
public final class AllocationHarness {

  /** Counts per situation. */
  public static final class Score {
    public int payments;
    public int exact;
    public int wrong;
    public int abstained;
  }

  private AllocationHarness() {}

  /** The policy the harness runs with: write-off up to EUR 1.00 and 1 %. */
  public static CashApplication application() {
    return CashApplication.builder().policy(AllocationPolicy.builder().tolerance(Tolerance.of(
        org.joda.money.Money.of(org.joda.money.CurrencyUnit.EUR, BigDecimal.ONE), BigDecimal.ONE))
        .build()).build();
  }

  /** Scores one generated set. */
  public static Map<RemittanceScenarios.Situation, Score> score(RemittanceScenarios.Set set) {
    AllocationRun run = application().apply(set.ledger(), set.customers(), set.payments());
    Map<RemittanceScenarios.Situation, Score> scores =
        new EnumMap<>(RemittanceScenarios.Situation.class);
    for (int i = 0; i < run.results().size(); i++) {
      AllocationResult result = run.results().get(i);
      RemittanceScenarios.Truth truth = set.truths().get(i);
      Score score = scores.computeIfAbsent(truth.situation(), s -> new Score());
      score.payments++;
      Map<DocumentId, Money> cash = new HashMap<>();
      String left = "";
      for (Allocation line : result.lines()) {
        if (line.kind() == AllocationKind.ALLOCATED) {
          cash.merge(line.documentId().get(), line.amount(), Money::plus);
        } else if (line.kind() == AllocationKind.ON_ACCOUNT
            || line.kind() == AllocationKind.UNAPPLIED) {
          left = line.kind().name();
        }
      }
      boolean wrong = cash.entrySet().stream().anyMatch(e ->
          !e.getValue().equals(truth.allocated().get(e.getKey())));
      if (wrong) {
        score.wrong++;
      } else if (cash.equals(truth.allocated()) && left.equals(truth.leftKind())) {
        score.exact++;
      } else if (cash.isEmpty() && !truth.allocated().isEmpty()) {
        score.abstained++;
      }
    }
    return scores;
  }

  /** Prints the score table of a set of {@code args[0]} payments (default 20,000). */
  public static void main(String[] args) {
    int payments = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    RemittanceScenarios.Set set = RemittanceScenarios.generate(20261123L,
        Math.max(10, payments / 4), 12, payments);
    Map<RemittanceScenarios.Situation, Score> scores = score(set);
    Score all = new Score();
    System.out.printf(Locale.ROOT, "%-18s %8s %8s %6s %10s%n", "situation", "payments",
        "exact%", "wrong", "abstained");
    for (Map.Entry<RemittanceScenarios.Situation, Score> entry : scores.entrySet()) {
      Score s = entry.getValue();
      System.out.printf(Locale.ROOT, "%-18s %8d %8.1f %6d %10d%n", entry.getKey(), s.payments,
          100.0 * s.exact / s.payments, s.wrong, s.abstained);
      all.payments += s.payments;
      all.exact += s.exact;
      all.wrong += s.wrong;
      all.abstained += s.abstained;
    }
    System.out.printf(Locale.ROOT, "%-18s %8d %8.1f %6d %10d%n", "ALL", all.payments,
        100.0 * all.exact / all.payments, all.wrong, all.abstained);
  }
}
