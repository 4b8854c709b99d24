package io.credere.allocation;

import io.credere.allocation.internal.ReferenceText;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DOCUMENT_REFERENCE}: finds the documents a remittance names.
 *
 * <ul>
 *   <li>Runs of one to six neighbouring tokens are joined and compared by key (letters and
 *       digits only, upper case), longest first, with document ids and customer references:
 *       {@code inv 2026 04784}, {@code RE: INV-2026-04784}, {@code /INV/2026-04784} and
 *       {@code Rechnung INV202604784} all name {@code INV-2026-04784}; {@code PO 642077} names
 *       the documents whose reference is {@code PO-642077}.
 *   <li>An ISO 11649 creditor reference ({@code RF} + check digits + payload) is used only when
 *       its checksum holds; its payload is then compared like a document number.
 *   <li>A token not consumed above whose last digits (at least four) equal the last digit group
 *       of exactly one document ({@code inv.04784}, {@code INV04784}) names that document; two
 *       candidates name none. Digits after a currency code or an amount word are ignored.
 * </ul>
 *
 * <p>An unknown payer is identified when every document named belongs to one customer.
 */
final class ReferenceExtraction implements AllocationRule {

  private static final int WINDOW = 6;
  private static final Set<String> NOT_A_PREFIX = Set.of("EUR", "USD", "GBP", "CHF", "JPY",
      "SEK", "NOK", "DKK", "PLN", "AMOUNT", "BETRAG", "TOTAL", "SUM", "PAID", "TEL", "PHONE",
      "DATE", "DATUM", "IBAN", "BIC", "ACC", "ACCOUNT", "KTO", "BLZ");

  @Override
  public String id() {
    return "DOCUMENT_REFERENCE";
  }

  @Override
  public void apply(AllocationWork work) {
    Optional<CustomerId> customer = work.customerId();
    List<String> segments = new ArrayList<>();
    segments.add(work.payment().remittance());
    segments.addAll(work.payment().structuredReferences());
    Set<OpenItem> found = new LinkedHashSet<>();
    for (String segment : segments) {
      scan(work, customer, ReferenceText.tokens(segment), found);
    }
    if (found.isEmpty()) {
      return;
    }
    Set<CustomerId> owners = new LinkedHashSet<>();
    for (OpenItem item : found) {
      owners.add(item.customerId());
      work.addReference(item);
    }
    if (customer.isEmpty()) {
      if (owners.size() == 1) {
        CustomerId owner = owners.iterator().next();
        work.identify(owner, id(), "the documents named in the remittance ("
            + names(found) + ") all belong to " + owner.value());
      } else {
        work.note("the remittance names documents of " + owners.size() + " customers");
      }
    } else if (!owners.equals(Set.of(customer.get()))) {
      work.markForeignReferences();
    }
  }

  private void scan(AllocationWork work, Optional<CustomerId> customer, List<String> tokens,
      Set<OpenItem> found) {
    int n = tokens.size();
    boolean[] covered = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int length = Math.min(WINDOW, n - i); length >= 1; length--) {
        String key = join(tokens, i, length);
        if (ReferenceText.looksLikeCreditorReference(key)) {
          if (ReferenceText.isCreditorReference(key)) {
            List<OpenItem> named = named(work, key.substring(4));
            if (!named.isEmpty()) {
              found.addAll(named);
              cover(covered, i, length);
              break;
            }
          }
          continue;
        }
        if (!hasDigit(key)) {
          continue;
        }
        List<OpenItem> named = named(work, key);
        if (!named.isEmpty()) {
          found.addAll(named);
          cover(covered, i, length);
          break;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      String token = tokens.get(i);
      if (covered[i] || ReferenceText.looksLikeCreditorReference(token)) {
        continue;
      }
      String tail = ReferenceText.digitTail(token);
      if (tail.length() < 4) {
        continue;
      }
      boolean prefixed = tail.length() < token.length();
      if (!prefixed && i > 0 && !hasDigit(tokens.get(i - 1))
          && !NOT_A_PREFIX.contains(tokens.get(i - 1))) {
        prefixed = true;
      }
      if (!prefixed) {
        continue;
      }
      List<OpenItem> candidates = new ArrayList<>();
      for (OpenItem item : work.documentsByTail(tail)) {
        if (customer.isEmpty() || customer.get().equals(item.customerId())) {
          candidates.add(item);
        }
      }
      if (candidates.size() == 1) {
        found.add(candidates.get(0));
      } else if (candidates.size() > 1) {
        work.note("'" + token + "' could be any of " + candidates.size() + " documents");
      }
    }
  }

  private static List<OpenItem> named(AllocationWork work, String key) {
    List<OpenItem> byId = work.documentsByKey(key);
    List<OpenItem> byReference = key.length() >= 3 ? work.documentsByReference(key) : List.of();
    if (byReference.isEmpty()) {
      return byId;
    }
    List<OpenItem> all = new ArrayList<>(byId);
    all.addAll(byReference);
    return all;
  }

  private static String join(List<String> tokens, int from, int length) {
    if (length == 1) {
      return tokens.get(from);
    }
    StringBuilder key = new StringBuilder();
    for (int k = from; k < from + length; k++) {
      key.append(tokens.get(k));
    }
    return key.toString();
  }

  private static void cover(boolean[] covered, int from, int length) {
    for (int k = from; k < from + length; k++) {
      covered[k] = true;
    }
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String names(Set<OpenItem> items) {
    return String.join(", ", items.stream().map(i -> i.documentId().value()).toList());
  }
}
