package io.credere.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentTermsTest {

  private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

  @Test
  void net_terms_are_due_n_days_after_the_document_date() {
    assertThat(PaymentTerms.parse("NET30").dueDate(JAN_15)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(PaymentTerms.parse("net 0").dueDate(JAN_15)).isEqualTo(JAN_15);
  }

  @Test
  void end_of_month_terms_count_from_the_last_day_of_the_month() {
    assertThat(PaymentTerms.parse("EOM30").dueDate(JAN_15)).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(PaymentTerms.parse("EOM0").dueDate(LocalDate.of(2028, 2, 3)))
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void discount_terms_give_a_discount_date_and_percent() {
    PaymentTerms terms = PaymentTerms.parse("2/10 NET 30");
    assertThat(terms.discountPercent()).contains(new BigDecimal("2"));
    assertThat(terms.discountDate(JAN_15)).contains(LocalDate.of(2026, 1, 25));
    assertThat(terms.dueDate(JAN_15)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(terms).hasToString("2/10NET30");
    assertThat(PaymentTerms.parse("1.50/10eom30")).hasToString("1.5/10EOM30");
    assertThat(PaymentTerms.NET_30.discountDate(JAN_15)).isEmpty();
  }

  @Test
  void rolls_a_weekend_due_date_by_the_convention() {
    // NET15 from 2026-01-16 (Friday) is Saturday 2026-01-31
    PaymentTerms terms = PaymentTerms.net(15);
    LocalDate documentDate = LocalDate.of(2026, 1, 16);
    BusinessCalendar calendar = BusinessCalendars.weekends();
    assertThat(terms.dueDate(documentDate, calendar, RollConvention.FOLLOWING))
        .isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(terms.dueDate(documentDate, calendar, RollConvention.MODIFIED_FOLLOWING))
        .isEqualTo(LocalDate.of(2026, 1, 30));
    assertThat(terms.dueDate(documentDate, calendar, RollConvention.NONE))
        .isEqualTo(LocalDate.of(2026, 1, 31));
  }

  @Test
  void rejects_text_that_is_not_terms_naming_the_field() {
    assertThatThrownBy(() -> PaymentTerms.parse("30 days"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("payment_terms: '30 days' is not payment terms (expected e.g. NET30, EOM30 "
            + "or 2/10NET30)");
    assertThatThrownBy(() -> PaymentTerms.parse("2/40NET30"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Discount period 40 days must not be longer than the net period");
  }

  @Test
  void a_due_date_beyond_the_last_date_is_refused_with_the_rule_not_a_date_time_exception() {
    assertThatThrownBy(() -> PaymentTerms.NET_30.dueDate(LocalDate.MAX))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("The due date of a document dated +999999999-12-31 under NET30 would be after"
            + " +999999999-12-31, the last date supported: document dates must leave room for"
            + " the terms");
    assertThatThrownBy(() -> PaymentTerms.parse("EOM5").dueDate(LocalDate.MAX.minusDays(20)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PaymentTerms.parse("2/10NET30").discountDate(LocalDate.MAX))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessageContaining("discount date");
    assertThat(PaymentTerms.NET_30.dueDate(LocalDate.MAX.minusDays(30))).isEqualTo(LocalDate.MAX);
    assertThat(PaymentTerms.DUE_ON_RECEIPT.dueDate(LocalDate.MAX)).isEqualTo(LocalDate.MAX);
    assertThat(PaymentTerms.parse("EOM30").dueDate(LocalDate.of(2999, 12, 31)))
        .isEqualTo(LocalDate.of(3000, 1, 30));
  }
}
