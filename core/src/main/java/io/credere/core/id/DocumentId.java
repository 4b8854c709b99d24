package io.credere.core.id;

/**
 * A receivable document's number: invoice, credit note, debit note or payment (e.g. {@code INV-2026-0042}).
 *
 * <p>Trimmed, never blank, at most 256 characters. Immutable and thread-safe.
 */
public final class DocumentId extends Identifier<DocumentId> {

  private DocumentId(String value) {
    super(value, "documentId");
  }

  /**
   * The identifier for a text, trimmed.
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when blank or longer than 256 characters
   */
  public static DocumentId of(String value) {
    return new DocumentId(value);
  }
}
