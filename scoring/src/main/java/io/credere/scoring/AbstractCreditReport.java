package io.credere.scoring;

import io.credere.core.id.CustomerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * What a credit agency's report on a customer carries, agency-neutral, so a host maps
 * Creditreform, D&amp;B, Experian or any other agency onto it: the external score and its
 * scale, a rating class, the agency's payment index, legal events and a recommended limit.
 * Use the generated {@code CreditReport.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCreditReport {

  /** The customer the report is about. */
  public abstract CustomerId customerId();

  /** The agency that issued it (e.g. {@code CREDITREFORM}). */
  public abstract String agency();

  /** The date of the report. */
  public abstract LocalDate reportDate();

  /** The agency's score, on {@link #scoreScale()}. */
  public abstract Optional<BigDecimal> externalScore();

  /** The scale of {@link #externalScore()}; required when a score is given. */
  public abstract Optional<ScoreScale> scoreScale();

  /** The agency's rating class (e.g. {@code 2}, {@code BBB}), as text. */
  public abstract Optional<String> ratingClass();

  /** The agency's own payment index (e.g. a PAYDEX 1-100). */
  public abstract Optional<Integer> paymentIndex();

  /** Legal events on file, in any order. */
  public abstract List<LegalEvent> legalEvents();

  /** The limit the agency recommends. */
  public abstract Optional<Money> recommendedLimit();

  /** The external score on 0 (worst) to 100 (best); empty without a score. */
  public final Optional<BigDecimal> normalisedScore() {
    return externalScore().map(score -> scoreScale().orElseThrow().normalise(score));
  }

  /** Whether any legal event is an insolvency. */
  public final boolean hasInsolvency() {
    return legalEvents().stream().anyMatch(e -> e.type().isInsolvency());
  }

  @Value.Check
  void check() {
    if (agency().isBlank()) {
      throw new IllegalArgumentException("Credit report agency must not be blank");
    }
    if (externalScore().isPresent() && scoreScale().isEmpty()) {
      throw new IllegalArgumentException("Credit report of " + agency()
          + " has an external score but no score scale");
    }
    paymentIndex().ifPresent(index -> {
      if (index < PaymentIndex.MIN || index > PaymentIndex.MAX) {
        throw new IllegalArgumentException("Credit report payment index must be 1 to 100, but was "
            + index);
      }
    });
  }
}
