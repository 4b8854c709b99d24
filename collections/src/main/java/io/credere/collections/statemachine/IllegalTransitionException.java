package io.credere.collections.statemachine;

import io.credere.core.error.CredereException;
import java.util.List;
import java.util.Optional;

/**
 * Thrown when an event is sent to a case in a state that does not allow it (a payment on a
 * cancelled dispute, a hand-over before the final demand) or when a guard of an allowed event
 * fails (an escalation before the waiting period has run). Carries the machine, the state, the
 * event and the events the state does allow, so a host can tell the user what can be done
 * instead.
 */
public class IllegalTransitionException extends CredereException {

  private static final long serialVersionUID = 1L;

  private final String machine;
  private final String state;
  private final String event;
  private final List<String> allowedEvents;
  private final String reason;

  /**
   * An illegal transition.
   *
   * @param machine the machine's name, e.g. {@code dispute}
   * @param state the current state's name
   * @param event the refused event's kind
   * @param allowedEvents the event kinds the state allows, in table order
   * @param reason why it is refused when the table allows the event but a guard does not; may
   *     be {@code null}
   */
  public IllegalTransitionException(String machine, String state, String event,
      List<String> allowedEvents, String reason) {
    super(format(machine, state, event, allowedEvents, reason));
    this.machine = machine;
    this.state = state;
    this.event = event;
    this.allowedEvents = List.copyOf(allowedEvents);
    this.reason = reason;
  }

  /** The machine's name. */
  public String machine() {
    return machine;
  }

  /** The state the case was in. */
  public String state() {
    return state;
  }

  /** The refused event's kind. */
  public String event() {
    return event;
  }

  /** The event kinds the state allows (empty for a final state). */
  public List<String> allowedEvents() {
    return allowedEvents;
  }

  /** The failed guard, when the table allows the event but its condition does not hold. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  private static String format(String machine, String state, String event,
      List<String> allowed, String reason) {
    String text = "A " + machine + " in state " + state + " cannot take event " + event;
    if (reason != null) {
      text += ": " + reason;
    }
    return text + (allowed.isEmpty() ? " (" + state + " is final: no event is allowed)"
        : " (allowed: " + String.join(", ", allowed) + ")");
  }
}
