package io.credere.scoring;

import io.credere.core.Checks;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How often an account is reviewed, by grade: the next review is the last review plus the
 * grade's period (a grade not listed gets the shortest period). Immutable and thread-safe.
 */
public final class ReviewSchedule {

  private final Map<String, Period> periods;
  private final Period shortest;

  private ReviewSchedule(Map<String, Period> periods) {
    Checks.argument(!periods.isEmpty(), "A review schedule needs a period");
    this.periods = Map.copyOf(periods);
    this.shortest = this.periods.values().stream()
        .min((a, b) -> Long.compare(a.toTotalMonths() * 31 + a.getDays(),
            b.toTotalMonths() * 31 + b.getDays())).orElseThrow();
  }

  /** A schedule of review periods by grade. */
  public static ReviewSchedule of(Map<String, Period> periodByGrade) {
    return new ReviewSchedule(Checks.notNull(periodByGrade, "periodByGrade"));
  }

  /** A and B yearly, C every 6 months, D quarterly, E monthly. */
  public static ReviewSchedule standard() {
    Map<String, Period> periods = new LinkedHashMap<>();
    periods.put("A", Period.ofMonths(12));
    periods.put("B", Period.ofMonths(12));
    periods.put("C", Period.ofMonths(6));
    periods.put("D", Period.ofMonths(3));
    periods.put("E", Period.ofMonths(1));
    return of(periods);
  }

  /** The review period of {@code grade}. */
  public Period period(String grade) {
    return periods.getOrDefault(grade, shortest);
  }

  /** The next review date after a review on {@code lastReview} at {@code grade}. */
  public LocalDate nextReview(LocalDate lastReview, String grade) {
    return Checks.notNull(lastReview, "lastReview").plus(period(Checks.notNull(grade, "grade")));
  }
}
