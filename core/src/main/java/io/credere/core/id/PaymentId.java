package io.credere.core.id;

/**
 * An incoming payment's identifier, as the bank or ERP gave it.
 *
 * <p>Trimmed, never blank, at most 256 characters. Immutable and thread-safe.
 */
public final class PaymentId extends Identifier<PaymentId> {

  private PaymentId(String value) {
    super(value, "paymentId");
  }

  /**
   * The identifier for a text, trimmed.
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when blank or longer than 256 characters
   */
  public static PaymentId of(String value) {
    return new PaymentId(value);
  }
}
