package io.credere.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.testing.PropertyTesting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link IntMultiMap} holds what a map of lists holds after the same puts and removes: few
 * distinct hashes (long chains, equal hashes), removes that free entries for reuse, growth and
 * rehashing; {@code get} and the {@code first/next} walk agree.
 */
class IntMultiMapProperties {

  @Test
  void holdsWhatAMapOfListsHolds() {
    PropertyTesting.theory().forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 99))
        .ofSizeBetween(0, 300), SourceDSL.integers().between(1, 40))
        .checkAssert((steps, hashes) -> {
          IntMultiMap map = new IntMultiMap(4);
          Map<Integer, List<Integer>> peer = new HashMap<>();
          int value = 0;
          for (int step : steps) {
            int hash = (step % hashes) * 0x10000;
            if (step < 70) {
              map.put(hash, value);
              peer.computeIfAbsent(hash, h -> new ArrayList<>()).add(value);
              value++;
            } else {
              List<Integer> held = peer.getOrDefault(hash, new ArrayList<>());
              int gone = held.isEmpty() ? -1 : held.get(step % held.size());
              assertThat(map.remove(hash, gone)).isEqualTo(!held.isEmpty());
              held.remove(Integer.valueOf(gone));
            }
          }
          for (int h = 0; h < hashes; h++) {
            int hash = h * 0x10000;
            List<Integer> walked = new ArrayList<>();
            for (int e = map.first(hash); e >= 0; e = map.next(e, hash)) {
              walked.add(map.value(e));
            }
            List<Integer> got = new ArrayList<>();
            for (int v : map.get(hash)) {
              got.add(v);
            }
            assertThat(walked).isEqualTo(got);
            assertThat(got).containsExactlyInAnyOrderElementsOf(
                peer.getOrDefault(hash, List.of()));
          }
        });
  }
}
