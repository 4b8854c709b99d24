package io.credere.cli.io;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A column whose value is one of a fixed set of names (an enum), in any letter case. */
final class Choices {

  private Choices() {}

  /** The constant of {@code type} the required {@code column} names. */
  static <E extends Enum<E>> E of(CsvRow row, String column, Class<E> type) {
    String value = row.text(column);
    String upper = value.toUpperCase(Locale.ROOT);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(upper)) {
        return constant;
      }
    }
    throw row.error(column, value, "is not one of " + Arrays.stream(type.getEnumConstants())
        .map(Enum::name).collect(Collectors.joining(", ")));
  }
}
