package io.credere.core.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final LocalDate GOOD_FRIDAY = LocalDate.of(2026, 4, 3);
  private static final LocalDate EASTER_MONDAY = LocalDate.of(2026, 4, 6);
  private final BusinessCalendar calendar =
      BusinessCalendars.weekendsAnd(List.of(GOOD_FRIDAY, EASTER_MONDAY));

  @Test
  void skips_weekends_and_holidays() {
    assertThat(calendar.isBusinessDay(GOOD_FRIDAY)).isFalse();
    assertThat(calendar.next(LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 4, 7));
    assertThat(calendar.previous(EASTER_MONDAY)).isEqualTo(LocalDate.of(2026, 4, 2));
  }

  @Test
  void counts_business_days_in_a_half_open_range() {
    assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 13)))
        .isEqualTo(8);
    assertThat(calendar.businessDaysBetween(LocalDate.of(2026, 4, 13), LocalDate.of(2026, 3, 30)))
        .isEqualTo(-8);
    assertThat(calendar.plusBusinessDays(LocalDate.of(2026, 4, 2), 2))
        .isEqualTo(LocalDate.of(2026, 4, 8));
  }

  @Test
  void modified_following_stays_in_the_month() {
    LocalDate saturdayEndOfMonth = LocalDate.of(2026, 10, 31);
    assertThat(BusinessCalendars.weekends().roll(saturdayEndOfMonth,
        RollConvention.MODIFIED_FOLLOWING)).isEqualTo(LocalDate.of(2026, 10, 30));
    assertThat(BusinessCalendars.weekends().roll(saturdayEndOfMonth, RollConvention.FOLLOWING))
        .isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(BusinessCalendars.allDays().roll(saturdayEndOfMonth, RollConvention.FOLLOWING))
        .isEqualTo(saturdayEndOfMonth);
  }
}
