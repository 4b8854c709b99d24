package io.credere.collections.dunning.letter;

import java.util.Locale;

/** The languages the built-in templates are written in. */
public enum LetterLanguage {
  /** English (United Kingdom conventions: {@code 1,234.56}, {@code 20 November 2026}). */
  ENGLISH("en", Locale.UK),
  /** German ({@code 1.234,56}, {@code 20.11.2026}). */
  GERMAN("de", Locale.GERMANY);

  private final String code;
  private final Locale locale;

  LetterLanguage(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The ISO 639-1 code, {@code en} or {@code de}. */
  public String code() {
    return code;
  }

  /** The locale numbers and dates are written in. */
  public Locale locale() {
    return locale;
  }
}
