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
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 128) {
        return foldLatin1(text);
      }
      if (c >= 'a' && c <= 'z') {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    char[] out = new char[n];
    text.getChars(0, i, out, 0);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return foldLatin1(text);
      }
      out[i] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }
    return new String(out);
  }

  /**
   * What {@link #foldGeneral} and {@link #keyGeneral} make of each character of Latin-1
   * (U+0080..U+00FF), which in the general path is folded alone (no Latin-1 character combines
   * with its neighbours: none is a combining mark, none upper-cases by context).
   */
  private static final String[] LATIN1_FOLD = new String[256];
  private static final String[] LATIN1_KEY = new String[256];

  static {
    for (char c = 128; c < 256; c++) {
      LATIN1_FOLD[c] = foldGeneral(String.valueOf(c));
      LATIN1_KEY[c] = keyGeneral(String.valueOf(c));
    }
  }

  /** {@link #fold} of a text of Latin-1 by table, of any other by the general path. */
  private static String foldLatin1(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 256) {
        return foldGeneral(text);
      }
      if (c >= 128) {
        out.append(LATIN1_FOLD[c]);
      } else {
        out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
      }
    }
    return out.toString();
  }

  /** {@link #key} of a text of Latin-1 by table, of any other by the general path. */
  private static String keyLatin1(String text) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 256) {
        return keyGeneral(text);
      }
      if (c >= 128) {
        out.append(LATIN1_KEY[c]);
      } else {
        char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        if (isAlnum(upper)) {
          out.append(upper);
        }
      }
    }
    return out.toString();
  }

  /** {@link #fold} by the general path (any text; the fast path's reference). */
  static String foldGeneral(String text) {
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
    int n = text.length();
    char[] out = null;
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return keyLatin1(text);
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      if (isAlnum(upper)) {
        if (out != null) {
          out[k] = upper;
        } else if (upper != c) {
          out = new char[n];
          text.getChars(0, k, out, 0);
          out[k] = upper;
        }
        k++;
      } else if (out == null) {
        out = new char[n];
        text.getChars(0, k, out, 0);
      }
    }
    return out == null ? text : new String(out, 0, k);
  }

  /**
   * The loose form of the key of a text, {@code loose(key(text))} in one pass when the text is
   * plain ASCII.
   */
  public static String looseKey(String text) {
    int n = text.length();
    char[] out = new char[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return loose(keyLatin1(text));
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      if (isAlnum(upper)) {
        out[k++] = looseChar(upper);
      }
    }
    return new String(out, 0, k);
  }

  /**
   * {@code looseKey(text).hashCode()}, without making the key when the text is plain ASCII (an
   * index hashes the ids of a whole ledger).
   */
  public static int looseKeyHash(String text) {
    int hash = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return looseKey(text).hashCode();
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      if (isAlnum(upper)) {
        hash = 31 * hash + looseChar(upper);
      }
    }
    return hash;
  }

  /**
   * {@code zeroStripped(text).hashCode()}, without making the text when it is plain ASCII (where
   * folding is upper-casing, one character for one).
   */
  public static int zeroStrippedHash(String text) {
    int n = text.length();
    int hash = 0;
    boolean inDigits = false;
    boolean leading = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return zeroStripped(text).hashCode();
      }
      if (c >= '0' && c <= '9') {
        if (!inDigits) {
          inDigits = true;
          leading = true;
        }
        // a next character beyond ASCII sends the whole text to the general path above
        char next = i + 1 < n ? text.charAt(i + 1) : ' ';
        if (leading && c == '0' && next >= '0' && next <= '9') {
          continue;
        }
        leading = false;
        hash = 31 * hash + c;
      } else {
        inDigits = false;
        char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
        if (isAlnum(upper)) {
          hash = 31 * hash + looseChar(upper);
        }
      }
    }
    return hash;
  }

  /** The length of {@code key(text)} when the text is plain ASCII; -1 for any other text. */
  public static int asciiKeyLength(String text) {
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return -1;
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      if (isAlnum(upper)) {
        length++;
      }
    }
    return length;
  }

  /**
   * Whether {@code key(text)} may be a creditor reference: false only when it surely is not (a
   * plain ASCII text whose key does not start {@code RF}).
   */
  public static boolean mayBeCreditorReference(String text) {
    int seen = 0;
    for (int i = 0; i < text.length() && seen < 2; i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return true;
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      if (isAlnum(upper)) {
        if (upper != (seen == 0 ? 'R' : 'F')) {
          return false;
        }
        seen++;
      }
    }
    return seen == 2;
  }

  /**
   * Whether {@code looseKey(text)} equals {@code looseKey}, without building it when the text is
   * plain ASCII.
   */
  public static boolean hasLooseKey(String text, String looseKey) {
    boolean same = true;
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return looseKey(text).equals(looseKey);
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      if (isAlnum(upper)) {
        same = same && k < looseKey.length() && looseKey.charAt(k) == looseChar(upper);
        k++;
      }
    }
    return same && k == looseKey.length();
  }

  /** {@link #key} by the general path (any text; the fast path's reference). */
  static String keyGeneral(String text) {
    String folded = foldGeneral(text);
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
    long bounds = lastDigitGroupBounds(documentId);
    return documentId.substring((int) (bounds >>> 32), (int) bounds);
  }

  /** Where {@link #lastDigitGroup} starts (the high half) and ends (the low half). */
  private static long lastDigitGroupBounds(String documentId) {
    int end = documentId.length();
    while (end > 0 && !Character.isDigit(documentId.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isDigit(documentId.charAt(start - 1))) {
      start--;
    }
    return (long) start << 32 | end;
  }

  /** What {@link #tailHash} gives when the tail is too short. */
  public static final long NO_TAIL_HASH = Long.MIN_VALUE;

  /**
   * The {@link String#hashCode} of {@code stripZeros(lastDigitGroup(documentId))} when it has at
   * least {@code minLength} characters, else {@link #NO_TAIL_HASH}; without making it.
   */
  public static long tailHash(String documentId, int minLength) {
    long bounds = lastDigitGroupBounds(documentId);
    int start = (int) (bounds >>> 32);
    int end = (int) bounds;
    while (start < end - 1 && documentId.charAt(start) == '0') {
      start++;
    }
    if (end - start < minLength) {
      return NO_TAIL_HASH;
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + documentId.charAt(i);
    }
    return hash;
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


  /**
   * The loose form of a key, by which slips of OCR and typing compare equal: letters an OCR
   * reads for digits ({@code O Q} as 0, {@code I L} as 1, {@code Z} as 2, {@code S} as 5,
   * {@code G} as 6, {@code B} as 8) become those digits. Applied alike to both sides.
   */
  public static String loose(String key) {
    char[] out = null;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      char mapped = looseChar(c);
      if (mapped != c) {
        if (out == null) {
          out = key.toCharArray();
        }
        out[i] = mapped;
      }
    }
    return out == null ? key : new String(out);
  }

  /**
   * A document id or reference with the leading zeros of each digit group dropped and then
   * reduced to its loose key: {@code INV-2026-004035} and {@code inv 2026 4035} give the same.
   */
  public static String zeroStripped(String text) {
    String folded = fold(text);
    StringBuilder out = new StringBuilder(folded.length());
    boolean inDigits = false;
    boolean leading = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= '0' && c <= '9') {
        if (!inDigits) {
          inDigits = true;
          leading = true;
        }
        if (leading && c == '0' && i + 1 < folded.length() && Character.isDigit(folded.charAt(i + 1))) {
          continue;
        }
        leading = false;
        out.append(c);
      } else {
        inDigits = false;
        if (isAlnum(c)) {
          out.append(c);
        }
      }
    }
    return loose(out.toString());
  }

  /** The digits of {@code tail} without leading zeros ({@code 004035} gives {@code 4035}). */
  public static String stripZeros(String digits) {
    int start = 0;
    while (start < digits.length() - 1 && digits.charAt(start) == '0') {
      start++;
    }
    return digits.substring(start);
  }

  /**
   * Whether two keys are at most one slip apart: equal, or one character substituted,
   * inserted, dropped, or two neighbours transposed (Damerau, bounded at one).
   */
  public static boolean withinOneSlip(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == la && i == lb) {
      return true;
    }
    if (la == lb) {
      if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
        return true;
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.regionMatches(i + 2, b, i + 2, la - i - 2);
    }
    if (la > lb) {
      return a.regionMatches(i + 1, b, i, lb - i);
    }
    return b.regionMatches(i + 1, a, i, la - i);
  }

  /** Set in every sketch ({@link #slipSketch}), so that none is 0. */
  private static final long SKETCH_MADE = 1L << 63;

  /**
   * A sketch of a text by which {@link #withinOneSlip} can be ruled out without reading the
   * text: its length (bits 48-62, at most 32,767) and how many of its characters fall in each
   * of 12 classes (the character modulo 12; 4 bits a class, a count above 15 kept at 15). One
   * slip changes the length by at most one and the counts by at most two in all.
   */
  public static long slipSketch(String text) {
    long counts = 0;
    for (int i = 0; i < text.length(); i++) {
      counts = counted(counts, text.charAt(i));
    }
    return sketch(text.length(), counts);
  }

  /**
   * {@code slipSketch(looseKey(text))}, without making the key when the text is plain ASCII (a
   * slip search sketches the ids of a large customer's items).
   */
  public static long looseKeySketch(String text) {
    long counts = 0;
    int length = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return slipSketch(looseKey(text));
      }
      char upper = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
      if (isAlnum(upper)) {
        counts = counted(counts, looseChar(upper));
        length++;
      }
    }
    return sketch(length, counts);
  }

  /**
   * {@code slipSketch(stripZeros(lastDigitGroup(documentId)))}, without making the tail.
   */
  public static long tailSketch(String documentId) {
    long bounds = lastDigitGroupBounds(documentId);
    int start = (int) (bounds >>> 32);
    int end = (int) bounds;
    while (start < end - 1 && documentId.charAt(start) == '0') {
      start++;
    }
    long counts = 0;
    for (int i = start; i < end; i++) {
      counts = counted(counts, documentId.charAt(i));
    }
    return sketch(end - start, counts);
  }

  /** {@code 4 * (c % 12)} for the ASCII characters: no division a character in a sketch. */
  private static final byte[] COUNT_SHIFT = new byte[128];

  static {
    for (int c = 0; c < COUNT_SHIFT.length; c++) {
      COUNT_SHIFT[c] = (byte) (4 * (c % 12));
    }
  }

  private static long counted(long counts, char c) {
    int shift = c < 128 ? COUNT_SHIFT[c] : 4 * (c % 12);
    return (counts >>> shift & 15) < 15 ? counts + (1L << shift) : counts;
  }

  private static long sketch(int length, long counts) {
    return SKETCH_MADE | (long) Math.min(length, 32_767) << 48 | counts;
  }

  /** The length a sketch records (at most 32,767). */
  public static int sketchLength(long sketch) {
    return (int) (sketch >>> 48 & 0x7FFF);
  }

  /**
   * Whether texts of these sketches may be within one slip ({@link #withinOneSlip}): false
   * only when they surely are not (kept-at-15 counts can only understate a difference).
   */
  public static boolean maybeWithinOneSlip(long a, long b) {
    if (Math.abs(sketchLength(a) - sketchLength(b)) > 1) {
      return false;
    }
    int difference = 0;
    for (int shift = 0; shift < 48; shift += 4) {
      difference += Math.abs((int) (a >>> shift & 15) - (int) (b >>> shift & 15));
      if (difference > 2) {
        return false;
      }
    }
    return true;
  }

  /**
   * The keys one slip from {@code key}: a digit changed, a digit inserted, a character dropped,
   * two neighbours swapped (letters are left as they are but for drops and swaps).
   */
  public static java.util.Set<String> slipVariants(String key) {
    java.util.Set<String> variants = new java.util.LinkedHashSet<>();
    char[] chars = key.toCharArray();
    StringBuilder b = new StringBuilder(key.length() + 1);
    for (int i = 0; i < chars.length; i++) {
      if (Character.isDigit(chars[i])) {
        for (char d = '0'; d <= '9'; d++) {
          if (d != chars[i]) {
            chars[i] = d;
            variants.add(new String(chars));
          }
        }
        chars[i] = key.charAt(i);
      }
      b.setLength(0);
      b.append(key, 0, i).append(key, i + 1, key.length());
      variants.add(b.toString());
      if (i + 1 < chars.length && chars[i] != chars[i + 1]) {
        char c = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = c;
        variants.add(new String(chars));
        chars[i + 1] = chars[i];
        chars[i] = c;
      }
    }
    for (int i = 0; i <= key.length(); i++) {
      boolean nearDigit = (i > 0 && Character.isDigit(key.charAt(i - 1)))
          || (i < key.length() && Character.isDigit(key.charAt(i)));
      if (!nearDigit) {
        continue;
      }
      for (char d = '0'; d <= '9'; d++) {
        b.setLength(0);
        b.append(key, 0, i).append(d).append(key, i, key.length());
        variants.add(b.toString());
      }
    }
    variants.remove(key);
    return variants;
  }

  /**
   * The remittance with the numbers that are not references blanked out: amounts written with
   * decimals ({@code 498.76}, {@code 1.234,56}), dates ({@code 2026-11-19}, {@code 19.11.2026},
   * {@code 19/11/26}) and IBANs.
   */
  public static String maskNonReferences(String text) {
    if (text.isEmpty()) {
      return text;
    }
    return NON_REFERENCES.matcher(text).replaceAll(" ");
  }

  private static final java.util.regex.Pattern NON_REFERENCES = java.util.regex.Pattern.compile(
      "(?i)(?<![\\w/-])(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./](?:\\d{4}|\\d{2})"
          + "|\\d+(?:[.,' ]\\d{3})*[.,]\\d{2}"
          + "|(?!RF)[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)(?![\\w/-])");

  private static char looseChar(char c) {
    return switch (c) {
      case 'O', 'Q' -> '0';
      case 'I', 'L' -> '1';
      case 'Z' -> '2';
      case 'S' -> '5';
      case 'G' -> '6';
      case 'B' -> '8';
      default -> c;
    };
  }

  private static boolean isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
