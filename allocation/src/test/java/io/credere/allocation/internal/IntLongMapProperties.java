package io.credere.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.testing.PropertyTesting;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link IntLongMap} answers as a {@code HashMap<Integer, Long>} given the same puts: keys
 * clustered (neighbouring positions) and spread, repeated, growing the table many times; with
 * and without key bits (keys below and above their bound).
 */
class IntLongMapProperties {

  @Test
  void answersAsAHashMap() {
    PropertyTesting.theory().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 3))
        .ofSizeBetween(0, 400), SourceDSL.integers().between(1, 1_000_000),
        SourceDSL.integers().between(-1, 2_000))
        .checkAssert((kinds, spread, bound) -> {
          // bound -1: no key bits; else bits below the bound, some keys above it
          IntLongMap map = bound < 0 ? new IntLongMap() : new IntLongMap(bound);
          Map<Integer, Long> peer = new HashMap<>();
          int k = 0;
          for (int kind : kinds) {
            int key = kind == 0 ? k++ : kind == 1 ? (k * 7919) % spread : k / 2;
            long value = (long) key * kind - 3;
            map.put(key, value);
            peer.put(key, value);
            assertThat(map.get(key + 1, Long.MIN_VALUE))
                .isEqualTo(peer.getOrDefault(key + 1, Long.MIN_VALUE));
          }
          assertThat(map.size()).isEqualTo(peer.size());
          for (int key = 0; key < k + 5; key++) {
            assertThat(map.containsKey(key)).isEqualTo(peer.containsKey(key));
            assertThat(map.get(key, -42)).isEqualTo(peer.getOrDefault(key, -42L));
          }
          assertThat(map.sortedKeys()).containsExactly(new TreeSet<>(peer.keySet()).stream()
              .mapToInt(Integer::intValue).toArray());
          IntLongMap copy = new IntLongMap(bound / 2);
          copy.putAll(map);
          for (int key = 0; key < k + 5; key++) {
            assertThat(copy.get(key, -42)).isEqualTo(peer.getOrDefault(key, -42L));
          }
          IntLongMap probe = new IntLongMap();
          probe.put(k + 1_000_000, 1);
          assertThat(map.sharesKeyWith(probe)).isFalse();
          if (!peer.isEmpty()) {
            probe.put(peer.keySet().iterator().next(), 1);
            assertThat(probe.sharesKeyWith(map)).isTrue();
          }
        });
  }

  @Test
  void refusesANegativeKey() {
    IntLongMap map = new IntLongMap();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> map.put(-1, 5))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    assertThat(map.size()).isZero();
    assertThat(List.of(map.sortedKeys().length)).containsExactly(0);
  }
}
