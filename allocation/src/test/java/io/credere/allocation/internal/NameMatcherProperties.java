package io.credere.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.testing.PropertyTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The bounded edit distance that token scores use stops early only where the exact distance is
 * past the bound, so every token score is what the exact distance gives; and the candidates of
 * {@link NameMatcher#best} are scored once each, ties kept by the order first met.
 */
class NameMatcherProperties {

  private static Gen<String> tokens() {
    return in -> {
      int length = Generate.range(0, 12).generate(in);
      StringBuilder token = new StringBuilder();
      for (int i = 0; i < length; i++) {
        token.append("ABCE0123"
            .charAt(Generate.range(0, 7).generate(in)));
      }
      return token.toString();
    };
  }

  @Test
  void boundedDistanceIsExactUpToTheBoundAndAboveItBeyond() {
    PropertyTesting.theory(5_000).forAll(tokens(), tokens(), SourceDSL.integers().between(0, 6))
        .checkAssert((a, b, limit) -> {
          int exact = NameMatcher.distance(a, b);
          int bounded = NameMatcher.distance(a, b, limit);
          if (exact <= limit) {
            assertThat(bounded).isEqualTo(exact);
          } else {
            assertThat(bounded).isGreaterThan(limit).isLessThanOrEqualTo(exact);
          }
        });
  }

  @Test
  void tokenScoreIsTheExactDistancesScore() {
    PropertyTesting.theory(5_000).forAll(tokens(), tokens()).checkAssert((a, b) -> {
      double expected;
      int shorter = Math.min(a.length(), b.length());
      int longer = Math.max(a.length(), b.length());
      if (a.equals(b)) {
        expected = 1;
      } else if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) {
        expected = 0.9;
      } else if (longer - shorter > 2 || shorter < 4) {
        expected = 0;
      } else {
        double ratio = 1 - (double) NameMatcher.distance(a, b) / longer;
        expected = ratio >= 0.8 ? ratio : 0;
      }
      assertThat(NameMatcher.tokenScore(a, b)).as(a + " / " + b).isEqualTo(expected);
    });
  }

  @Test
  void bestKeepsTheFirstMetOfEqualScores() {
    NameMatcher names = new NameMatcher();
    names.add("first", "Nordwind Logistik GmbH");
    names.add("second", "Nordwind Logistik AG");
    names.add("third", "Nordwand Logistics");
    List<NameMatcher.Score> best = names.best("Nordwind Logistik");
    assertThat(best).extracting(NameMatcher.Score::owner).containsExactly("first", "second");
    assertThat(best.get(0).similarity()).isEqualTo(1.0);
  }
}
