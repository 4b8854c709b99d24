package io.credere.benchmarks.allocation.hard;

import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.Suggestion;
import io.credere.core.id.DocumentId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How far the engine's suggestions (for cash it left on account or unapplied) can be trusted, by
 * confidence band, against the truth of the month: a suggestion is right when its customer is the
 * truth's customer and, for a document candidate, its documents are exactly the documents the
 * truth pays. The contract asks that at least 90 % of suggestions at confidence 90 or above be
 * right.
 */
public final class SuggestionCalibration {

  /** Counts for one confidence band. */
  public static final class Band {
    private long suggestions;
    private long right;
    private long documentCandidates;

    /** Suggestions in the band. */
    public long suggestions() {
      return suggestions;
    }

    /** Of which right. */
    public long right() {
      return right;
    }

    /** Of which name documents (not a customer only). */
    public long documentCandidates() {
      return documentCandidates;
    }

    /** The share right, 1 when the band is empty. */
    public double share() {
      return suggestions == 0 ? 1.0 : (double) right / suggestions;
    }
  }

  /** Bands: confidence 90 and above, 70-89, below 70. */
  public record Calibration(Band high, Band middle, Band low) {}

  private SuggestionCalibration() {}

  /** Runs the months through the harness's application and counts the suggestions. */
  public static Calibration of(List<BankMonth> months) {
    Calibration calibration = new Calibration(new Band(), new Band(), new Band());
    for (BankMonth month : months) {
      AllocationRun run = HardScorer.application().apply(month.ledger(), month.customers(),
          month.payments());
      for (int i = 0; i < month.payments().size(); i++) {
        AllocationResult result = run.results().get(i);
        Truth truth = month.truths().get(i);
        for (Suggestion suggestion : result.suggestions()) {
          Band band = suggestion.confidence() >= 90 ? calibration.high()
              : suggestion.confidence() >= 70 ? calibration.middle() : calibration.low();
          band.suggestions++;
          if (!suggestion.documentIds().isEmpty()) {
            band.documentCandidates++;
          }
          if (right(suggestion, truth)) {
            band.right++;
          }
        }
      }
    }
    return calibration;
  }

  private static boolean right(Suggestion suggestion, Truth truth) {
    Optional<String> customer = truth.customer();
    if (customer.isEmpty() || !customer.get().equals(suggestion.customerId().value())) {
      return false;
    }
    if (suggestion.documentIds().isEmpty()) {
      return true;
    }
    Set<String> named = new TreeSet<>();
    suggestion.documentIds().stream().map(DocumentId::value).forEach(named::add);
    for (List<Row> booking : truth.alternatives()) {
      Set<String> paid = new TreeSet<>();
      booking.stream().filter(r -> r.kind().equals(Row.ALLOCATED)).map(Row::documentId)
          .forEach(paid::add);
      if (!paid.isEmpty() && paid.equals(named)) {
        return true;
      }
    }
    return false;
  }
}
