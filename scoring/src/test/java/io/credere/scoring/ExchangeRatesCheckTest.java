package io.credere.scoring;

import static io.credere.scoring.Fixtures.AS_OF;
import static io.credere.scoring.Fixtures.C1;
import static io.credere.scoring.Fixtures.customer;
import static io.credere.scoring.Fixtures.eur;
import static io.credere.scoring.Fixtures.invoice;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Exposure in more than one currency: converted with the host's rates, or the order held. */
class ExchangeRatesCheckTest {

  static final CurrencyUnit USD = CurrencyUnit.USD;

  static OpenItem usd(String doc, DocumentType type, String amount, LocalDate due) {
    Money money = Money.of(USD, new BigDecimal(amount));
    return OpenItem.builder().customerId(C1).documentId(DocumentId.of(doc)).documentType(type)
        .documentDate(due.minusDays(30)).dueDate(due).amount(money).openAmount(money).build();
  }

  static CreditCheckRequest request(String order, OpenItem... items) {
    return CreditCheckRequest.builder().customer(customer("10000.00"))
        .addOpenItems(invoice("INV-1", "2000.00", AS_OF.plusDays(10)))
        .addOpenItems(items).newOrder(eur(order)).asOf(AS_OF).build();
  }

  @Test
  void an_item_in_another_currency_without_a_rate_holds_the_order_naming_the_currency() {
    CreditCheckResult result = CreditCheck.standard().check(request("100.00",
        usd("INV-US", DocumentType.INVOICE, "50000.00", AS_OF.plusDays(10))));

    assertThat(result.decision()).isEqualTo(CheckDecision.HOLD);
    assertThat(result.reasonCodes()).containsExactly("UNCONVERTED_EXPOSURE");
    assertThat(result.explanation().sentence()).isEqualTo("HOLD: Exposure in USD cannot be "
        + "converted to EUR (no exchange rate on 2026-11-20): the exposure is not known.");
    assertThat(result.exposure().unconvertedCurrencies()).containsExactly(USD);
    assertThat(result.exposure().amount(ExposureComponent.OPEN_RECEIVABLES))
        .isEqualTo(eur("2000.00"));
  }

  @Test
  void with_a_rate_the_other_currency_is_converted_once_per_component_and_counts() {
    // USD 50,000.00 x 0.9137 = EUR 45,685.00; credits USD -1,000.01 x 0.9137 = -913.709137
    // -> EUR -913.71. Exposure 2,000.00 + 45,685.00 - 913.71 + 100.00 = 46,871.29.
    ExchangeRates rates = ExchangeRates.of(Map.of(USD, Map.of(CurrencyUnit.EUR,
        new BigDecimal("0.9137"))));
    CreditCheckResult result = CreditCheck.standard().withExchangeRates(rates).check(
        request("100.00", usd("INV-US", DocumentType.INVOICE, "50000.00", AS_OF.plusDays(10)),
            usd("CN-US", DocumentType.CREDIT_NOTE, "-1000.01", AS_OF)));

    assertThat(result.exposure().amount(ExposureComponent.OPEN_RECEIVABLES))
        .isEqualTo(eur("47685.00"));
    assertThat(result.exposure().amount(ExposureComponent.OPEN_CREDITS))
        .isEqualTo(eur("-913.71"));
    assertThat(result.exposure().total()).isEqualTo(eur("46871.29"));
    assertThat(result.reasonCodes()).containsExactly("OVER_LIMIT");
  }

  @Test
  void only_the_reverse_rate_known_divides_and_an_order_in_another_currency_converts() {
    // EUR -> USD 1.10 known only: USD 1,100.00 / 1.10 = EUR 1,000.00; order USD 55.00 = 50.00.
    ExchangeRates rates = ExchangeRates.of(Map.of(CurrencyUnit.EUR, Map.of(USD,
        new BigDecimal("1.10"))));
    CreditCheckResult result = CreditCheck.standard().withExchangeRates(rates).check(
        CreditCheckRequest.builder().customer(customer("10000.00"))
            .addOpenItems(usd("INV-US", DocumentType.INVOICE, "1100.00", AS_OF.plusDays(3)))
            .newOrder(Money.of(USD, new BigDecimal("55.00"))).asOf(AS_OF).build());

    assertThat(result.exposure().total()).isEqualTo(eur("1050.00"));
    assertThat(result.decision()).isEqualTo(CheckDecision.OK);
  }

  @Test
  void an_order_in_a_currency_without_a_rate_holds() {
    CreditCheckResult result = CreditCheck.standard().check(CreditCheckRequest.builder()
        .customer(customer("10000.00")).newOrder(Money.of(CurrencyUnit.GBP, BigDecimal.TEN))
        .asOf(AS_OF).build());

    assertThat(result.decision()).isEqualTo(CheckDecision.HOLD);
    assertThat(result.reasonCodes()).containsExactly("UNCONVERTED_EXPOSURE");
    assertThat(result.exposure().unconvertedCurrencies()).containsExactly(CurrencyUnit.GBP);
  }

  @Test
  void the_assessment_converts_too_and_names_unconverted_exposure_in_its_reasons() {
    CustomerData data = CustomerData.builder().customer(customer("10000.00")).asOf(AS_OF)
        .addOpenItems(invoice("INV-1", "2000.00", AS_OF.plusDays(10)),
            usd("INV-US", DocumentType.INVOICE, "1100.00", AS_OF.plusDays(3)))
        .build();

    CreditAssessment without = CreditAssessor.standard().assess(data);
    CreditAssessment with = CreditAssessor.builder().exchangeRates(ExchangeRates.of(Map.of(
        CurrencyUnit.EUR, Map.of(USD, new BigDecimal("1.10"))))).build().assess(data);

    assertThat(without.reasonCodes()).first().isEqualTo("UNCONVERTED_EXPOSURE");
    assertThat(without.explanation().sentence()).contains("Open items in USD could not be "
        + "converted to EUR");
    assertThat(without.profile().openReceivables()).isEqualTo(eur("2000.00"));
    assertThat(with.reasonCodes()).doesNotContain("UNCONVERTED_EXPOSURE");
    assertThat(with.profile().openReceivables()).isEqualTo(eur("3000.00"));
    assertThat(List.copyOf(with.profile().unconvertedCurrencies())).isEmpty();
  }
}
