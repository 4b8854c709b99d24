package io.credere.collections.dispute;

import io.credere.core.error.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * How a dispute was settled: the outcome and the amount credited or written off (zero when
 * rejected and billed again). The amount is never negative; a {@link Dispute} refuses one above
 * its disputed amount. Use {@code creditNote(amount)}, {@code writeOff(amount)} or
 * {@code rejected(currency)}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractDisputeResolution {

  /** A credit note for {@code amount} (positive; at most the disputed amount). */
  public static DisputeResolution creditNote(Money amount) {
    return DisputeResolution.builder().outcome(ResolutionOutcome.CREDIT_NOTE).amount(amount)
        .build();
  }

  /** A write-off of {@code amount} (positive; at most the disputed amount). */
  public static DisputeResolution writeOff(Money amount) {
    return DisputeResolution.builder().outcome(ResolutionOutcome.WRITE_OFF).amount(amount)
        .build();
  }

  /** Rejected: nothing credited, the disputed amount billed again. */
  public static DisputeResolution rejected(org.joda.money.CurrencyUnit currency) {
    return DisputeResolution.builder().outcome(ResolutionOutcome.REJECTED_REBILLED)
        .amount(Money.zero(currency)).build();
  }

  /** The outcome. */
  public abstract ResolutionOutcome outcome();

  /** The amount credited or written off; zero when rejected. */
  public abstract Money amount();

  /** A note on the decision, when given. */
  public abstract Optional<String> note();

  @Value.Check
  void check() {
    boolean rejected = outcome() == ResolutionOutcome.REJECTED_REBILLED;
    if (rejected ? !amount().isZero() : !amount().isPositive()) {
      throw ValidationException.of("resolution_amount", Optional.of(amount().toString()),
          rejected ? "must be zero when the dispute is rejected"
              : "must be positive for a " + outcome());
    }
  }
}
