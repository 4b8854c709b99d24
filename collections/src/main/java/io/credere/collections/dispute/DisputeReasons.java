package io.credere.collections.dispute;

import io.credere.core.Checks;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a reason code from free text such as a remittance ("INV-2026-04729 less 10% damaged
 * goods") or a note, by keywords in English and German; {@link DisputeReason#OTHER} when none
 * matches. The first matching reason in this order wins: DUPLICATE_BILLING, NOT_RECEIVED,
 * DAMAGED_GOODS, QUALITY, QUANTITY, PRICING, DISCOUNT.
 *
 * <p>Stateless and thread-safe.
 */
public final class DisputeReasons {

  private static final List<Map.Entry<DisputeReason, List<String>>> KEYWORDS = List.of(
      Map.entry(DisputeReason.DUPLICATE_BILLING, List.of("duplicate", "double", "twice",
          "doppelt")),
      Map.entry(DisputeReason.NOT_RECEIVED, List.of("not received", "never received",
          "not delivered", "nicht erhalten", "nicht geliefert")),
      Map.entry(DisputeReason.DAMAGED_GOODS, List.of("damage", "broken", "beschädigt",
          "beschaedigt", "defekt")),
      Map.entry(DisputeReason.QUALITY, List.of("quality", "defect", "qualität", "mangel")),
      Map.entry(DisputeReason.QUANTITY, List.of("quantity", "qty", "short deliver",
          "short-deliver", "missing", "menge", "fehlmenge")),
      Map.entry(DisputeReason.PRICING, List.of("price", "pricing", "overcharg", "preis")),
      Map.entry(DisputeReason.DISCOUNT, List.of("discount", "rebate", "skonto", "rabatt")));

  private DisputeReasons() {}

  /** The reason the text names, or {@link DisputeReason#OTHER}. */
  public static DisputeReason classify(String text) {
    String lower = Checks.notNull(text, "text").toLowerCase(Locale.ROOT);
    for (Map.Entry<DisputeReason, List<String>> entry : KEYWORDS) {
      for (String keyword : entry.getValue()) {
        if (lower.contains(keyword)) {
          return entry.getKey();
        }
      }
    }
    return DisputeReason.OTHER;
  }
}
