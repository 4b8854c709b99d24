package io.credere.cli.collections;

import io.credere.core.error.ValidationException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** Parsing of option values whose errors are invalid input (exit 1) naming the option. */
final class Arguments {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private Arguments() {}

  /** A date option {@code yyyy-MM-dd}. */
  static LocalDate date(String option, String value) {
    try {
      return LocalDate.parse(value.strip(), ISO_DATE);
    } catch (DateTimeParseException e) {
      throw ValidationException.of(option, Optional.of(value), "is not a date (expected yyyy-MM-dd)");
    }
  }
}
