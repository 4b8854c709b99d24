package io.credere.core.item;

import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import java.util.Locale;
import java.util.Optional;

/**
 * The kind of a receivable document, which fixes the sign of its amounts as seen from the
 * company that is owed.
 */
public enum DocumentType {
  /** An invoice: the customer owes; positive. */
  INVOICE(1),
  /** A credit note: reduces what the customer owes; negative. */
  CREDIT_NOTE(-1),
  /** A debit note (an additional charge): the customer owes; positive. */
  DEBIT_NOTE(1),
  /** Cash received and not (yet) applied to a document: on account; negative. */
  PAYMENT(-1);

  private final int sign;

  DocumentType(int sign) {
    this.sign = sign;
  }

  /** {@code 1} when amounts of this type are positive (debits), {@code -1} when negative. */
  public int sign() {
    return sign;
  }

  /** Whether the customer owes the amount of a document of this type. */
  public boolean isDebit() {
    return sign > 0;
  }

  /**
   * Reads the contract's text ({@code INVOICE}, {@code CREDIT_NOTE}, {@code DEBIT_NOTE},
   * {@code PAYMENT}), case-insensitive, spaces or hyphens allowed for the underscore.
   *
   * @throws ValidationException naming {@code document_type} when the text is none of them
   */
  public static DocumentType parse(String text) {
    Checks.notNull(text, "text");
    String normal = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (DocumentType type : values()) {
      if (type.name().equals(normal)) {
        return type;
      }
    }
    throw ValidationException.of("document_type", Optional.of(text),
        "is not a document type (expected INVOICE, CREDIT_NOTE, DEBIT_NOTE or PAYMENT)");
  }
}
