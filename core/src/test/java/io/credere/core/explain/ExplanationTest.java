package io.credere.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void reads_as_rule_sentence_codes_and_facts_in_order() {
    Explanation explanation = Explanation.builder()
        .ruleId("OVER_LIMIT")
        .sentence("Order held: exposure EUR 12,400.00 exceeds the limit EUR 10,000.00.")
        .addReasonCodes("OVER_LIMIT", "OVERDUE_60")
        .putFacts("exposure", "EUR 12400.00")
        .putFacts("limit", "EUR 10000.00")
        .build();
    assertThat(explanation).hasToString("OVER_LIMIT: Order held: exposure EUR 12,400.00 exceeds "
        + "the limit EUR 10,000.00. [OVER_LIMIT, OVERDUE_60] {exposure=EUR 12400.00, "
        + "limit=EUR 10000.00}");
    assertThat(explanation.facts().keySet()).containsExactly("exposure", "limit");
  }

  @Test
  void rejects_a_blank_sentence() {
    assertThatThrownBy(() -> Explanation.of("RULE", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Explanation sentence must not be blank");
  }
}
