package io.credere.collections.statemachine;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A state machine's transition table as data: for each state, the event kinds it allows and the
 * states each of them may lead to (several when the outcome depends on the event's data, e.g. a
 * promise evaluated on its deadline becomes KEPT, PARTIALLY_KEPT or BROKEN). A state with no
 * allowed event is final.
 *
 * <p>Machines ask the table before they act ({@link #check}) and after they decided the target
 * ({@link #checkTarget}), so what a machine does can never leave the table. The table itself is
 * printable ({@link #toString()}) and listable ({@link #transitions()}) for documentation.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the enum of states
 * @param <K> the enum of event kinds
 */
public final class TransitionTable<S extends Enum<S>, K extends Enum<K>> {

  private final String machine;
  private final Class<S> stateType;
  private final Class<K> eventType;
  private final Map<S, Map<K, Set<S>>> table;

  private TransitionTable(String machine, Class<S> stateType, Class<K> eventType,
      Map<S, Map<K, Set<S>>> table) {
    this.machine = machine;
    this.stateType = stateType;
    this.eventType = eventType;
    this.table = table;
  }

  /**
   * Starts a table.
   *
   * @param machine the machine's name used in messages, e.g. {@code dispute}
   * @param stateType the enum of states
   * @param eventType the enum of event kinds
   */
  public static <S extends Enum<S>, K extends Enum<K>> Builder<S, K> builder(String machine,
      Class<S> stateType, Class<K> eventType) {
    return new Builder<>(Checks.notBlank(machine, "machine"), Checks.notNull(stateType,
        "stateType"), Checks.notNull(eventType, "eventType"));
  }

  /** The machine's name. */
  public String machine() {
    return machine;
  }

  /** Every state, in declaration order. */
  public Set<S> states() {
    return Collections.unmodifiableSet(EnumSet.allOf(stateType));
  }

  /** The event kinds {@code state} allows, in declaration order; empty for a final state. */
  public Set<K> allowedEvents(S state) {
    return Collections.unmodifiableSet(table.get(Checks.notNull(state, "state")).keySet());
  }

  /** Whether {@code state} allows {@code event}. */
  public boolean allows(S state, K event) {
    return allowedEvents(state).contains(Checks.notNull(event, "event"));
  }

  /** The states {@code event} may lead to from {@code state}; empty when not allowed. */
  public Set<S> targets(S state, K event) {
    Set<S> targets = table.get(Checks.notNull(state, "state")).get(Checks.notNull(event, "event"));
    return targets == null ? Set.of() : Collections.unmodifiableSet(targets);
  }

  /** Whether no event is allowed in {@code state}. */
  public boolean isFinal(S state) {
    return allowedEvents(state).isEmpty();
  }

  /**
   * Refuses an event the state does not allow.
   *
   * @throws IllegalTransitionException naming the state, the event and the allowed events
   */
  public void check(S state, K event) {
    if (!allows(state, event)) {
      throw refusal(state, event, null);
    }
  }

  /**
   * Confirms the state a machine decided on is one the table allows for the event.
   *
   * @return {@code target}
   * @throws IllegalTransitionException when the event is not allowed or cannot lead there
   */
  public S checkTarget(S state, K event, S target) {
    check(state, event);
    if (!targets(state, event).contains(Checks.notNull(target, "target"))) {
      throw refusal(state, event, "it cannot lead to " + target);
    }
    return target;
  }

  /** The exception for {@code event} refused in {@code state}, with a failed guard's reason. */
  public IllegalTransitionException refusal(S state, K event, String reason) {
    return new IllegalTransitionException(machine, state.name(), event.name(),
        allowedEvents(state).stream().map(Enum::name).collect(Collectors.toList()), reason);
  }

  /**
   * Checks that {@code history} is a walk through this table: the first entry leaves
   * {@code initial}, each entry leaves the state the previous one reached, each is a transition
   * the table allows (its event a kind of this machine), and the last one reaches
   * {@code current} (with no history, {@code current} must be {@code initial}). Used when a case
   * is restored from a host's storage, and on every state a command returns.
   *
   * @param initial the state every case of the machine starts in
   * @param history the case's history, oldest first
   * @param current the state the case claims to be in
   * @throws ValidationException naming the first entry that breaks the walk
   */
  public void checkHistory(S initial, List<StateChange<S>> history, S current) {
    S at = Checks.notNull(initial, "initial");
    Checks.notNull(current, "current");
    for (int i = 0; i < Checks.notNull(history, "history").size(); i++) {
      StateChange<S> change = Checks.notNull(history.get(i), "history entry");
      int index = i;
      if (change.from() != at) {
        throw ValidationException.of("history", Optional.of(change.toString()), "of a "
            + machine + ": " + entry(i, change) + " leaves " + change.from() + " but the case was in " + at);
      }
      K kind = kindNamed(change.event()).orElseThrow(() -> ValidationException.of("history",
          Optional.of(change.toString()), "of a " + machine + ": " + entry(index, change) + " names event "
              + change.event() + ", which is not one of " + EnumSet.allOf(eventType)));
      if (!targets(at, kind).contains(change.to())) {
        throw ValidationException.of("history", Optional.of(change.toString()), "of a "
            + machine + ": " + entry(i, change) + " is not an allowed transition (" + at + " --" + kind
            + "--> " + (targets(at, kind).isEmpty() ? "nothing" : targets(at, kind)) + ")");
      }
      at = change.to();
    }
    if (at != current) {
      throw ValidationException.of("state", Optional.of(current.name()), "of a " + machine
          + " is not where its history leads (" + at + ", after " + history.size()
          + " entries)");
    }
  }

  /** How a failure names a history entry (built only when one fails: the check runs often). */
  private static String entry(int index, StateChange<?> change) {
    return "entry " + (index + 1) + " (" + change + ")";
  }

  private Optional<K> kindNamed(String name) {
    for (K kind : eventType.getEnumConstants()) {
      if (kind.name().equals(name)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Every allowed transition as {@code from --event--> to}, in declaration order. */
  public List<String> transitions() {
    List<String> lines = new ArrayList<>();
    table.forEach((from, events) -> events.forEach((event, targets) -> targets.forEach(
        to -> lines.add(from + " --" + event + "--> " + to))));
    return List.copyOf(lines);
  }

  /** The table, one transition a line. */
  @Override
  public String toString() {
    return machine + " transitions:\n  " + String.join("\n  ", transitions());
  }

  /**
   * Collects the allowed transitions of a table.
   *
   * @param <S> the enum of states
   * @param <K> the enum of event kinds
   */
  public static final class Builder<S extends Enum<S>, K extends Enum<K>> {

    private final String machine;
    private final Class<S> stateType;
    private final Class<K> eventType;
    private final Map<S, Map<K, Set<S>>> table;

    private Builder(String machine, Class<S> stateType, Class<K> eventType) {
      this.machine = machine;
      this.stateType = stateType;
      this.eventType = eventType;
      this.table = new EnumMap<>(stateType);
      for (S state : stateType.getEnumConstants()) {
        table.put(state, new EnumMap<>(eventType));
      }
    }

    /** Allows {@code event} in {@code from}, leading to any of {@code to} (at least one). */
    @SafeVarargs
    public final Builder<S, K> allow(S from, K event, S... to) {
      Checks.notNull(from, "from");
      Checks.notNull(event, "event");
      Checks.argument(to.length > 0, "A transition needs at least one target state");
      Set<S> targets = table.get(from).computeIfAbsent(event, e -> EnumSet.noneOf(stateType));
      for (S target : to) {
        targets.add(Checks.notNull(target, "to"));
      }
      return this;
    }

    /** Allows {@code event} in every one of {@code states}, leaving the state unchanged. */
    @SafeVarargs
    public final Builder<S, K> allowInPlace(K event, S... states) {
      for (S state : states) {
        allow(state, event, state);
      }
      return this;
    }

    /** The table. */
    public TransitionTable<S, K> build() {
      Map<S, Map<K, Set<S>>> copy = new EnumMap<>(stateType);
      table.forEach((state, events) -> {
        Map<K, Set<S>> eventsCopy = new LinkedHashMap<>();
        events.forEach((event, targets) -> eventsCopy.put(event,
            Collections.unmodifiableSet(EnumSet.copyOf(targets))));
        copy.put(state, Collections.unmodifiableMap(eventsCopy));
      });
      return new TransitionTable<>(machine, stateType, eventType,
          Collections.unmodifiableMap(copy));
    }
  }
}
