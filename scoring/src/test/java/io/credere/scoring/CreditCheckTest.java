package io.credere.scoring;

import static io.credere.scoring.Fixtures.AS_OF;
import static io.credere.scoring.Fixtures.customer;
import static io.credere.scoring.Fixtures.eur;
import static io.credere.scoring.Fixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.explain.Explanation;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreditCheckTest {

  static CreditCheckRequest.Builder request(String order) {
    return CreditCheckRequest.builder().customer(customer("10000.00"))
        .addOpenItems(invoice("INV-1", "6000.00", AS_OF.minusDays(40)))
        .newOrder(eur(order)).asOf(AS_OF);
  }

  @Test
  void over_limit_and_overdue_are_held_with_a_readable_explanation() {
    CreditCheckResult result = CreditCheck.standard().check(request("4500.00").build());
    assertThat(result.decision()).isEqualTo(CheckDecision.HOLD);
    assertThat(result.reasonCodes()).containsExactly("OVER_LIMIT", "OVERDUE_BEYOND_30_DAYS");
    assertThat(result.headroom()).contains(eur("-500.00"));
    assertThat(result.explanation().toString()).isEqualTo("CREDIT_CHECK: HOLD: Exposure "
        + "EUR 10500.00 exceeds the limit EUR 10000.00 by EUR 500.00. INV-1 (EUR 6000.00) is 40 "
        + "days past due. [OVER_LIMIT, OVERDUE_BEYOND_30_DAYS] {customer=C-1, "
        + "exposure=EUR 10500.00, open_receivables=EUR 6000.00, open_credits=EUR 0.00, "
        + "open_orders=EUR 0.00, new_order=EUR 4500.00, limit=EUR 10000.00, "
        + "headroom=EUR -500.00}");
  }

  @Test
  void knock_out_blocks_and_review_overdue_is_watched() {
    KnockOut knockOut = KnockOut.of("INSOLVENCY", Explanation.of("INSOLVENCY",
        "Insolvency filed."));
    CreditCheckResult result = CreditCheck.standard().check(request("0.00")
        .knockOut(knockOut).nextReview(LocalDate.of(2026, 11, 1)).build());
    assertThat(result.decision()).isEqualTo(CheckDecision.BLOCK);
    assertThat(result.reasonCodes()).containsExactly("KNOCKED_OUT", "OVERDUE_BEYOND_30_DAYS",
        "REVIEW_OVERDUE");
  }

  @Test
  void a_host_rule_joins_the_chain() {
    CreditCheck check = CreditCheck.standard().withRule((req, exposure) ->
        exposure.amount(ExposureComponent.NEW_ORDER).isGreaterThan(eur("1000.00"))
            ? Optional.of(CheckFinding.of(CheckDecision.WATCH, "LARGE_ORDER", "Large order."))
            : Optional.empty());
    CreditCheckResult result = check.check(request("1500.00").build());
    assertThat(result.reasonCodes()).containsExactly("OVERDUE_BEYOND_30_DAYS", "LARGE_ORDER");
    assertThat(result.decision()).isEqualTo(CheckDecision.WATCH);
  }

  @Test
  void without_findings_the_order_is_ok() {
    CreditCheck check = CreditCheck.standard()
        .withComponents(EnumSet.of(ExposureComponent.NEW_ORDER));
    CreditCheckRequest req = CreditCheckRequest.builder().customer(customer("10000.00"))
        .newOrder(eur("100.00")).asOf(AS_OF).build();
    CreditCheckResult result = check.check(req);
    assertThat(result.decision()).isEqualTo(CheckDecision.OK);
    assertThat(result.explanation().sentence()).isEqualTo("OK: exposure EUR 100.00 is within "
        + "the limit EUR 10000.00, headroom EUR 9900.00.");
  }
}
