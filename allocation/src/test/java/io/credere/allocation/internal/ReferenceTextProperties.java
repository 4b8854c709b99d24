package io.credere.allocation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.testing.PropertyTesting;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The ASCII fast paths of {@link ReferenceText} ({@code fold}, {@code key}, {@code looseKey})
 * give exactly what the general path (Unicode upper case, NFD, marks dropped) gives, on plain
 * references and on hostile text: diacritics, ligatures, letters whose upper case is ASCII
 * (dotless i, long s), OCR look-alikes, non-ASCII digits, combining marks, surrogate pairs.
 */
public class ReferenceTextProperties {

  /** Plain ASCII as references are printed: letters, digits, separators, spaces. */
  private static final String PLAIN =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -/._,:#()'\"&+*\t";

  /** Characters a fast path must not get wrong; each is a code point (some are pairs). */
  private static final List<String> HOSTILE = List.of("é", "É", "ä", "Ä", "ö", "ü", "ß", "ẞ",
      "ø", "Ø", "æ", "Æ", "ł", "Ł", "ı", "İ", "ſ", "ﬁ", "ﬀ", "K", "Å", "µ", "ÿ", "Ÿ", "ǅ",
      "Σ", "ς", "О", "о", "Ο", "І", "В", "З", "１", "Ａ", "ａ", "٣", "۴", "५", "๗", "²", "½",
      "Ⅻ", "ⅻ", "\u0301", "\u0308", "\u00a0", "\u2013", "\u2019", "\u200b", "\ufeff",
      "\ud835\udfd7", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\u0130", "ŉ", "ǰ", "ΐ");

  private static final String LOOKALIKES = "OoQqIiLlZzSsGgBb0125689";

  private static Gen<String> plain() {
    return in -> {
      int length = Generate.range(0, 24).generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        String alphabet = Generate.range(0, 3).generate(in) == 0 ? LOOKALIKES : PLAIN;
        text.append(alphabet.charAt(Generate.range(0, alphabet.length() - 1).generate(in)));
      }
      return text.toString();
    };
  }

  private static Gen<String> hostile() {
    return in -> {
      int length = Generate.range(0, 24).generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        int pick = Generate.range(0, 9).generate(in);
        if (pick == 0) {
          text.append(HOSTILE.get(Generate.range(0, HOSTILE.size() - 1).generate(in)));
        } else if (pick == 1) {
          text.appendCodePoint(Generate.range(128, 0x2FFFF).generate(in));
        } else {
          text.append(PLAIN.charAt(Generate.range(0, PLAIN.length() - 1).generate(in)));
        }
      }
      return text.toString();
    };
  }

  /** Plain text with Latin-1 (U+0080..U+00FF) mixed in, as West European references are. */
  private static Gen<String> latin1() {
    return in -> {
      int length = Generate.range(0, 24).generate(in);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        if (Generate.range(0, 3).generate(in) == 0) {
          text.append((char) (int) Generate.range(128, 255).generate(in));
        } else {
          text.append(PLAIN.charAt(Generate.range(0, PLAIN.length() - 1).generate(in)));
        }
      }
      return text.toString();
    };
  }

  /** Plain, Latin-1 and hostile texts mixed. */
  public static Gen<String> texts() {
    return plain().mix(latin1(), 40).mix(hostile(), 50);
  }

  @Test
  void everyLatin1CharacterAloneAndBesideAnother() {
    for (char c = 128; c < 256; c++) {
      for (char d = 0; d < 256; d += 7) {
        for (String text : List.of(String.valueOf(c), "x" + c + d + "1", c + "ü" + d)) {
          assertThat(ReferenceText.fold(text)).as(text).isEqualTo(
              ReferenceText.foldGeneral(text));
          assertThat(ReferenceText.key(text)).as(text).isEqualTo(ReferenceText.keyGeneral(text));
        }
      }
    }
  }

  @Test
  void foldFastPathEqualsGeneralPath() {
    PropertyTesting.theory(10_000).forAll(texts()).checkAssert(text ->
        assertThat(ReferenceText.fold(text)).isEqualTo(ReferenceText.foldGeneral(text)));
  }

  @Test
  void keyFastPathEqualsGeneralPath() {
    PropertyTesting.theory(10_000).forAll(texts()).checkAssert(text ->
        assertThat(ReferenceText.key(text)).isEqualTo(ReferenceText.keyGeneral(text)));
  }

  @Test
  void looseKeyIsLooseOfTheGeneralKey() {
    PropertyTesting.theory(10_000).forAll(texts()).checkAssert(text ->
        assertThat(ReferenceText.looseKey(text))
            .isEqualTo(ReferenceText.loose(ReferenceText.keyGeneral(text))));
  }

  @Test
  void hasLooseKeyAgreesWithLooseKey() {
    PropertyTesting.theory(5_000).forAll(texts(), texts()).checkAssert((text, other) -> {
      String own = ReferenceText.loose(ReferenceText.keyGeneral(text));
      assertThat(ReferenceText.hasLooseKey(text, own)).as(text).isTrue();
      String theirs = ReferenceText.loose(ReferenceText.keyGeneral(other));
      assertThat(ReferenceText.hasLooseKey(text, theirs)).as(text + " / " + other)
          .isEqualTo(own.equals(theirs));
      if (!own.isEmpty()) {
        assertThat(ReferenceText.hasLooseKey(text, own.substring(1))).isFalse();
        assertThat(ReferenceText.hasLooseKey(text, own + "1")).isFalse();
      }
    });
  }

  @Test
  void everyHostileCharacterAloneAndAmongPlainText() {
    for (String odd : HOSTILE) {
      for (String text : List.of(odd, "inv-" + odd + "-0042", odd + "abc123", "ABC" + odd)) {
        assertThat(ReferenceText.fold(text)).as(text).isEqualTo(ReferenceText.foldGeneral(text));
        assertThat(ReferenceText.key(text)).as(text).isEqualTo(ReferenceText.keyGeneral(text));
        assertThat(ReferenceText.looseKey(text)).as(text)
            .isEqualTo(ReferenceText.loose(ReferenceText.keyGeneral(text)));
        assertThat(ReferenceText.hasLooseKey(text, ReferenceText.loose(
            ReferenceText.keyGeneral(text)))).as(text).isTrue();
      }
    }
  }

  @Test
  void knownForms() {
    assertThat(ReferenceText.key("inv-2026/04784")).isEqualTo("INV202604784");
    assertThat(ReferenceText.looseKey("inv-2026/04784")).isEqualTo("1NV202604784");
    assertThat(ReferenceText.key("Rechnung Nr. Ä-12")).isEqualTo("RECHNUNGNRA12");
    assertThat(ReferenceText.fold("straße")).isEqualTo("STRASSE");
    assertThat(ReferenceText.key("ABC123")).isSameAs("ABC123".intern());
  }

  /**
   * Reference-shaped text: digit groups with leading zeros, separators, lower case, look-alike
   * letters, texts starting {@code RF} (valid and invalid creditor references), a stray
   * character beyond ASCII now and then.
   */
  public static Gen<String> referenceShaped() {
    String[] parts = {"0", "00", "007", "0420", "INV", "inv", "RF", "rf", "R", "F", "-", " ",
        "/", ".", "O0", "0O", "SO-", "12", "9", "x", "é", "٣", "０", " ", "#", "00a"};
    return in -> {
      int count = Generate.range(0, 8).generate(in);
      StringBuilder text = new StringBuilder();
      if (Generate.range(0, 5).generate(in) == 0) {
        text.append(ReferenceText.creditorReference("P" + Generate.range(0, 99_999).generate(in)));
      }
      for (int i = 0; i < count; i++) {
        text.append(parts[Generate.range(0, parts.length - 1).generate(in)]);
      }
      return text.toString();
    };
  }

  @Test
  void keyHashesAreTheHashesOfTheKeys() {
    Gen<String> texts = texts().mix(referenceShaped(), 50);
    PropertyTesting.theory(10_000).forAll(texts).checkAssert(text -> {
      assertThat(ReferenceText.looseKeyHash(text)).as(text)
          .isEqualTo(ReferenceText.looseKey(text).hashCode());
      assertThat(ReferenceText.zeroStrippedHash(text)).as(text)
          .isEqualTo(ReferenceText.zeroStripped(text).hashCode());
      boolean ascii = text.chars().allMatch(c -> c < 128);
      assertThat(ReferenceText.asciiKeyLength(text)).as(text)
          .isEqualTo(ascii ? ReferenceText.key(text).length() : -1);
      assertThat(ReferenceText.looseKeySketch(text)).as(text)
          .isEqualTo(ReferenceText.slipSketch(ReferenceText.looseKey(text)));
      assertThat(ReferenceText.tailSketch(text)).as(text).isEqualTo(ReferenceText.slipSketch(
          ReferenceText.stripZeros(ReferenceText.lastDigitGroup(text))));
      // what the index's reference lookup relies on: the loose key is the key made loose, as
      // long as the key, and hasLooseKey tells it without making it
      String key = ReferenceText.key(text);
      assertThat(ReferenceText.looseKey(text)).as(text).isEqualTo(ReferenceText.loose(key))
          .hasSameSizeAs(key);
      assertThat(ReferenceText.hasLooseKey(text, ReferenceText.loose(key))).as(text).isTrue();
      assertThat(ReferenceText.hasLooseKey(text, ReferenceText.loose(key) + "0")).as(text)
          .isFalse();
      if (!ReferenceText.mayBeCreditorReference(text)) {
        assertThat(ReferenceText.looksLikeCreditorReference(ReferenceText.key(text))).as(text)
            .isFalse();
      }
    });
  }

  @Test
  void keyHashesOfKnownForms() {
    for (String text : List.of("", "0", "000", "INV-2026-004035", "inv 2026 4035", "RF18539007547034",
        "rf18 5390 0754 7034", "SO-0042", "00-00-01", "a0b00c000", "0é", "0٣",
        "D-" + "0".repeat(40) + "7".repeat(20), "x٣٠٠٤")) {
      assertThat(ReferenceText.zeroStrippedHash(text)).as(text)
          .isEqualTo(ReferenceText.zeroStripped(text).hashCode());
      assertThat(ReferenceText.looseKeyHash(text)).as(text)
          .isEqualTo(ReferenceText.looseKey(text).hashCode());
      assertThat(ReferenceText.looseKeySketch(text)).as(text)
          .isEqualTo(ReferenceText.slipSketch(ReferenceText.looseKey(text)));
      assertThat(ReferenceText.tailSketch(text)).as(text).isEqualTo(ReferenceText.slipSketch(
          ReferenceText.stripZeros(ReferenceText.lastDigitGroup(text))));
    }
    assertThat(ReferenceText.mayBeCreditorReference("rf18 5390")).isTrue();
    assertThat(ReferenceText.mayBeCreditorReference("-R-F-")).isTrue();
    assertThat(ReferenceText.mayBeCreditorReference("RX18")).isFalse();
    assertThat(ReferenceText.mayBeCreditorReference("R")).isFalse();
  }

  @Test
  void aSketchNeverRulesOutTextsWithinOneSlip() {
    Gen<String> texts = texts().mix(referenceShaped(), 50);
    PropertyTesting.theory(3_000).forAll(texts, texts).checkAssert((text, other) -> {
      // long runs of one character push a class's count past what 4 bits hold
      for (String a : List.of(ReferenceText.looseKey(text), text,
          text.repeat(7) + "0000000000000000000")) {
        java.util.Set<String> near = new java.util.LinkedHashSet<>(
            a.length() <= 40 ? ReferenceText.slipVariants(a) : java.util.Set.of());
        near.add(a);
        near.add(other);
        near.add(a + "1");
        if (!a.isEmpty()) {
          near.add(a.substring(1));
        }
        for (String b : near) {
          if (ReferenceText.withinOneSlip(a, b)) {
            assertThat(ReferenceText.maybeWithinOneSlip(ReferenceText.slipSketch(a),
                ReferenceText.slipSketch(b))).as(a + " / " + b).isTrue();
          }
        }
        assertThat(ReferenceText.sketchLength(ReferenceText.slipSketch(a)))
            .isEqualTo(Math.min(a.length(), 32_767));
      }
    });
    // and it does rule out: two slips apart, other lengths
    assertThat(ReferenceText.maybeWithinOneSlip(ReferenceText.slipSketch("INV2026004035"),
        ReferenceText.slipSketch("INV2026004099"))).isFalse();
    assertThat(ReferenceText.maybeWithinOneSlip(ReferenceText.slipSketch("INV2026004035"),
        ReferenceText.slipSketch("INV20260040"))).isFalse();
    assertThat(ReferenceText.slipSketch("")).isNotZero();
  }
}
