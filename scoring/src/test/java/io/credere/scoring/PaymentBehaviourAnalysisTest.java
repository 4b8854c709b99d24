package io.credere.scoring;

import static io.credere.scoring.Fixtures.AS_OF;
import static io.credere.scoring.Fixtures.C1;
import static io.credere.scoring.Fixtures.invoice;
import static io.credere.scoring.Fixtures.settled;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

class PaymentBehaviourAnalysisTest {

  @Test
  void weighs_days_by_amount_and_finds_share_late_and_largest_delay() {
    // (100 x -5 + 300 x 20) / 400 = 13.75 -> 13.8 days; index 80 - 13.8 x 10/15 = 70.8 -> 71
    List<SettledInvoice> history = List.of(
        settled("I-1", "100.00", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 5)),
        settled("I-2", "300.00", LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 30)));
    PaymentBehaviour b = PaymentBehaviourAnalysis.analyse(C1, history, List.of(),
        CurrencyUnit.EUR, AS_OF);
    assertThat(b.weightedDaysBeyondTerms()).contains(new BigDecimal("13.8"));
    assertThat(b.paymentIndex()).contains(71);
    assertThat(b.shareOfAmountPaidLate()).contains(new BigDecimal("75.0"));
    assertThat(b.largestDelayDays()).contains(20L);
    assertThat(b.settledInvoices()).isEqualTo(2);
  }

  @Test
  void trend_compares_the_last_3_months_with_the_12_before() {
    // recent (paid after 2026-08-20): 30 days late -> 50; prior: on time -> 80; trend -30
    List<SettledInvoice> history = List.of(
        settled("I-1", "100.00", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 1)),
        settled("I-2", "100.00", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1)),
        // paid 2026-08-20 exactly: the last day of the prior window
        settled("I-3", "100.00", LocalDate.of(2026, 8, 20), LocalDate.of(2026, 8, 20)));
    PaymentBehaviour b = PaymentBehaviourAnalysis.analyse(C1, history, List.of(),
        CurrencyUnit.EUR, AS_OF);
    assertThat(b.recentPaymentIndex()).contains(50);
    assertThat(b.priorPaymentIndex()).contains(80);
    assertThat(b.trend()).contains(-30);
  }

  @Test
  void open_items_give_overdue_share_and_oldest_overdue_days() {
    List<io.credere.core.item.OpenItem> open = List.of(
        invoice("INV-1", "300.00", AS_OF.minusDays(45)),
        invoice("INV-2", "100.00", AS_OF.minusDays(1)),
        invoice("INV-3", "600.00", AS_OF));
    PaymentBehaviour b = PaymentBehaviourAnalysis.analyse(C1, List.of(), open,
        CurrencyUnit.EUR, AS_OF);
    assertThat(b.openOverdueShare()).contains(new BigDecimal("40.0"));
    assertThat(b.oldestOverdueDays()).contains(45L);
  }

  @Test
  void without_history_every_figure_is_empty() {
    PaymentBehaviour b = PaymentBehaviourAnalysis.analyse(C1, List.of(), List.of(),
        CurrencyUnit.EUR, AS_OF);
    assertThat(b.paymentIndex()).isEmpty();
    assertThat(b.weightedDaysBeyondTerms()).isEmpty();
    assertThat(b.trend()).isEmpty();
    assertThat(b.shareOfAmountPaidLate()).isEmpty();
    assertThat(b.largestDelayDays()).isEmpty();
    assertThat(b.openOverdueShare()).isEmpty();
  }
}
