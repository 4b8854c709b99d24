package io.credere.collections.dispute;

import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.Checks;
import io.credere.core.CredereAggregate;
import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * A dispute case: a customer disputes an amount of a document; an owner investigates and
 * resolves it by a due date.
 *
 * <p>The state machine ({@link #TRANSITIONS}):
 *
 * <pre>
 * OPEN --START_REVIEW--> IN_REVIEW
 * OPEN --REASSIGN--> OPEN            IN_REVIEW --REASSIGN--> IN_REVIEW
 * IN_REVIEW --RESOLVE--> RESOLVED    (CREDIT_NOTE, WRITE_OFF or REJECTED_REBILLED)
 * OPEN --CANCEL--> CANCELLED         IN_REVIEW --CANCEL--> CANCELLED
 * </pre>
 *
 * <p>While OPEN or IN_REVIEW the disputed amount is held out of dunning
 * ({@link DisputedAmounts}). A resolution's amount never exceeds the disputed amount:
 * {@code resolvedAmount + stillOwed = amount} always.
 *
 * <p>Invariants, checked on every instance (an opened dispute, each state a command returns, a
 * restored one): a resolution exactly when RESOLVED, in the disputed amount's currency and not
 * above it; a due date not before the day it was raised; the history a walk through
 * {@link #TRANSITIONS} from OPEN to the state.
 *
 * <p>Open with {@link #open}; send events with {@link #apply}; load a saved one with
 * {@link #restore}. There is no other way to make or change one (no public builder or
 * {@code with*}). Immutable and thread-safe.
 */
@Value.Immutable
@CredereAggregate
public abstract class Dispute {

  /** The transition table of every dispute. */
  public static final TransitionTable<DisputeState, DisputeEvent.Kind> TRANSITIONS =
      TransitionTable.builder("dispute", DisputeState.class, DisputeEvent.Kind.class)
          .allow(DisputeState.OPEN, DisputeEvent.Kind.START_REVIEW, DisputeState.IN_REVIEW)
          .allowInPlace(DisputeEvent.Kind.REASSIGN, DisputeState.OPEN, DisputeState.IN_REVIEW)
          .allow(DisputeState.IN_REVIEW, DisputeEvent.Kind.RESOLVE, DisputeState.RESOLVED)
          .allow(DisputeState.OPEN, DisputeEvent.Kind.CANCEL, DisputeState.CANCELLED)
          .allow(DisputeState.IN_REVIEW, DisputeEvent.Kind.CANCEL, DisputeState.CANCELLED)
          .build();

  /**
   * Opens a dispute: routes it to an owner and sets its due date by the policy.
   *
   * @param disputeId the host's id for the dispute, not blank
   * @param request what is disputed
   * @param policy routing and due days
   */
  public static Dispute open(String disputeId, DisputeRequest request, DisputePolicy policy) {
    Checks.notNull(request, "request");
    Checks.notNull(policy, "policy");
    DisputeOwner owner = Checks.notNull(policy.routing().route(request), "routed owner");
    int days = policy.businessDays(request.reason());
    LocalDate due = policy.calendar().plusBusinessDays(request.raisedOn(), days);
    String sentence = request.customerId() + " disputes " + request.amount() + " of "
        + request.documentId() + " (" + request.reason() + ", "
        + (request.origin() == DisputeOrigin.SHORT_PAYMENT
            ? "short payment" + request.paymentId().map(p -> " " + p).orElse("")
            : "raised by a controller")
        + " on " + request.raisedOn() + "); routed to " + owner + " by "
        + policy.routing().name() + ", to be resolved by " + due + " (" + days
        + " business days).";
    Explanation explanation = Explanation.builder().ruleId("DISPUTE_ROUTED_" + owner)
        .sentence(sentence).addReasonCodes(request.reason().name(), request.origin().name())
        .putFacts("amount", request.amount().toString())
        .putFacts("owner", owner.name())
        .putFacts("routing", policy.routing().name())
        .putFacts("due_date", due.toString())
        .putFacts("business_days", Integer.toString(days))
        .build();
    return ImmutableDispute.builder().disputeId(disputeId).request(request).owner(owner)
        .dueDate(due).explanation(explanation).build();
  }

  /**
   * A dispute as a host saved it, checked against every invariant: a state that the commands
   * could not have produced is refused.
   *
   * @param disputeId the host's id for the dispute, not blank
   * @param request what is disputed
   * @param owner the team that owns it now
   * @param dueDate the date it is to be resolved by, not before the request was raised
   * @param explanation why it went to its first owner with this due date
   * @param state where it stands
   * @param resolution the decision: present exactly when {@code state} is RESOLVED
   * @param history what happened to it, oldest first
   * @throws ValidationException naming the attribute and the rule when the saved dispute is
   *     inconsistent
   */
  public static Dispute restore(String disputeId, DisputeRequest request, DisputeOwner owner,
      LocalDate dueDate, Explanation explanation, DisputeState state,
      Optional<DisputeResolution> resolution, List<StateChange<DisputeState>> history) {
    return ImmutableDispute.builder().disputeId(disputeId).request(request).owner(owner)
        .dueDate(dueDate).explanation(explanation).state(state).resolution(resolution)
        .addAllHistory(history).build();
  }

  /** Only the generated implementation extends it. */
  Dispute() {}

  /** The host's id for the dispute. */
  public abstract String disputeId();

  /** What is disputed. */
  public abstract DisputeRequest request();

  /** The team that owns it now. */
  public abstract DisputeOwner owner();

  /** The date it is to be resolved by. */
  public abstract LocalDate dueDate();

  /** Why it went to its first owner with this due date. */
  public abstract Explanation explanation();

  /** Where it stands. */
  @Value.Default
  public DisputeState state() {
    return DisputeState.OPEN;
  }

  /** The decision, once RESOLVED. */
  public abstract Optional<DisputeResolution> resolution();

  /** What happened to it, oldest first (append-only). */
  public abstract List<StateChange<DisputeState>> history();

  /** The customer. */
  public final CustomerId customerId() {
    return request().customerId();
  }

  /** The disputed document. */
  public final DocumentId documentId() {
    return request().documentId();
  }

  /** The disputed amount. */
  public final Money amount() {
    return request().amount();
  }

  /** The reason. */
  public final DisputeReason reason() {
    return request().reason();
  }

  /** Whether the disputed amount is still held out of dunning (OPEN or IN_REVIEW). */
  public final boolean isOpen() {
    return state().isOpen();
  }

  /** Whether it is still open after its due date. */
  public final boolean isOverdue(LocalDate asOf) {
    return isOpen() && asOf.isAfter(dueDate());
  }

  /** What was credited or written off: zero unless RESOLVED by credit note or write-off. */
  public final Money resolvedAmount() {
    return resolution().map(DisputeResolution::amount)
        .orElse(Money.zero(amount().getCurrencyUnit()));
  }

  /** What the customer still owes of the disputed amount after the resolution. */
  public final Money stillOwed() {
    return amount().minus(resolvedAmount());
  }

  /**
   * The dispute after {@code event}.
   *
   * @throws io.credere.collections.statemachine.IllegalTransitionException when the state does
   *     not allow the event
   * @throws ValidationException when a resolution's amount is in another currency or exceeds the
   *     disputed amount
   */
  public final Dispute apply(DisputeEvent event) {
    Checks.notNull(event, "event");
    TRANSITIONS.check(state(), event.kind());
    ImmutableDispute.Builder next = ImmutableDispute.builder().from(this);
    switch (event.kind()) {
      case START_REVIEW:
        return record(next, event, DisputeState.IN_REVIEW, "by " + owner());
      case REASSIGN: {
        DisputeOwner to = ((DisputeEvent.Reassign) event).owner();
        return record(next.owner(to), event, state(), owner() + " -> " + to);
      }
      case RESOLVE: {
        DisputeResolution resolution = ((DisputeEvent.Resolve) event).resolution();
        return record(next.resolution(resolution), event, DisputeState.RESOLVED,
            resolution.outcome() + " " + resolution.amount());
      }
      default:
        return record(next, event, DisputeState.CANCELLED, "");
    }
  }

  /** The next dispute: the changes in {@code next} plus one history entry, checked once. */
  private Dispute record(ImmutableDispute.Builder next, DisputeEvent event, DisputeState to,
      String detail) {
    TRANSITIONS.checkTarget(state(), event.kind(), to);
    return next.state(to)
        .addHistory(StateChange.of(event.date(), event.kind(), state(), to, detail)).build();
  }

  @Value.Check
  void check() {
    Checks.notBlank(disputeId(), "disputeId");
    if (dueDate().isBefore(request().raisedOn())) {
      throw ValidationException.of("due_date", Optional.of(dueDate().toString()),
          "of dispute " + disputeId() + " is before it was raised on " + request().raisedOn());
    }
    if (resolution().isPresent() != (state() == DisputeState.RESOLVED)) {
      throw ValidationException.of("resolution", resolution().map(Object::toString),
          "of dispute " + disputeId() + " must be present exactly when RESOLVED, but it is "
              + state());
    }
    Money resolved = resolvedAmount();
    if (!resolved.getCurrencyUnit().equals(amount().getCurrencyUnit())
        || resolved.isGreaterThan(amount())) {
      throw ValidationException.of("resolution_amount", Optional.of(resolved.toString()),
          "exceeds the disputed amount " + amount() + " of " + disputeId()
              + " or is in another currency");
    }
    TRANSITIONS.checkHistory(DisputeState.OPEN, history(), state());
  }
}
