package io.credere.collections.promise;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * A promise as evaluated, with what follows for dunning: a BROKEN promise (nothing paid by the
 * deadline) or a PARTIALLY_KEPT one re-triggers dunning of the promised documents for the
 * customer ({@link #triggersDunning()}, {@link #documentsToDun()}); a KEPT or still OPEN promise
 * holds dunning of those documents.
 *
 * <p>Immutable and thread-safe.
 */
public final class PromiseOutcome {

  private final PromiseToPay promise;
  private final Explanation explanation;

  private PromiseOutcome(PromiseToPay promise) {
    this.promise = promise;
    this.explanation = explain(promise);
  }

  /** The outcome of {@code promise} as it stands. */
  public static PromiseOutcome of(PromiseToPay promise) {
    return new PromiseOutcome(Checks.notNull(promise, "promise"));
  }

  /** The promise after evaluation. */
  public PromiseToPay promise() {
    return promise;
  }

  /** Its state. */
  public PromiseState state() {
    return promise.state();
  }

  /** The customer. */
  public CustomerId customerId() {
    return promise.customerId();
  }

  /** Whether nothing was paid by the deadline. */
  public boolean isBroken() {
    return promise.state() == PromiseState.BROKEN;
  }

  /** Whether dunning must start again: the promise is BROKEN or only PARTIALLY_KEPT. */
  public boolean triggersDunning() {
    return isBroken() || promise.state() == PromiseState.PARTIALLY_KEPT;
  }

  /** Whether the promised documents stay out of dunning: the promise is OPEN or KEPT. */
  public boolean holdsDunning() {
    return promise.state() == PromiseState.OPEN || promise.state() == PromiseState.KEPT;
  }

  /** The documents to dun again (the promise's), empty unless {@link #triggersDunning()}. */
  public List<DocumentId> documentsToDun() {
    return triggersDunning() ? promise.documents() : List.of();
  }

  /** What was paid towards the promise by its deadline. */
  public Money paidAmount() {
    return promise.paidAmount();
  }

  /** What is missing of the promised amount. */
  public Money shortfall() {
    return promise.shortfall();
  }

  /** Why the promise stands where it does. */
  public Explanation explanation() {
    return explanation;
  }

  @Override
  public String toString() {
    return explanation.toString();
  }

  private static Explanation explain(PromiseToPay p) {
    String documents = p.documents().isEmpty() ? "the account"
        : p.documents().stream().map(DocumentId::value).collect(Collectors.joining(", "));
    String head = "Promise of " + p.customerId() + " to pay " + p.promisedAmount() + " by "
        + p.promisedDate() + " (deadline " + p.deadline() + ") for " + documents + " is "
        + p.state();
    String tail;
    switch (p.state()) {
      case KEPT:
        tail = ": " + p.paidAmount() + " paid.";
        break;
      case PARTIALLY_KEPT:
        tail = ": only " + p.paidAmount() + " paid by the deadline, " + p.shortfall()
            + " missing; dunning restarts.";
        break;
      case BROKEN:
        tail = ": nothing paid by the deadline; dunning restarts.";
        break;
      case CANCELLED:
        tail = ".";
        break;
      default:
        tail = ": " + p.paidAmount() + " paid so far; dunning of the promised documents is held.";
        break;
    }
    return Explanation.builder().ruleId("PROMISE_" + p.state()).sentence(head + tail)
        .addReasonCodes(p.state().name())
        .putFacts("promised_amount", p.promisedAmount().toString())
        .putFacts("promised_date", p.promisedDate().toString())
        .putFacts("deadline", p.deadline().toString())
        .putFacts("paid_amount", p.paidAmount().toString())
        .putFacts("shortfall", p.shortfall().toString())
        .build();
  }
}
