package io.credere.core.terms;

import io.credere.core.Checks;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * The built-in calendars: every day, weekends off, weekends and listed holidays off.
 *
 * <p>Stateless; the calendars it returns are immutable and thread-safe.
 */
public final class BusinessCalendars {

  private static final BusinessCalendar ALL_DAYS = date -> true;
  private static final BusinessCalendar WEEKENDS = weekendsAnd(Set.of());

  private BusinessCalendars() {}

  /** Every day is a business day (no rolling at all). */
  public static BusinessCalendar allDays() {
    return ALL_DAYS;
  }

  /** Saturday and Sunday are not business days; every other day is. */
  public static BusinessCalendar weekends() {
    return WEEKENDS;
  }

  /** Saturday, Sunday and the listed holidays are not business days. */
  public static BusinessCalendar weekendsAnd(Collection<LocalDate> holidays) {
    Set<LocalDate> closed = Set.copyOf(Checks.notNull(holidays, "holidays"));
    return date -> {
      Checks.notNull(date, "date");
      DayOfWeek day = date.getDayOfWeek();
      return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closed.contains(date);
    };
  }
}
