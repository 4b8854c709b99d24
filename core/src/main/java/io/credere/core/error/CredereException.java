package io.credere.core.error;

/**
 * Root of the exceptions Credere throws on purpose, so a host can catch "the library refused
 * this" apart from programming errors. Unchecked.
 */
public class CredereException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message stating the broken rule. */
  public CredereException(String message) {
    super(message);
  }

  /** An exception with a message stating the broken rule and the cause. */
  public CredereException(String message, Throwable cause) {
    super(message, cause);
  }
}
