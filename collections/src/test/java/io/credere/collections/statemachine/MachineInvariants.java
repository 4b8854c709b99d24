package io.credere.collections.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Checks shared by the state machines' property tests. */
public final class MachineInvariants {

  private MachineInvariants() {}

  /**
   * After one command: the history grew by exactly one entry and kept the old one as a prefix,
   * the new entry starts at the old state and ends in the new one, and the table allows it.
   */
  public static <S extends Enum<S>, K extends Enum<K>> void stepped(TransitionTable<S, K> table,
      S before, List<StateChange<S>> oldHistory, S after, List<StateChange<S>> newHistory,
      K event) {
    assertThat(newHistory).hasSize(oldHistory.size() + 1);
    assertThat(newHistory.subList(0, oldHistory.size())).isEqualTo(oldHistory);
    StateChange<S> last = newHistory.get(newHistory.size() - 1);
    assertThat(last.from()).isEqualTo(before);
    assertThat(last.to()).isEqualTo(after);
    assertThat(table.targets(before, event)).contains(after);
  }

  /** After a refused command: the table indeed does not allow it, or a guard failed. */
  public static <S extends Enum<S>, K extends Enum<K>> void refused(TransitionTable<S, K> table,
      S state, K event, IllegalTransitionException e) {
    assertThat(e.state()).isEqualTo(state.name());
    assertThat(e.event()).isEqualTo(event.name());
    assertThat(table.allows(state, event) == e.reason().isPresent()).isTrue();
  }
}
