package io.credere.aging;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ArKpisTest {

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  private static ArPeriod period(String month, String sales, String ending, String current) {
    return ArPeriod.of(YearMonth.parse(month), eur(sales), eur(ending), eur(current));
  }

  @Test
  void dso_of_the_worked_example_is_73_71() {
    assertThat(ArKpis.dso(eur("60000"), eur("81400"), 100)).contains(new BigDecimal("73.71"));
  }

  @Test
  void dso_from_open_items_uses_the_aging_report_total() {
    OpenItem invoice = OpenItem.builder().customerId(CustomerId.of("C-1"))
        .documentId(DocumentId.of("I-1")).documentType(DocumentType.INVOICE)
        .documentDate(LocalDate.of(2026, 5, 1)).dueDate(LocalDate.of(2026, 6, 1))
        .amount(eur("60000.00")).openAmount(eur("60000.00")).build();
    AgingReport report = AgingReport.of(AgingPolicy.of(LocalDate.of(2026, 6, 30)),
        List.of(invoice));
    assertThat(ArKpis.dso(report, CurrencyUnit.EUR, eur("81400"), 100))
        .contains(new BigDecimal("73.71"));
    assertThat(ArKpis.dso(report, CurrencyUnit.USD, Money.parse("USD 10"), 100))
        .contains(new BigDecimal("0.00"));
  }

  @Test
  void countback_of_the_worked_example_is_88_00() {
    ArHistory history = ArHistory.of(List.of(period("2026-04", "20000", "0", "0"),
        period("2026-05", "15000", "0", "0"), period("2026-06", "12000", "45000", "0")));
    ArKpi june = ArKpis.of(history).get(2);
    assertThat(june.countbackDso()).contains(new BigDecimal("88.00"));
  }

  @Test
  void countback_extrapolates_from_the_earliest_period_when_history_runs_out() {
    // 30 (June) + 31 (May) + remaining 10000 / 5000 x 31 (May) = 61 + 62 = 123
    ArHistory history = ArHistory.of(List.of(period("2026-05", "5000", "0", "0"),
        period("2026-06", "5000", "20000", "0")));
    assertThat(ArKpis.of(history).get(1).countbackDso()).contains(new BigDecimal("123.00"));
  }

  @Test
  void cei_of_the_worked_example_is_76_47() {
    assertThat(ArKpis.cei(eur("100000"), eur("150000"), eur("120000"), eur("80000")))
        .contains(new BigDecimal("76.47"));
    ArHistory history = ArHistory.of(List.of(period("2026-05", "1", "100000", "0"),
        period("2026-06", "150000", "120000", "80000")));
    assertThat(ArKpis.of(history).get(1).cei()).contains(new BigDecimal("76.47"));
  }

  @Test
  void computes_every_kpi_of_a_period_with_calendar_days() {
    ArHistory history = ArHistory.of(List.of(period("2026-02", "28000", "14000", "7000"),
        period("2026-01", "31000", "31000", "0")));
    ArKpi february = ArKpis.of(history).get(0);
    assertThat(february.dso()).contains(new BigDecimal("14.00"));
    assertThat(february.bestPossibleDso()).contains(new BigDecimal("7.00"));
    assertThat(february.averageDaysDelinquent()).contains(new BigDecimal("7.00"));
    assertThat(february.percentCurrent()).contains(new BigDecimal("50.00"));
    // (31000 + 28000 - 14000) / (31000 + 28000 - 7000) = 45000 / 52000
    assertThat(february.cei()).contains(new BigDecimal("86.54"));
    assertThat(february.explanation().sentence()).isEqualTo("In 2026-02 (EUR), receivables of "
        + "14000.00 against credit sales of 28000.00 over 28 days give a DSO of 14.00 days "
        + "(countback 14.00, best possible 7.00, 7.00 days delinquent), a CEI of 86.54% and "
        + "50.00% current.");
  }

  @Test
  void first_period_of_a_currency_has_no_cei() {
    ArHistory history = ArHistory.of(List.of(period("2026-03", "10", "10", "5")));
    assertThat(ArKpis.of(history).get(0).cei()).isEmpty();
  }

  @Test
  void zero_denominators_give_empty_values_never_infinity() {
    ArHistory history = ArHistory.of(List.of(period("2026-05", "0", "0", "0"),
        period("2026-06", "0", "0", "0")));
    ArKpi june = ArKpis.of(history).get(1);
    assertThat(june.dso()).isEmpty();
    assertThat(june.bestPossibleDso()).isEmpty();
    assertThat(june.averageDaysDelinquent()).isEmpty();
    assertThat(june.percentCurrent()).isEmpty();
    assertThat(june.cei()).isEmpty();
    assertThat(june.countbackDso()).isEmpty();
    assertThat(ArKpis.countbackDso(eur("5"), List.of())).isEqualTo(Optional.empty());
  }

  @Test
  void keeps_currencies_apart() {
    ArPeriod usd = ArPeriod.of(YearMonth.parse("2026-05"), Money.parse("USD 100"),
        Money.parse("USD 100"), Money.parse("USD 0"));
    ArHistory history = ArHistory.of(List.of(usd, period("2026-06", "100", "50", "0")));
    assertThat(ArKpis.of(history).get(1).cei()).isEmpty();
  }
}
