package io.credere.allocation;

import io.credere.allocation.internal.ReferenceText;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a payment's remittance and structured references as a careful person does and records
 * the documents they name as {@link Mention}s: runs of one to six neighbouring tokens joined
 * and compared with document ids (exact, OCR look-alikes and dropped leading zeros folded), the
 * customers' own references and ISO 11649 creditor references (payload or as printed, spaced or
 * compact, checksum valid); then single tokens by the last digit group of document ids. Numbers
 * that are not references are set aside first: amounts with decimals, dates, IBANs, and numbers
 * after words that say what they are (customer number, postcode, phone, amount). What looks
 * like a reference but names nothing is returned, for the search of slips.
 */
final class RemittanceScan {

  private static final int WINDOW = 6;
  private static final int MAX_TAIL_CANDIDATES = 8;
  /**
   * The most documents a customer reference in a remittance may name: beyond, a reference on
   * every other document (an Excel formula copied down a column, one framework contract for
   * years of invoices) points nowhere, unless the identified payer's own documents with it are
   * that few.
   */
  static final int MAX_REFERENCE_DOCUMENTS = 50;
  /** Words after which digits are not a document reference. */
  private static final Set<String> NOT_A_PREFIX = Set.of("EUR", "USD", "GBP", "CHF", "JPY",
      "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "AMOUNT", "BETRAG", "TOTAL", "SUM", "SUMME",
      "PAID", "TEL", "PHONE", "FAX", "MOBIL", "DATE", "DATUM", "DATED", "VOM", "IBAN", "BIC",
      "ACC", "ACCOUNT", "KTO", "KONTO", "BLZ", "KUNDE", "KUNDENNR", "KUNDENNUMMER", "KDNR", "KD",
      "CUSTOMER", "CUST", "CUSTNO", "CLIENT", "KLANT", "DEBITOR", "DEBTOR", "DEBITORNR",
      "PLZ", "ZIP", "POSTCODE", "POSTLEITZAHL", "CP", "MANDAT", "MANDATE", "MANDATSREF",
      "UST", "USTID", "VAT", "TAX", "STR", "STRASSE", "STREET", "HAUSNR", "BOX", "POSTFACH",
      "EREF", "KREF", "MREF", "CRED", "DEBT", "ENDTOENDID", "E2E",
      "TELEFON", "HANDY");

  /** A window of the remittance that looks like a reference but names no document. */
  record Unmatched(String text, String looseKey, String digits) {}

  private RemittanceScan() {}

  /** Adds the mentions of {@code work}'s payment; returns the unmatched reference-like windows. */
  static List<Unmatched> scan(AllocationWork work) {
    List<Unmatched> unmatched = new ArrayList<>();
    IncomingPayment payment = work.payment();
    scanSegment(work, ReferenceText.maskNonReferences(payment.remittance()), unmatched);
    for (String reference : payment.structuredReferences()) {
      scanSegment(work, reference, unmatched);
    }
    return unmatched;
  }

  private static void scanSegment(AllocationWork work, String text, List<Unmatched> unmatched) {
    List<String> tokens = ReferenceText.tokens(text);
    int n = tokens.size();
    if (n == 0) {
      return;
    }
    boolean[] covered = new boolean[n];
    boolean[] exactly = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (covered[i]) {
        continue;
      }
      List<Unmatched> creditorSlips = new ArrayList<>();
      for (int length = Math.min(WINDOW, n - i); length >= 1; length--) {
        String key = join(tokens, i, length, false);
        if (ReferenceText.looksLikeCreditorReference(key)) {
          if (ReferenceText.isCreditorReference(key) && creditorReference(work, key)) {
            cover(covered, i, length);
            creditorSlips.clear();
            break;
          }
          if (!ReferenceText.isCreditorReference(key)) {
            // its check digits fail: a creditor reference with a slip, perhaps
            creditorSlips.add(new Unmatched(join(tokens, i, length, true),
                ReferenceText.loose(key), ""));
          }
          continue;
        }
        if (!hasDigit(key) || notAReference(tokens, i)) {
          continue;
        }
        boolean inside = true;
        for (int k = i; k < i + length; k++) {
          inside &= exactly[k];
        }
        Hit hit = named(work, tokens, i, length, key, inside);
        if (hit == Hit.COVERED) {
          cover(covered, i, length);
          break;
        }
        if (hit == Hit.EXACT_RECORDED) {
          cover(exactly, i, length);
        }
      }
      if (!covered[i]) {
        unmatched.addAll(creditorSlips);
      }
    }
    for (int i = 0; i < n; i++) {
      String token = tokens.get(i);
      if (covered[i] || !hasDigit(token) || ReferenceText.looksLikeCreditorReference(token)
          || notAReference(tokens, i)) {
        continue;
      }
      String tail = ReferenceText.digitTail(token);
      String before = i > 0 ? tokens.get(i - 1) : "";
      boolean prefixed = tail.length() < token.length()
          || (!before.isEmpty() && !hasDigit(before) && before.length() > 1)
          || (before.length() == 4 && (before.startsWith("19") || before.startsWith("20"))
              && isDigits(before));
      boolean found = false;
      // a year before the number ("2025/2968") says which year's document is meant: another
      // year's document with the same last digits is not named by it
      String year = before.length() == 4 && isDigits(before)
          && (before.startsWith("19") || before.startsWith("20")) ? before : "";
      if (tail.length() >= 4 && prefixed) {
        List<OpenItem> candidates = new ArrayList<>(work.documentsByTail(tail));
        if (!year.isEmpty()) {
          candidates.removeIf(item -> !item.documentId().value().contains(year));
        }
        if (!candidates.isEmpty() && candidates.size() <= MAX_TAIL_CANDIDATES) {
          for (OpenItem item : candidates) {
            boolean whole = candidates.size() == 1 && tail.length() >= 5
                && tail.equals(ReferenceText.lastDigitGroup(item.documentId().value()));
            work.mention(item, whole ? MentionKind.NORMALISED : MentionKind.TAIL, token,
                Mention.REMITTANCE);
          }
          found = true;
        }
      }
      if (!found && !exactly[i] && (tail.length() >= 4 || token.length() >= 5)) {
        String window = i + 1 < n && !covered[i + 1] && hasDigit(tokens.get(i + 1))
            ? token + tokens.get(i + 1) : token;
        if (i > 0 && !covered[i - 1] && !hasDigit(tokens.get(i - 1))
            && tokens.get(i - 1).length() <= 4 && !NOT_A_PREFIX.contains(tokens.get(i - 1))) {
          unmatched.add(new Unmatched(tokens.get(i - 1) + " " + token,
              ReferenceText.loose(tokens.get(i - 1) + window), tail));
        }
        if (i > 0 && !covered[i - 1] && !exactly[i - 1] && isDigits(tokens.get(i - 1))
            && tokens.get(i - 1).length() <= 4) {
          // a short digit group before it, a year slipped perhaps ("202/2123" for 2026/2123)
          unmatched.add(new Unmatched(tokens.get(i - 1) + " " + token,
              ReferenceText.loose(tokens.get(i - 1) + token), tail));
        }
        unmatched.add(new Unmatched(token, ReferenceText.loose(window), tail));
      }
    }
  }

  private static boolean creditorReference(AllocationWork work, String key) {
    List<OpenItem> found = new ArrayList<>(work.documentsByReference(key));
    if (found.isEmpty()) {
      found.addAll(work.documentsByKey(key.substring(4)));
    }
    for (OpenItem item : found) {
      work.mention(item, MentionKind.CREDITOR_REFERENCE, key, Mention.REMITTANCE);
    }
    return !found.isEmpty();
  }

  /** What a window named: nothing, documents that leave its tokens to be read again, or documents that settle them. */
  private enum Hit { NONE, RECORDED, EXACT_RECORDED, COVERED }

  private static Hit named(AllocationWork work, List<String> tokens, int from, int length,
      String key, boolean exactOnly) {
    List<OpenItem> byId = work.documentsByKey(key);
    String text = join(tokens, from, length, true);
    if (!byId.isEmpty()) {
      boolean exact = false;
      for (OpenItem item : byId) {
        boolean same = ReferenceText.key(item.documentId().value()).equals(key);
        exact |= same;
        if (same || !exactOnly) {
          work.mention(item, same ? MentionKind.EXACT : MentionKind.NORMALISED, text,
              Mention.REMITTANCE);
        }
      }
      return settles(work, byId, exact);
    }
    if (key.length() >= 3) {
      int[] positions = work.referencePositions(key);
      if (positions.length == 0) {
        positions = work.referencePositions(ReferenceText.zeroStripped(text));
      }
      List<OpenItem> byReference = specific(work, positions, text);
      if (!byReference.isEmpty()) {
        for (OpenItem item : byReference) {
          work.mention(item, MentionKind.CUSTOMER_REFERENCE, text, Mention.REMITTANCE);
        }
        return settles(work, byReference, true);
      }
    }
    String tail = ReferenceText.digitTail(tokens.get(from + length - 1));
    if (!exactOnly && tail.length() >= 1 && tail.length() < key.length()) {
      String stripped = ReferenceText.zeroStripped(text);
      boolean numeric = isDigits(stripped);
      boolean any = false;
      for (OpenItem item : work.documentsByTail(tail)) {
        String theirs = ReferenceText.zeroStripped(item.documentId().value());
        if (theirs.equals(stripped) || (numeric && stripped.length() >= 6
            && theirs.endsWith(stripped) && !hasDigit(theirs.substring(0,
            theirs.length() - stripped.length())))) {
          work.mention(item, MentionKind.NORMALISED, text, Mention.REMITTANCE);
          any = true;
        }
      }
      return any ? Hit.RECORDED : Hit.NONE;
    }
    return Hit.NONE;
  }

  /**
   * The documents a customer reference names, when it is specific enough to be evidence: all
   * of them up to {@link #MAX_REFERENCE_DOCUMENTS}; beyond, the identified payer's own if they
   * are that few; else none (with a note), as if the text named nothing. Weighing thousands of
   * documents, and the readings of their customers, would also stall the run on one payment.
   */
  private static List<OpenItem> specific(AllocationWork work, int[] found, String text) {
    if (found.length <= MAX_REFERENCE_DOCUMENTS) {
      return work.documentsAt(found);
    }
    List<OpenItem> own = work.customerId().map(payer -> work.documentsOf(payer, found))
        .orElse(List.of());
    if (!own.isEmpty() && own.size() <= MAX_REFERENCE_DOCUMENTS) {
      return own;
    }
    work.note("the reference '" + text + "' is on " + found.length + " documents"
        + (own.isEmpty() ? "" : ", " + own.size() + " of them the payer's")
        + ": too many to point to any");
    return List.of();
  }

  /**
   * Whether a window's documents settle its tokens: named as printed, some still open, and of
   * the payer when one is identified; otherwise the tokens are read again (a shorter run may
   * name the payer's own document).
   */
  private static Hit settles(AllocationWork work, List<OpenItem> found, boolean exact) {
    if (!exact) {
      return Hit.RECORDED;
    }
    Hit partly = Hit.EXACT_RECORDED;
    boolean open = false;
    boolean payers = work.customerId().isEmpty();
    for (OpenItem item : found) {
      open |= work.openMinor(item) != 0;
      payers |= work.customerId().map(c -> c.equals(item.customerId())).orElse(true);
    }
    return open && payers ? Hit.COVERED : partly;
  }

  private static boolean notAReference(List<String> tokens, int i) {
    if (!isDigits(tokens.get(i))) {
      return false;
    }
    for (int k = Math.max(0, i - 2); k < i; k++) {
      if (NOT_A_PREFIX.contains(tokens.get(k))) {
        return true;
      }
    }
    return false;
  }

  private static String join(List<String> tokens, int from, int length, boolean spaced) {
    if (length == 1) {
      return tokens.get(from);
    }
    StringBuilder key = new StringBuilder();
    for (int k = from; k < from + length; k++) {
      if (spaced && k > from) {
        key.append(' ');
      }
      key.append(tokens.get(k));
    }
    return key.toString();
  }

  private static void cover(boolean[] covered, int from, int length) {
    for (int k = from; k < from + length; k++) {
      covered[k] = true;
    }
  }

  static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
