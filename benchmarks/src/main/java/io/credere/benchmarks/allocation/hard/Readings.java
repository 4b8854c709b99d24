package io.credere.benchmarks.allocation.hard;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How the harness's careful controller reads references and names: the generator uses these
 * readings to find the other documents a quoted number could mean and the customers a payer
 * name could be, so that a truth is only stated where no second reading comes close. Generous on
 * purpose: a reading too many makes the truth an abstention (or the case is redrawn), never a
 * guess.
 */
final class Readings {

  private static final Set<String> JOINERS = Set.of("&", "+", "U", "UND", "AND", "ET", "Y");

  private Readings() {}

  /** Letters and digits only, upper case. */
  static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 128 && Character.isLetterOrDigit(c)) {
        key.append(Character.toUpperCase(c));
      }
    }
    return key.toString();
  }

  /** The key without its leading letters (the prefix such as {@code INV} or {@code CN}). */
  static String core(String key) {
    int i = 0;
    while (i < key.length() && Character.isLetter(key.charAt(i))) {
      i++;
    }
    return key.substring(i);
  }

  /** The digit groups of a text, leading zeros dropped (a group of zeros becomes "0"). */
  static List<String> groups(String text) {
    List<String> groups = new ArrayList<>();
    StringBuilder group = new StringBuilder();
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= '0' && c <= '9') {
        group.append(c);
      } else if (group.length() > 0) {
        int zeros = 0;
        while (zeros < group.length() - 1 && group.charAt(zeros) == '0') {
          zeros++;
        }
        groups.add(group.substring(zeros));
        group.setLength(0);
      }
    }
    return groups;
  }

  /** A text prepared for reading: its key, the key without prefix, its number groups. */
  record Text(String key, String core, List<String> groups) {
    static Text of(String text) {
      String key = Readings.key(text);
      return new Text(key, Readings.core(key), Readings.groups(text));
    }
  }

  /** Whether {@code typed} names {@code printed} literally (same key, or same without prefix). */
  static boolean literal(String typed, String printed) {
    return literal(Text.of(typed), Text.of(printed));
  }

  static boolean literal(Text typed, Text printed) {
    String t = typed.key();
    if (t.isEmpty()) {
      return false;
    }
    if (t.equals(printed.key())) {
      return true;
    }
    String tc = typed.core();
    return tc.length() >= 4 && tc.equals(t) && tc.equals(printed.core());
  }

  /**
   * Whether {@code typed} could be read as {@code printed}: literally, one edit, transposition
   * or OCR confusion away (with or without the prefix), leading zeros dropped, or a short form
   * (the last number group alone, at least three digits, or one slip from it).
   */
  static boolean near(String typed, String printed) {
    return near(Text.of(typed), Text.of(printed));
  }

  static boolean near(Text typed, Text printed) {
    if (literal(typed, printed)) {
      return true;
    }
    String t = typed.key();
    if (t.length() < 3) {
      return false;
    }
    if (oneSlip(t, printed.key())
        || typed.core().length() >= 4 && oneSlip(typed.core(), printed.core())) {
      return true;
    }
    List<String> tg = typed.groups();
    List<String> pg = printed.groups();
    if (!tg.isEmpty() && tg.equals(pg) && prefix(typed.key()).endsWith(prefix(printed.key()))) {
      return true;
    }
    if (tg.size() == 1 && !pg.isEmpty() && tg.get(0).length() >= 3) {
      String last = pg.get(pg.size() - 1);
      return tg.get(0).equals(last) || oneSlip(tg.get(0), last) && last.length() >= 4;
    }
    return false;
  }

  private static String prefix(String key) {
    return key.substring(0, key.length() - core(key).length());
  }

  /** At most one substitution, insertion, deletion or adjacent transposition apart (not equal). */
  static boolean oneSlip(String a, String b) {
    if (a.equals(b) || a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2));
    }
    return la > lb ? a.substring(i + 1).equals(b.substring(i))
        : b.substring(i + 1).equals(a.substring(i));
  }

  /**
   * A name folded for comparison: upper case, umlauts and their transliterations to the bare
   * vowel (Müller = Mueller = Muller), accents dropped, joiners ({@code &}, {@code +},
   * {@code u.}, {@code und}) and punctuation removed.
   */
  static String foldName(String name) {
    String upper = name.toUpperCase(Locale.ROOT).replace("ß", "SS").replace("Ø", "O")
        .replace("Æ", "AE").replace("Ł", "L");
    upper = upper.replace("Ä", "A").replace("Ö", "O").replace("Ü", "U");
    upper = Normalizer.normalize(upper, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    StringBuilder folded = new StringBuilder();
    for (String word : upper.split("[^A-Z0-9&+]+|(?=[&+])|(?<=[&+])")) {
      if (word.isEmpty() || JOINERS.contains(word)) {
        continue;
      }
      folded.append(word.replace("AE", "A").replace("OE", "O").replace("UE", "U"));
    }
    return folded.toString();
  }

  /**
   * Whether a payer name as the bank delivered it could be the customer {@code customerName}: the
   * same folded name, or a truncation of it (at least 12 characters).
   */
  static boolean couldBe(String payerName, String customerName) {
    return couldBeFolded(foldName(payerName), foldName(customerName));
  }

  /** {@link #couldBe} on names already folded. */
  static boolean couldBeFolded(String payer, String customer) {
    return payer.equals(customer) || payer.length() >= 12 && customer.startsWith(payer);
  }

  /** An ISO 11649 creditor reference for a payload, printed in groups of four. */
  static String creditorReference(String payload) {
    String check = String.format(Locale.ROOT, "%02d",
        98 - new BigInteger(numeric(payload + "RF00")).mod(BigInteger.valueOf(97)).intValue());
    String compact = "RF" + check + payload;
    StringBuilder printed = new StringBuilder();
    for (int i = 0; i < compact.length(); i += 4) {
      if (i > 0) {
        printed.append(' ');
      }
      printed.append(compact, i, Math.min(compact.length(), i + 4));
    }
    return printed.toString();
  }

  /** A German IBAN with valid check digits for an 18-digit BBAN. */
  static String iban(String bban) {
    String check = String.format(Locale.ROOT, "%02d",
        98 - new BigInteger(numeric(bban + "DE00")).mod(BigInteger.valueOf(97)).intValue());
    return "DE" + check + bban;
  }

  private static String numeric(String text) {
    StringBuilder digits = new StringBuilder();
    for (char c : text.toCharArray()) {
      digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return digits.toString();
  }

  /** How many sets of {@code values} (each used once at most) sum to {@code target}, at most 2. */
  static int countSets(long[] values, long target) {
    return count(values, 0, target, false);
  }

  private static int count(long[] values, int from, long rest, boolean taken) {
    if (from == values.length) {
      return rest == 0 && taken ? 1 : 0;
    }
    int with = count(values, from + 1, rest - values[from], true);
    if (with >= 2) {
      return 2;
    }
    return Math.min(2, with + count(values, from + 1, rest, taken));
  }
}
