package io.credere.core.error;

import io.credere.core.Checks;
import java.util.Optional;

/**
 * Input that breaks a rule: names the field, the offending value, the rule, and where the value
 * was read. The message reads as one sentence a user can act on, e.g. {@code ledger.csv, line 7,
 * column due_date: '2026-02-30' is not a date (expected yyyy-MM-dd)}.
 */
public class ValidationException extends CredereException {

  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;
  private final transient InputPosition position;

  private ValidationException(String field, String value, String rule, InputPosition position,
      Throwable cause) {
    super(format(field, value, rule, position), cause);
    this.field = field;
    this.value = value;
    this.rule = rule;
    this.position = position;
  }

  /**
   * A broken rule on a field with no known position (library callers).
   *
   * @param field the field's name, e.g. {@code open_amount}
   * @param value the offending value as text; may be absent for a missing value
   * @param rule what is wrong, e.g. {@code is not a date (expected yyyy-MM-dd)}
   */
  public static ValidationException of(String field, Optional<String> value, String rule) {
    return new ValidationException(Checks.notBlank(field, "field"),
        Checks.notNull(value, "value").orElse(null), Checks.notBlank(rule, "rule"),
        InputPosition.unknown(), null);
  }

  /** A broken rule on a field at a position in a file. */
  public static ValidationException at(InputPosition position, String field,
      Optional<String> value, String rule) {
    return new ValidationException(Checks.notBlank(field, "field"),
        Checks.notNull(value, "value").orElse(null), Checks.notBlank(rule, "rule"),
        Checks.notNull(position, "position"), null);
  }

  /** The same error, located at {@code newPosition} (used when a reader learns the position). */
  public ValidationException at(InputPosition newPosition) {
    return new ValidationException(field, value, rule, Checks.notNull(newPosition, "position"),
        this);
  }

  /** The field that is wrong. */
  public String field() {
    return field;
  }

  /** The offending value, absent when the value is missing. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** The broken rule, without field, value or position. */
  public String rule() {
    return rule;
  }

  /** Where the value was read; {@link InputPosition#unknown()} when not from a file. */
  public InputPosition position() {
    return position == null ? InputPosition.unknown() : position;
  }

  private static String format(String field, String value, String rule, InputPosition position) {
    StringBuilder text = new StringBuilder();
    if (position.isUnknown()) {
      text.append(field).append(": ");
    } else {
      text.append(position);
      if (position.column().isEmpty()) {
        text.append(", field ").append(field);
      }
      text.append(": ");
    }
    if (value != null) {
      text.append('\'').append(value).append("' ");
    }
    return text.append(rule).toString();
  }
}
