package io.credere.allocation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Payer names against customer names: names are folded (case, diacritics, punctuation, {@code &}),
 * legal forms and one-letter tokens dropped, then compared token by token (equal, truncated, or
 * a small edit distance) into a Dice similarity from 0 to 1. Candidates come from an index of
 * token prefixes, so a query never scans every customer. Immutable after construction and
 * thread-safe.
 */
public final class NameMatcher {

  private static final Set<String> NOISE = Set.of("GMBH", "AG", "KG", "CO", "LTD", "LIMITED",
      "PLC", "LLC", "LLP", "INC", "CORP", "CORPORATION", "COMPANY", "SA", "SARL", "SAS", "SPA",
      "SRL", "SL", "BV", "NV", "APS", "AS", "OU", "OY", "AB", "SP", "ZOO", "LDA", "EK", "KGAA",
      "AND", "UND", "ET", "THE", "DER", "DIE", "DE", "VAN", "OHG", "GBR", "UG", "SE", "PTY",
      "MBH", "EV", "KFT", "SRO", "ASA", "OYJ", "LTDA", "CIA", "SASU", "EURL", "SCA", "SCS",
      "SNC", "GES", "INH", "HAFTUNGSBESCHRANKT", "HAFTUNGSBESCHRAENKT", "EG", "EGMBH", "KDA", "SCE", "VOF", "CV",
      "SCRL", "SPRL", "BVBA", "GMBHCOKG");



  /** German and Nordic letters written out as a bank without them writes them. */
  static String transliterate(String name) {
    boolean plain = true;
    for (int i = 0; i < name.length() && plain; i++) {
      plain = name.charAt(i) < 128;
    }
    if (plain) {
      return name;
    }
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      switch (c) {
        case '\u00c4', '\u00e4', '\u00c6', '\u00e6' -> out.append("AE");
        case '\u00d6', '\u00f6', '\u00d8', '\u00f8' -> out.append("OE");
        case '\u00dc', '\u00fc' -> out.append("UE");
        case '\u00df' -> out.append("SS");
        case '\u00c5', '\u00e5' -> out.append('A');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private final List<List<String>> names = new ArrayList<>();
  private final List<Object> owners = new ArrayList<>();
  private final Map<String, List<Integer>> byPrefix = new HashMap<>();

  /** One candidate's similarity. */
  public record Score(Object owner, double similarity) {}

  private final Map<Object, Integer> byOwner = new HashMap<>();
  private final java.util.TreeMap<String, List<Object>> byFullName = new java.util.TreeMap<>();
  private final Map<Object, String> fullNames = new HashMap<>();

  /** Words that join names and are dropped from the full name. */
  private static final Set<String> JOINING = Set.of("AND", "UND", "U", "ET", "Y");

  /** The shortest truncated name that is read as the start of a full name. */
  private static final int TRUNCATED = 12;

  /**
   * A name as one run of letters and digits, legal form included: case, accents, punctuation,
   * joining words and spelt-out umlauts folded ({@code Müller & Co. GmbH} gives
   * {@code MULLERCOGMBH}).
   */
  public static String fullName(String name) {
    StringBuilder out = new StringBuilder(name.length());
    for (String token : ReferenceText.tokens(ReferenceText.fold(name.replace("&", " AND ")
        .replace("+", " AND ")))) {
      if (!JOINING.contains(token)) {
        out.append(token.replace("AE", "A").replace("OE", "O").replace("UE", "U"));
      }
    }
    return out.toString();
  }

  /**
   * The owners whose full name (legal form included) is the payer's, or starts with it when the
   * payer's is cut short (at least 12 letters and digits); empty when none.
   */
  public List<Object> sameName(String payerName) {
    String full = fullName(payerName);
    if (full.isEmpty()) {
      return List.of();
    }
    List<Object> found = new ArrayList<>(byFullName.getOrDefault(full, List.of()));
    if (full.length() >= TRUNCATED) {
      for (Map.Entry<String, List<Object>> entry
          : byFullName.subMap(full, false, full + Character.MAX_VALUE, false).entrySet()) {
        for (Object owner : entry.getValue()) {
          if (!found.contains(owner)) {
            found.add(owner);
          }
        }
      }
    }
    return found;
  }

  /** Adds a name (of {@code owner}, e.g. a customer id), replacing the owner's earlier one. */
  public void add(Object owner, String name) {
    remove(owner);
    List<String> tokens = normalise(name);
    int index = names.size();
    byOwner.put(owner, index);
    String full = fullName(name);
    fullNames.put(owner, full);
    byFullName.computeIfAbsent(full, k -> new ArrayList<>()).add(owner);
    names.add(tokens);
    owners.add(owner);
    for (String token : new LinkedHashSet<>(tokens)) {
      byPrefix.computeIfAbsent(prefix(token), k -> new ArrayList<>()).add(index);
    }
  }

  /** Forgets the owner's name. */
  public void remove(Object owner) {
    Integer index = byOwner.remove(owner);
    if (index != null) {
      names.set(index, List.of());
    }
    String full = fullNames.remove(owner);
    if (full != null) {
      List<Object> owners = byFullName.get(full);
      owners.remove(owner);
      if (owners.isEmpty()) {
        byFullName.remove(full);
      }
    }
  }

  /** The best two candidates for {@code payerName}, best first (fewer when fewer share a token). */
  public List<Score> best(String payerName) {
    List<String> query = normalise(payerName);
    // each candidate once, in the order first met (ties keep the earlier one)
    java.util.BitSet seen = new java.util.BitSet(names.size());
    Score first = null;
    Score second = null;
    for (String token : query) {
      for (int index : byPrefix.getOrDefault(prefix(token), List.of())) {
        if (seen.get(index)) {
          continue;
        }
        seen.set(index);
        if (names.get(index).isEmpty()) {
          continue;
        }
        double similarity = similarity(query, names.get(index));
        if (first == null || similarity > first.similarity()) {
          second = first;
          first = new Score(owners.get(index), similarity);
        } else if (second == null || similarity > second.similarity()) {
          second = new Score(owners.get(index), similarity);
        }
      }
    }
    List<Score> best = new ArrayList<>(2);
    if (first != null) {
      best.add(first);
    }
    if (second != null) {
      best.add(second);
    }
    return best;
  }

  /** The tokens a name is compared by. */
  public static List<String> normalise(String name) {
    String folded = ReferenceText.fold(transliterate(name.replace("&", " AND ")
        .replace("+", " AND ")));
    List<String> tokens = new ArrayList<>();
    for (String token : ReferenceText.tokens(folded)) {
      if (token.length() > 1 && !NOISE.contains(token)) {
        tokens.add(token.replace("AE", "A").replace("OE", "O").replace("UE", "U"));
      }
    }
    return tokens;
  }

  /** Dice similarity of two token lists, each token matched at most once. */
  public static double similarity(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    boolean[] used = new boolean[b.size()];
    double total = 0;
    for (String token : a) {
      double best = 0;
      int bestIndex = -1;
      for (int j = 0; j < b.size(); j++) {
        if (!used[j]) {
          double score = tokenScore(token, b.get(j));
          if (score > best) {
            best = score;
            bestIndex = j;
          }
        }
      }
      if (bestIndex >= 0) {
        used[bestIndex] = true;
        total += best;
      }
    }
    return 2 * total / (a.size() + b.size());
  }

  static double tokenScore(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int shorter = Math.min(a.length(), b.length());
    if (shorter >= 4 && (a.startsWith(b) || b.startsWith(a))) {
      return 0.9;
    }
    int longer = Math.max(a.length(), b.length());
    if (longer - shorter > 2 || shorter < 4) {
      return 0;
    }
    // a distance above a fifth of the longer token scores 0 however far above it is
    int limit = longer / 5 + 1;
    double ratio = 1 - (double) distance(a, b, limit) / longer;
    return ratio >= 0.8 ? ratio : 0;
  }

  /**
   * Levenshtein distance when it is at most {@code limit}; some number above {@code limit}
   * otherwise (the rows' least value never falls, so the work stops once it passes the limit).
   */
  static int distance(String a, String b, int limit) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int least = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + cost);
        least = Math.min(least, current[j]);
      }
      if (least > limit) {
        return least;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    return distance(a, b, Integer.MAX_VALUE);
  }

  private static String prefix(String token) {
    return token.length() <= 3 ? token : token.substring(0, 3);
  }
}
