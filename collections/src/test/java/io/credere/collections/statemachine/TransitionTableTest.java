package io.credere.collections.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionTableTest {

  enum S { A, B, C }

  enum K { GO, STOP }

  private static final TransitionTable<S, K> TABLE = TransitionTable.builder("test", S.class,
      K.class).allow(S.A, K.GO, S.B, S.C).allow(S.B, K.STOP, S.C).build();

  @Test
  void lists_transitions_as_data() {
    assertThat(TABLE.transitions()).containsExactly("A --GO--> B", "A --GO--> C",
        "B --STOP--> C");
    assertThat(TABLE.isFinal(S.C)).isTrue();
  }

  @Test
  void refuses_an_event_naming_state_event_and_allowed_events() {
    assertThatThrownBy(() -> TABLE.check(S.A, K.STOP))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A test in state A cannot take event STOP (allowed: GO)")
        .satisfies(e -> {
          IllegalTransitionException ex = (IllegalTransitionException) e;
          assertThat(ex.state()).isEqualTo("A");
          assertThat(ex.event()).isEqualTo("STOP");
          assertThat(ex.allowedEvents()).containsExactly("GO");
        });
  }

  @Test
  void refuses_a_target_the_table_does_not_list() {
    assertThatThrownBy(() -> TABLE.checkTarget(S.B, K.STOP, S.A))
        .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("cannot lead to A");
  }
}
