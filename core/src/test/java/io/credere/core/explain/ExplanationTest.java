package io.credere.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
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

  @Test
  void facts_are_a_map_like_any_other_in_insertion_order() {
    Explanation explanation = Explanation.builder().ruleId("R").sentence("S.")
        .putFacts("b", "1").putFacts("a", "2").putFacts("c", "3").putFacts("a", "4").build();
    Map<String, String> same = new LinkedHashMap<>();
    same.put("b", "1");
    same.put("a", "4");
    same.put("c", "3");
    // a name put again keeps its place and takes the new value, as a linked hash map does
    assertThat(explanation.facts()).containsExactly(Map.entry("b", "1"), Map.entry("a", "4"),
        Map.entry("c", "3"));
    assertThat(explanation.facts()).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(same).isEqualTo(explanation.facts());
    assertThat(explanation.facts().get("a")).isEqualTo("4");
    assertThat(explanation.facts().get("z")).isNull();
    assertThat(explanation.facts().containsKey("c")).isTrue();
    assertThat(explanation.facts()).hasToString("{b=1, a=4, c=3}");
    assertThat(explanation.withFacts(same)).isEqualTo(explanation)
        .hasSameHashCodeAs(explanation);
  }

  @Test
  void facts_cannot_be_changed_through_the_map() {
    Map<String, String> facts = Explanation.builder().ruleId("R").sentence("S.")
        .putFacts("a", "1").putFacts("b", "2").build().facts();
    assertThatThrownBy(() -> facts.put("c", "3"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.remove("a"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(facts::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> facts.entrySet().iterator().next().setValue("x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(facts).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
  }

  @Test
  void the_builder_is_strict_and_names_what_is_missing() {
    assertThatThrownBy(() -> Explanation.builder().ruleId("R").ruleId("Q"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Builder of Explanation is strict, attribute is already set: ruleId");
    assertThatThrownBy(() -> Explanation.builder().ruleId("R").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot build Explanation, some of required attributes are not set "
            + "[sentence]");
    assertThatThrownBy(() -> Explanation.builder().ruleId("R").sentence("S.")
        .putFacts("a", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("facts value for key: a");
    assertThatThrownBy(() -> Explanation.of(" ", "S."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Explanation rule id must not be blank");
  }

  @Test
  void with_methods_copy_and_keep_the_rest() {
    Explanation explanation = Explanation.builder().ruleId("R").sentence("S.")
        .addReasonCodes("A", "B").putFacts("a", "1").build();
    assertThat(explanation.withRuleId("R")).isSameAs(explanation);
    Explanation other = explanation.withSentence("T.").withReasonCodes("C");
    assertThat(other.sentence()).isEqualTo("T.");
    assertThat(other.reasonCodes()).containsExactly("C");
    assertThat(other.facts()).isEqualTo(explanation.facts());
    assertThat(other).isNotEqualTo(explanation);
    assertThat(explanation.reasonCodes()).containsExactly("A", "B");
  }
}
