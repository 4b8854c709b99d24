package io.credere.core.explain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Why a result came out as it did: the rule that decided ({@code ruleId}, e.g.
 * {@code REFERENCE_AND_AMOUNT}), reason codes that drove it (most important first), the facts
 * used (amounts, dates, names, in the order they were added), and one sentence a person reads.
 *
 * <p>Use the generated {@code Explanation}: {@code Explanation.of("RULE", "Sentence.")} or
 * {@code Explanation.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExplanation {

  /** The id of the rule or policy that decided, upper snake case; never blank. */
  @Value.Parameter
  public abstract String ruleId();

  /** One readable sentence; never blank. */
  @Value.Parameter
  public abstract String sentence();

  /** The reason codes that drove the result, most important first; may be empty. */
  public abstract List<String> reasonCodes();

  /** Named facts the decision used, in insertion order; may be empty. */
  public abstract Map<String, String> facts();

  @Value.Check
  void check() {
    if (ruleId().isBlank()) {
      throw new IllegalArgumentException("Explanation rule id must not be blank");
    }
    if (sentence().isBlank()) {
      throw new IllegalArgumentException("Explanation sentence must not be blank");
    }
  }

  /** Reads as {@code RULE: sentence [code1, code2] {fact=value, ...}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(ruleId()).append(": ").append(sentence());
    if (!reasonCodes().isEmpty()) {
      text.append(' ').append(reasonCodes());
    }
    if (!facts().isEmpty()) {
      text.append(' ').append(facts().entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}")));
    }
    return text.toString();
  }
}
