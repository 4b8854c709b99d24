package io.credere.scoring;

import io.credere.core.Checks;
import io.credere.core.explain.Explanation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * The built-in review triggers.
 *
 * <ul>
 *   <li>{@link #limitExceeded()} ({@code LIMIT_EXCEEDED}): open receivables + open orders above
 *       the limit;
 *   <li>{@link #paymentIndexDropped(int)} ({@code PAYMENT_INDEX_DROPPED}): the payment index fell
 *       by at least N points since the last review;
 *   <li>{@link #bureauEvent()} ({@code BUREAU_EVENT}): a legal event dated after the last review;
 *   <li>{@link #reviewOverdue()} ({@code REVIEW_OVERDUE}): the scheduled review date has passed;
 *   <li>{@link #standard()}: all four, the index drop at 10 points.
 * </ul>
 */
public final class ReviewTriggers {

  private ReviewTriggers() {}

  /** All built-ins, the payment index drop at 10 points. */
  public static List<ReviewTrigger> standard() {
    return List.of(limitExceeded(), paymentIndexDropped(10), bureauEvent(), reviewOverdue());
  }

  /** The explanations of every trigger that fires, in order. */
  public static List<Explanation> fired(List<ReviewTrigger> triggers, CustomerProfile profile,
      ReviewState state) {
    List<Explanation> result = new ArrayList<>();
    for (ReviewTrigger trigger : triggers) {
      trigger.test(profile, state).ifPresent(result::add);
    }
    return List.copyOf(result);
  }

  /** Exposure above the limit. */
  public static ReviewTrigger limitExceeded() {
    return (profile, state) -> profile.customer().creditLimit().flatMap(limit -> {
      Money exposure = profile.openReceivables().plus(profile.customer().openOrders());
      if (!exposure.isGreaterThan(limit)) {
        return Optional.empty();
      }
      return Optional.of(explain("LIMIT_EXCEEDED", "Exposure " + LimitPolicies.text(exposure)
          + " exceeds the limit " + LimitPolicies.text(limit) + "."));
    });
  }

  /** The payment index fell by {@code points} or more since the last review. */
  public static ReviewTrigger paymentIndexDropped(int points) {
    Checks.positive(points, "points");
    return (profile, state) -> state.paymentIndexAtLastReview().flatMap(before ->
        profile.behaviour().paymentIndex().filter(now -> before - now >= points)
            .map(now -> explain("PAYMENT_INDEX_DROPPED", "Payment index fell from " + before
                + " to " + now + " since the review of " + state.lastReview() + ".")));
  }

  /** A legal event on the bureau report dated after the last review. */
  public static ReviewTrigger bureauEvent() {
    return (profile, state) -> profile.creditReport().flatMap(report ->
        report.legalEvents().stream().filter(e -> e.date().isAfter(state.lastReview()))
            .findFirst().map(e -> explain("BUREAU_EVENT", report.agency() + " reports "
                + e.type() + " on " + e.date() + ", after the review of " + state.lastReview()
                + ".")));
  }

  /** The scheduled review date has passed. */
  public static ReviewTrigger reviewOverdue() {
    return (profile, state) -> state.nextReview().filter(d -> d.isBefore(profile.asOf()))
        .map(d -> explain("REVIEW_OVERDUE", "The review due " + d + " has not been done."));
  }

  private static Explanation explain(String code, String sentence) {
    return Explanation.builder().ruleId(code).sentence(sentence).addReasonCodes(code).build();
  }
}
