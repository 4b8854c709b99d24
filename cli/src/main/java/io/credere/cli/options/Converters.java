package io.credere.cli.options;

import java.math.BigDecimal;
import io.credere.core.error.ValidationException;
import java.time.LocalDate;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The converters of option values every command uses, registered once on the command line: a
 * date is {@code yyyy-MM-dd} within the contract's 1900-01-01 to 2999-12-31; a number is a plain
 * decimal of at most 10^15 in absolute value. A value that cannot be read is wrong usage
 * (exit 2).
 */
public final class Converters {

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  private Converters() {}

  /** Registers the converters on {@code commandLine} and every subcommand. */
  public static void register(CommandLine commandLine) {
    commandLine.registerConverter(LocalDate.class, new DateConverter());
    commandLine.registerConverter(BigDecimal.class, new DecimalConverter());
  }

  /**
   * Reads an option value with a reader of the library that throws {@link ValidationException}
   * (a currency, an amount in a currency, a named regime) and turns a value it cannot read into
   * wrong usage naming the option, as every other unreadable option value.
   */
  public static <T> T read(CommandLine command, String option, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (ValidationException e) {
      throw new ParameterException(command, "Invalid value for option '" + option + "': "
          + e.value().map(v -> "'" + v + "' ").orElse("") + e.rule());
    }
  }

  /** Reads {@code yyyy-MM-dd} within the contract's dates. */
  public static final class DateConverter implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      String text = value.strip();
      if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
        try {
          LocalDate date = LocalDate.parse(text);
          if (date.getYear() < 1900 || date.getYear() > 2999) {
            throw new TypeConversionException("'" + value + "' is outside the contract's dates "
                + "(1900-01-01 to 2999-12-31)");
          }
          return date;
        } catch (java.time.format.DateTimeParseException e) {
          // falls through to the message below
        }
      }
      throw new TypeConversionException("'" + value + "' is not a date (expected yyyy-MM-dd)");
    }
  }

  /** Reads a plain decimal of at most 10^15 in absolute value. */
  public static final class DecimalConverter implements ITypeConverter<BigDecimal> {
    @Override
    public BigDecimal convert(String value) {
      String text = value.strip();
      if (text.length() > 40 || !text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
        throw new TypeConversionException("'" + value + "' is not a number (expected digits "
            + "with '.' as decimal point, no thousands separators)");
      }
      BigDecimal number = new BigDecimal(text);
      if (number.abs().compareTo(LIMIT) > 0) {
        throw new TypeConversionException("'" + value + "' is beyond the contract's limit of "
            + "10^15");
      }
      return number;
    }
  }
}
