package io.credere.core;


/**
 * Argument checks with one message template everywhere. Each returns the value it checked so a
 * check reads as an assignment: {@code this.name = Checks.notBlank(name, "name")}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires a non-null argument.
   *
   * @throws NullPointerException "Argument 'name' must not be null"
   */
  public static <T> T notNull(T value, String name) {
    // no message supplier: a capturing lambda would be made on every call, null or not
    if (value == null) {
      throw new NullPointerException("Argument '" + name + "' must not be null");
    }
    return value;
  }

  /**
   * Requires a non-null argument that has a non-whitespace character; returns it trimmed.
   *
   * @throws NullPointerException when null
   * @throws IllegalArgumentException when blank
   */
  public static String notBlank(String value, String name) {
    notNull(value, name);
    String trimmed = value.strip();
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("Argument '" + name + "' must not be blank");
    }
    return trimmed;
  }

  /**
   * Requires a condition on an argument.
   *
   * @param rule the broken rule as a sentence, used as the exception message
   * @throws IllegalArgumentException with {@code rule} when {@code condition} is false
   */
  public static void argument(boolean condition, String rule) {
    if (!condition) {
      throw new IllegalArgumentException(rule);
    }
  }

  /** Requires {@code value >= 0}; returns it. */
  public static int notNegative(int value, String name) {
    argument(value >= 0, "Argument '" + name + "' must not be negative, but was " + value);
    return value;
  }

  /** Requires {@code value > 0}; returns it. */
  public static int positive(int value, String name) {
    argument(value > 0, "Argument '" + name + "' must be positive, but was " + value);
    return value;
  }
}
