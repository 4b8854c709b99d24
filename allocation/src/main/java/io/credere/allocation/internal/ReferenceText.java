package io.credere.allocation.internal;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How references are compared: upper-case ASCII letters and digits only (diacritics folded,
 * separators, spaces and punctuation dropped), tokens of free text, numeric tails, and ISO 11649
 * creditor references. Stateless and thread-safe.
 */
public final class ReferenceText {

  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private ReferenceText() {}

  /** Upper case, diacritics folded. */
  public static String fold(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < upper.length() && ascii; i++) {
      ascii = upper.charAt(i) < 128;
    }
    if (ascii) {
      return upper;
    }
    String decomposed = Normalizer.normalize(upper, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      out.append(c == 'ß' ? "SS" : c == 'Ø' ? "O" : c == 'Æ' ? "AE" : c == 'Ł' ? "L"
          : String.valueOf(c));
    }
    return out.toString();
  }

  /** The comparison key of a reference: {@code inv-2026/04784} becomes {@code INV202604784}. */
  public static String key(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (isAlnum(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The runs of letters and digits of a text, folded, in order. */
  public static List<String> tokens(String text) {
    String folded = fold(text);
    List<String> tokens = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean alnum = i < folded.length() && isAlnum(folded.charAt(i));
      if (alnum && start < 0) {
        start = i;
      } else if (!alnum && start >= 0) {
        tokens.add(folded.substring(start, i));
        start = -1;
      }
    }
    return tokens;
  }

  /** The trailing digits of a key ({@code INV202604784} gives {@code 04784}... the last digit run). */
  public static String digitTail(String key) {
    int end = key.length();
    int start = end;
    while (start > 0 && Character.isDigit(key.charAt(start - 1))) {
      start--;
    }
    return key.substring(start, end);
  }

  /**
   * The last group of digits of a document id as written ({@code INV-2026-04784} gives
   * {@code 04784}; {@code INV202604784} gives {@code 202604784}).
   */
  public static String lastDigitGroup(String documentId) {
    int end = documentId.length();
    while (end > 0 && !Character.isDigit(documentId.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(documentId.charAt(start - 1))) {
      start--;
    }
    return documentId.substring(start, end);
  }

  /** Whether a key has the shape of an ISO 11649 creditor reference ({@code RF} + 2 digits + 1..21). */
  public static boolean looksLikeCreditorReference(String key) {
    return key.length() >= 5 && key.length() <= 25 && key.startsWith("RF")
        && Character.isDigit(key.charAt(2)) && Character.isDigit(key.charAt(3));
  }

  /**
   * Whether a key is a valid ISO 11649 creditor reference: its shape, and mod 97 of the
   * reference moved behind {@code RFcc} with letters as numbers (A = 10 .. Z = 35) equals 1.
   */
  public static boolean isCreditorReference(String key) {
    if (!looksLikeCreditorReference(key)) {
      return false;
    }
    String rearranged = key.substring(4) + key.substring(0, 4);
    StringBuilder digits = new StringBuilder(rearranged.length() * 2);
    for (int i = 0; i < rearranged.length(); i++) {
      char c = rearranged.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c >= 'A' && c <= 'Z') {
        digits.append(c - 'A' + 10);
      } else {
        return false;
      }
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /** The creditor reference for a payload: {@code RF} + check digits + payload (a key). */
  public static String creditorReference(String payload) {
    String body = key(payload);
    if (body.isEmpty() || body.length() > 21) {
      throw new IllegalArgumentException("Creditor reference payload must have 1 to 21 letters "
          + "or digits, but was '" + payload + "'");
    }
    StringBuilder digits = new StringBuilder();
    for (char c : (body + "RF00").toCharArray()) {
      digits.append(c <= '9' ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    int check = 98 - new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue();
    return "RF" + (check < 10 ? "0" : "") + check + body;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
