package io.credere.core.explain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Why a result came out as it did: the rule that decided ({@code ruleId}, e.g.
 * {@code REFERENCE_AND_AMOUNT}), reason codes that drove it (most important first), the facts
 * used (amounts, dates, names, in the order they were added), and one sentence a person reads.
 *
 * <p>Made with {@code Explanation.of("RULE", "Sentence.")} or {@link #builder()}. Immutable and
 * thread-safe.
 *
 * <p>Written by hand rather than generated like the other value types: a cash-application run
 * keeps one explanation per line for every payment, and the facts are held as one array of
 * names and values ({@link FactMap}) instead of a linked hash map with an entry object per fact
 * (about 100 bytes a fact less). The builder is strict, as the generated ones are: a rule id or
 * sentence set twice is an error.
 */
public final class Explanation {

  private final String ruleId;
  private final String sentence;
  private final List<String> reasonCodes;
  private final Map<String, String> facts;

  private Explanation(String ruleId, String sentence, List<String> reasonCodes,
      Map<String, String> facts) {
    this.ruleId = ruleId;
    this.sentence = sentence;
    this.reasonCodes = reasonCodes;
    this.facts = facts;
    if (ruleId.isBlank()) {
      throw new IllegalArgumentException("Explanation rule id must not be blank");
    }
    if (sentence.isBlank()) {
      throw new IllegalArgumentException("Explanation sentence must not be blank");
    }
  }

  /**
   * An explanation with no reason codes and no facts.
   *
   * @throws IllegalArgumentException when either is blank
   */
  public static Explanation of(String ruleId, String sentence) {
    return new Explanation(Objects.requireNonNull(ruleId, "ruleId"),
        Objects.requireNonNull(sentence, "sentence"), Collections.emptyList(),
        Collections.emptyMap());
  }

  /** A builder; {@code ruleId} and {@code sentence} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The id of the rule or policy that decided, upper snake case; never blank. */
  public String ruleId() {
    return ruleId;
  }

  /** One readable sentence; never blank. */
  public String sentence() {
    return sentence;
  }

  /** The reason codes that drove the result, most important first; may be empty. */
  public List<String> reasonCodes() {
    return reasonCodes;
  }

  /** Named facts the decision used, in insertion order; may be empty. Unmodifiable. */
  public Map<String, String> facts() {
    return facts;
  }

  /** This explanation with another rule id. */
  public Explanation withRuleId(String value) {
    String newValue = Objects.requireNonNull(value, "ruleId");
    return ruleId.equals(newValue) ? this
        : new Explanation(newValue, sentence, reasonCodes, facts);
  }

  /** This explanation with another sentence. */
  public Explanation withSentence(String value) {
    String newValue = Objects.requireNonNull(value, "sentence");
    return sentence.equals(newValue) ? this
        : new Explanation(ruleId, newValue, reasonCodes, facts);
  }

  /** This explanation with these reason codes instead of its own. */
  public Explanation withReasonCodes(String... elements) {
    return withReasonCodes(List.of(elements));
  }

  /** This explanation with these reason codes instead of its own. */
  public Explanation withReasonCodes(Iterable<String> elements) {
    if (reasonCodes == elements) {
      return this;
    }
    List<String> codes = new ArrayList<>();
    for (String code : elements) {
      codes.add(Objects.requireNonNull(code, "element"));
    }
    return new Explanation(ruleId, sentence, codes(codes), facts);
  }

  /** This explanation with these facts (in their map's order) instead of its own. */
  public Explanation withFacts(Map<String, ? extends String> entries) {
    if (facts == entries) {
      return this;
    }
    FactMap.Builder made = new FactMap.Builder();
    entries.forEach((key, value) -> made.put(Objects.requireNonNull(key, "key"),
        Objects.requireNonNull(value, value == null ? "value for key: " + key : null)));
    return new Explanation(ruleId, sentence, reasonCodes, made.build());
  }

  private static List<String> codes(List<String> codes) {
    return switch (codes.size()) {
      case 0 -> Collections.emptyList();
      case 1 -> Collections.singletonList(codes.get(0));
      default -> Collections.unmodifiableList(new ArrayList<>(codes));
    };
  }

  @Override
  public boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    return another instanceof Explanation other && ruleId.equals(other.ruleId)
        && sentence.equals(other.sentence) && reasonCodes.equals(other.reasonCodes)
        && facts.equals(other.facts);
  }

  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + ruleId.hashCode();
    h += (h << 5) + sentence.hashCode();
    h += (h << 5) + reasonCodes.hashCode();
    h += (h << 5) + facts.hashCode();
    return h;
  }

  /** Reads as {@code RULE: sentence [code1, code2] {fact=value, ...}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(ruleId).append(": ").append(sentence);
    if (!reasonCodes.isEmpty()) {
      text.append(' ').append(reasonCodes);
    }
    if (!facts.isEmpty()) {
      text.append(' ').append(facts.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}")));
    }
    return text.toString();
  }

  /**
   * Builds an {@link Explanation}. Strict: the rule id and the sentence are set once each;
   * reason codes and facts add up in order (a fact put again under the same name keeps its
   * place and takes the new value). Not thread-safe.
   */
  public static final class Builder {
    private String ruleId;
    private String sentence;
    private final List<String> reasonCodes = new ArrayList<>(2);
    private final FactMap.Builder facts = new FactMap.Builder();

    private Builder() {}

    /** The rule id (required, once). */
    public Builder ruleId(String ruleId) {
      strict(this.ruleId, "ruleId");
      this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
      return this;
    }

    /** The sentence (required, once). */
    public Builder sentence(String sentence) {
      strict(this.sentence, "sentence");
      this.sentence = Objects.requireNonNull(sentence, "sentence");
      return this;
    }

    /** Adds a reason code. */
    public Builder addReasonCodes(String element) {
      reasonCodes.add(Objects.requireNonNull(element, "reasonCodes element"));
      return this;
    }

    /** Adds reason codes, in order. */
    public Builder addReasonCodes(String... elements) {
      for (String element : elements) {
        addReasonCodes(element);
      }
      return this;
    }

    /** Adds reason codes, in order. */
    public Builder addAllReasonCodes(Iterable<String> elements) {
      for (String element : elements) {
        addReasonCodes(element);
      }
      return this;
    }

    /** Puts a fact. */
    public Builder putFacts(String key, String value) {
      facts.put(Objects.requireNonNull(key, "facts key"),
          Objects.requireNonNull(value, value == null ? "facts value for key: " + key : null));
      return this;
    }

    /** Puts a fact. */
    public Builder putFacts(Map.Entry<String, ? extends String> entry) {
      return putFacts(entry.getKey(), entry.getValue());
    }

    /** Puts every fact of {@code entries}, in their map's order. */
    public Builder putAllFacts(Map<String, ? extends String> entries) {
      for (Map.Entry<String, ? extends String> entry : entries.entrySet()) {
        putFacts(entry.getKey(), entry.getValue());
      }
      return this;
    }

    /**
     * The explanation.
     *
     * @throws IllegalStateException when the rule id or the sentence is not set
     * @throws IllegalArgumentException when either is blank
     */
    public Explanation build() {
      if (ruleId == null || sentence == null) {
        List<String> missing = new ArrayList<>();
        if (ruleId == null) {
          missing.add("ruleId");
        }
        if (sentence == null) {
          missing.add("sentence");
        }
        throw new IllegalStateException(
            "Cannot build Explanation, some of required attributes are not set " + missing);
      }
      return new Explanation(ruleId, sentence, codes(reasonCodes), facts.build());
    }

    private static void strict(Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(
            "Builder of Explanation is strict, attribute is already set: " + name);
      }
    }
  }
}
