package io.credere.aging;

import static io.credere.aging.AgingTestData.AS_OF;
import static io.credere.aging.AgingTestData.credit;
import static io.credere.aging.AgingTestData.invoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class AgingReportTest {

  private static final AgingPolicy DUE = AgingPolicy.of(AS_OF);

  private final List<OpenItem> ledger = List.of(
      invoice("C-2", "I-1", 0, "EUR 100.00"),
      invoice("C-2", "I-2", 31, "EUR 50.00"),
      invoice("C-1", "I-3", 91, "USD 10.00"),
      credit("C-1", "CN-1", 5, "USD -4.00"),
      invoice("C-1", "I-4", -10, "EUR 7.00"),
      invoice("C-1", "I-5", 1, "JPY 1250"));

  @Test
  void ages_by_customer_and_currency_sorted_with_credits_apart() {
    AgingReport report = AgingReport.of(DUE, ledger);
    assertThat(report.rows()).extracting(r -> r.customerId().value() + " " + r.currency())
        .containsExactly("C-1 EUR", "C-1 JPY", "C-1 USD", "C-2 EUR");
    AgingRow usd = report.findRow(CustomerId.of("C-1"), CurrencyUnit.USD).orElseThrow();
    assertThat(usd.buckets()).extracting(Money::toString).containsExactly("USD 0.00",
        "USD 0.00", "USD 0.00", "USD 0.00", "USD 10.00");
    assertThat(usd.unappliedCredits()).isEqualTo(Money.parse("USD -4.00"));
    assertThat(usd.total()).isEqualTo(Money.parse("USD 6.00"));
    AgingRow eur2 = report.findRow(CustomerId.of("C-2"), CurrencyUnit.EUR).orElseThrow();
    assertThat(eur2.buckets()).extracting(Money::toString).containsExactly("EUR 100.00",
        "EUR 0.00", "EUR 50.00", "EUR 0.00", "EUR 0.00");
  }

  @Test
  void totals_each_currency() {
    AgingReport report = AgingReport.of(DUE, ledger);
    assertThat(report.currencyTotals()).extracting(b -> b.currency() + " " + b.total())
        .containsExactly("EUR EUR 157.00", "JPY JPY 1250", "USD USD 6.00");
    assertThat(report.findTotal(CurrencyUnit.EUR).orElseThrow().buckets().get(0))
        .isEqualTo(Money.parse("EUR 107.00"));
  }

  @Test
  void nets_credits_into_buckets_when_asked() {
    AgingPolicy net = AgingPolicy.builder().asOf(AS_OF).netCredits(true).build();
    AgingRow usd = AgingReport.of(net, ledger).findRow(CustomerId.of("C-1"), CurrencyUnit.USD)
        .orElseThrow();
    assertThat(usd.buckets().get(1)).isEqualTo(Money.parse("USD -4.00"));
    assertThat(usd.unappliedCredits()).isEqualTo(Money.parse("USD 0.00"));
    assertThat(usd.total()).isEqualTo(Money.parse("USD 6.00"));
  }

  @Test
  void ignores_settled_items_and_keeps_rows_that_net_to_zero() {
    OpenItem settled = invoice("C-3", "I-9", 10, "EUR 10.00").withOpenAmount(
        Money.parse("EUR 0.00"));
    AgingReport report = AgingReport.of(DUE, List.of(settled,
        invoice("C-4", "I-10", 10, "EUR 10.00"), credit("C-4", "CN-9", 3, "EUR -10.00")));
    assertThat(report.rows()).extracting(r -> r.customerId().value()).containsExactly("C-4");
    assertThat(report.rows().get(0).total().isZero()).isTrue();
  }

  @Test
  void an_empty_ledger_gives_an_empty_report() {
    AgingReport report = AgingReport.of(DUE, List.<OpenItem>of());
    assertThat(report.isEmpty()).isTrue();
    assertThat(report.currencyTotals()).isEmpty();
    assertThat(report).isEqualTo(AgingReport.empty(DUE));
  }

  @Test
  void merges_partial_reports_into_the_whole() {
    AgingReport whole = AgingReport.of(DUE, ledger);
    AgingReport left = AgingReport.of(DUE, ledger.subList(0, 3));
    AgingReport right = AgingReport.of(DUE, ledger.subList(3, 6));
    assertThat(left.merge(right)).isEqualTo(whole);
    assertThat(right.merge(left)).isEqualTo(whole);
  }

  @Test
  void refuses_to_merge_reports_of_different_as_of_dates() {
    AgingReport other = AgingReport.empty(AgingPolicy.of(AS_OF.plusDays(1)));
    assertThatThrownBy(() -> AgingReport.empty(DUE).merge(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Cannot merge aging reports of different policies: as of "
            + "2026-06-30");
  }

  @Test
  void collects_a_parallel_stream() {
    assertThat(ledger.parallelStream().collect(AgingReport.collector(DUE)))
        .isEqualTo(AgingReport.of(DUE, ledger));
  }

  @Test
  void ages_by_document_date_on_that_basis() {
    AgingPolicy document = AgingPolicy.builder().asOf(AS_OF)
        .buckets(AgingBuckets.standard(AgingBasis.DOCUMENT_DATE)).build();
    // I-1 is dated 30 days before its due date (AS_OF), so 30 days old: first column.
    AgingRow row = AgingReport.of(document, ledger).findRow(CustomerId.of("C-2"),
        CurrencyUnit.EUR).orElseThrow();
    assertThat(row.buckets()).extracting(Money::toString)
        .containsExactly("EUR 100.00", "EUR 0.00", "EUR 50.00", "EUR 0.00");
  }

  @Test
  void ages_from_a_promised_date_with_that_dating() {
    AgingPolicy promised = AgingPolicy.builder().asOf(AS_OF)
        .dating(ItemDating.promisedDates(Map.of(DocumentId.of("I-2"), AS_OF.plusDays(5))))
        .build();
    AgingRow row = AgingReport.of(promised, ledger).findRow(CustomerId.of("C-2"),
        CurrencyUnit.EUR).orElseThrow();
    assertThat(row.buckets().get(0)).isEqualTo(Money.parse("EUR 150.00"));
  }

  @Test
  void explains_an_overdue_item() {
    AgedItem aged = AgingReport.explain(invoice("C-2", "I-2", 45, "EUR 50.00"), DUE);
    assertThat(aged.column()).isEqualTo("31-60");
    assertThat(aged.ageDays()).isEqualTo(45);
    assertThat(aged.explanation().toString()).isEqualTo("AGED_BY_DUE_DATE: I-2 (EUR 50.00 open) "
        + "is 45 days past its due date 2026-05-16 on 2026-06-30, so it is aged in 31-60. "
        + "{document=I-2, open_amount=EUR 50.00, as_of=2026-06-30, aging_date=2026-05-16, "
        + "age_days=45, column=31-60}");
  }

  @Test
  void explains_a_future_item_as_current_and_a_credit_as_unapplied() {
    assertThat(AgingReport.explain(invoice("C-2", "I-7", -3, "EUR 5.00"), DUE).explanation()
        .sentence()).isEqualTo("I-7 (EUR 5.00 open) is not yet overdue on 2026-06-30 "
            + "(due 2026-07-03), so it is aged in current.");
    AgedItem credit = AgingReport.explain(credit("C-2", "CN-7", 3, "EUR -5.00"), DUE);
    assertThat(credit.column()).isEqualTo("unapplied_credits");
    assertThat(credit.explanation().sentence()).isEqualTo("CN-7 (EUR -5.00 open) is a credit, "
        + "so it is shown as an unapplied credit rather than aged.");
  }

  @Test
  void columnar_form_gives_the_same_report() {
    AgingReport expected = AgingReport.of(DUE, ledger);
    assertThat(ColumnarLedger.of(ledger).age(DUE)).isEqualTo(expected);
    ColumnarLedger columnar = ColumnarLedger.of(ledger);
    assertThat(columnar.columnBytes()).isEqualTo(6 * 16L + columnar.groupCount() * 9L);
  }

  @Test
  void policy_defaults_follow_the_contract() {
    assertThat(DUE.buckets()).isEqualTo(AgingBuckets.standard(AgingBasis.DUE_DATE));
    assertThat(DUE.isNetCredits()).isFalse();
    assertThat(DUE.dating()).isSameAs(ItemDating.standard());
    assertThat(DUE.asOf()).isEqualTo(LocalDate.of(2026, 6, 30));
  }
}
