package io.credere.allocation;

/** How a {@link Mention} names its document; each kind has its weight in {@link EvidenceWeights}. */
public enum MentionKind {
  /** The document id as printed (case, separators, spacing and prefix aside). */
  EXACT(true),
  /** The document id once OCR look-alikes ({@code O}/0, {@code I}/1...) and dropped leading zeros are folded. */
  NORMALISED(true),
  /** An ISO 11649 creditor reference ({@code RF..}, checksum valid), printed or compact. */
  CREDITOR_REFERENCE(true),
  /** The customer's own reference of the document (their PO number), possibly shared by several. */
  CUSTOMER_REFERENCE(true),
  /** Only the last digit group of the document id ({@code inv.4035}); may fit several. */
  TAIL(false),
  /** One typing slip away (a character changed, added, dropped, or two swapped). */
  SLIP(false),
  /** Named by a host's own {@link EvidenceSource} (its sales-order numbers, say). */
  HOST(true);

  private final boolean names;

  MentionKind(boolean names) {
    this.names = names;
  }

  /**
   * Whether the mention names the document firmly enough to accept a difference on it (a
   * discount, write-off, short or over payment); weaker mentions need the amount to fit.
   */
  public boolean namesFirmly() {
    return names;
  }
}
