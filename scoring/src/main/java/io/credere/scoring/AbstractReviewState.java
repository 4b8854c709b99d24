package io.credere.scoring;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an account stands in the review cycle: when it was last reviewed, the payment index it
 * had then, and when the next review is due. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractReviewState {

  /** The date of the last review. */
  public abstract LocalDate lastReview();

  /** The payment index at the last review, when there was one. */
  public abstract Optional<Integer> paymentIndexAtLastReview();

  /** When the next review is due, when scheduled. */
  public abstract Optional<LocalDate> nextReview();
}
