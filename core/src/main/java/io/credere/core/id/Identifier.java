package io.credere.core.id;

import io.credere.core.Checks;

/**
 * Common behaviour of the identifier values: a trimmed, non-blank text compared in code-point
 * order ({@link String#compareTo}), equal only to an identifier of the same kind and text.
 *
 * <p>Subclasses are final, immutable and thread-safe.
 *
 * @param <T> the concrete identifier type
 */
public abstract class Identifier<T extends Identifier<T>> implements Comparable<T> {

  private final String value;

  Identifier(String value, String kind) {
    this.value = Checks.notBlank(value, kind);
    // the message made only when it is needed: ids are made by the million
    if (this.value.length() > 256) {
      throw new IllegalArgumentException("Identifier '" + kind
          + "' must be at most 256 characters, but was " + this.value.length());
    }
  }

  /** The identifier's text, trimmed. */
  public final String value() {
    return value;
  }

  @Override
  public final int compareTo(T other) {
    return value.compareTo(other.value());
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && ((Identifier<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** The identifier's text, as given to {@code of}. */
  @Override
  public final String toString() {
    return value;
  }
}
