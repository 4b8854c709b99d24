package io.credere.core.terms;

import io.credere.core.Checks;
import java.time.LocalDate;

/**
 * Which days are business days, for due dates that must fall on one and for counting business
 * days. A host plugs in its own (a bank's calendar, a country's public holidays); the default is
 * {@link BusinessCalendars#weekends()}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface BusinessCalendar {

  /** Whether {@code date} is a business day. */
  boolean isBusinessDay(LocalDate date);

  /** The first business day after {@code date}. */
  default LocalDate next(LocalDate date) {
    Checks.notNull(date, "date");
    LocalDate candidate = date.plusDays(1);
    for (int guard = 0; !isBusinessDay(candidate); guard++) {
      Checks.argument(guard < 3660, "Calendar has no business day within 10 years after " + date);
      candidate = candidate.plusDays(1);
    }
    return candidate;
  }

  /** The last business day before {@code date}. */
  default LocalDate previous(LocalDate date) {
    Checks.notNull(date, "date");
    LocalDate candidate = date.minusDays(1);
    for (int guard = 0; !isBusinessDay(candidate); guard++) {
      Checks.argument(guard < 3660, "Calendar has no business day within 10 years before " + date);
      candidate = candidate.minusDays(1);
    }
    return candidate;
  }

  /** {@code date} moved to a business day by {@code convention}; unchanged if it is one. */
  default LocalDate roll(LocalDate date, RollConvention convention) {
    Checks.notNull(date, "date");
    Checks.notNull(convention, "convention");
    if (convention == RollConvention.NONE || isBusinessDay(date)) {
      return date;
    }
    switch (convention) {
      case FOLLOWING:
        return next(date);
      case PRECEDING:
        return previous(date);
      case MODIFIED_FOLLOWING:
        LocalDate following = next(date);
        return following.getMonth() == date.getMonth() ? following : previous(date);
      default:
        throw new IllegalStateException("Unhandled roll convention " + convention);
    }
  }

  /**
   * {@code date} moved by {@code days} business days (negative: backwards). Zero gives
   * {@code date} itself, business day or not.
   */
  default LocalDate plusBusinessDays(LocalDate date, int days) {
    Checks.notNull(date, "date");
    LocalDate result = date;
    for (int i = 0; i < Math.abs(days); i++) {
      result = days > 0 ? next(result) : previous(result);
    }
    return result;
  }

  /**
   * The number of business days in {@code [startInclusive, endExclusive)}; negative when the end
   * is before the start.
   */
  default long businessDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Checks.notNull(startInclusive, "startInclusive");
    Checks.notNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      return -businessDaysBetween(endExclusive, startInclusive);
    }
    long count = 0;
    for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        count++;
      }
    }
    return count;
  }
}
