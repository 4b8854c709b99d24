package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The built-in knock-out rules.
 *
 * <ul>
 *   <li>{@link #insolvency()} ({@code INSOLVENCY}): the bureau report carries an insolvency
 *       filing or proceedings;
 *   <li>{@link #courtJudgmentWithin(Period)} ({@code COURT_JUDGMENT}): a court judgment dated
 *       within the period before the as-of date;
 *   <li>{@link #standard()}: insolvency only.
 * </ul>
 */
public final class KnockOutRules {

  private KnockOutRules() {}

  /** The default rules: {@link #insolvency()}. */
  public static List<KnockOutRule> standard() {
    return List.of(insolvency());
  }

  /** Insolvency on the bureau report: knocked out. */
  public static KnockOutRule insolvency() {
    return profile -> profile.creditReport().flatMap(report -> report.legalEvents().stream()
        .filter(e -> e.type().isInsolvency()).findFirst()
        .map(event -> KnockOut.of("INSOLVENCY", Explanation.builder()
            .ruleId("INSOLVENCY")
            .sentence(report.agency() + " reports " + event.type().name().toLowerCase(
                java.util.Locale.ROOT).replace('_', ' ') + " on " + event.date()
                + ": no credit.")
            .addReasonCodes("INSOLVENCY")
            .putFacts("agency", report.agency())
            .putFacts("event_date", event.date().toString())
            .build())));
  }

  /** A court judgment within {@code period} before the as-of date: knocked out. */
  public static KnockOutRule courtJudgmentWithin(Period period) {
    Checks.notNull(period, "period");
    return profile -> {
      LocalDate since = profile.asOf().minus(period);
      return profile.creditReport().flatMap(report -> report.legalEvents().stream()
          .filter(e -> e.type() == LegalEventType.COURT_JUDGMENT && !e.date().isBefore(since)
              && !e.date().isAfter(profile.asOf()))
          .findFirst()
          .map(event -> KnockOut.of("COURT_JUDGMENT", Explanation.builder()
              .ruleId("COURT_JUDGMENT")
              .sentence(report.agency() + " reports a court judgment on " + event.date()
                  + ", within " + period + " of " + profile.asOf() + ": no credit.")
              .addReasonCodes("COURT_JUDGMENT")
              .putFacts("event_date", event.date().toString())
              .build())));
    };
  }

  /** The first knock-out any of {@code rules} finds, in order. */
  public static Optional<KnockOut> first(List<KnockOutRule> rules, CustomerProfile profile) {
    for (KnockOutRule rule : rules) {
      Optional<KnockOut> found = rule.test(profile);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
