package io.credere.core.id;

/**
 * A customer's account number in the host ERP (e.g. {@code C-1001}).
 *
 * <p>Trimmed, never blank, at most 256 characters. Immutable and thread-safe.
 */
public final class CustomerId extends Identifier<CustomerId> {

  private CustomerId(String value) {
    super(value, "customerId");
  }

  /**
   * The identifier for a text, trimmed.
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when blank or longer than 256 characters
   */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }
}
