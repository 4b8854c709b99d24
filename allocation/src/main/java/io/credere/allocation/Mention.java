package io.credere.allocation;

import io.credere.core.item.OpenItem;
import java.util.Objects;

/**
 * Evidence that a payment is for a document: the document, how it was named, the text that
 * named it (as quoted; mentions with the same text are alternatives or a group, e.g. a PO number
 * shared by several deliveries) and the source ({@code REMITTANCE}, or a host's
 * {@link EvidenceSource} id).
 *
 * @param document the document named (as indexed; its current open amount is
 *     {@link AllocationWork#openAmount(OpenItem)})
 * @param kind how it was named
 * @param text the text that named it, as quoted
 * @param source what found it
 */
public record Mention(OpenItem document, MentionKind kind, String text, String source) {

  /** Checks the arguments. */
  public Mention {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }

  /** The phrase for explanations: how the payment names the document. */
  public String phrase() {
    String by = source.equals(REMITTANCE) ? "the remittance" : source;
    return switch (kind) {
      case EXACT -> "named in " + by;
      case NORMALISED -> "named in " + by + " as '" + text + "' (OCR look-alikes or leading zeros folded)";
      case CREDITOR_REFERENCE -> "creditor reference '" + text + "' in " + by;
      case CUSTOMER_REFERENCE -> "customer reference '" + text + "' in " + by;
      case TAIL -> "named by its last digits ('" + text + "') in " + by;
      case SLIP -> "'" + text + "' in " + by + " is one slip away from it";
      case HOST -> "named by " + source + " ('" + text + "')";
    };
  }

  /** The source of mentions found in the payment's own remittance and structured references. */
  public static final String REMITTANCE = "REMITTANCE";
}
