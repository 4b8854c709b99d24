package io.credere.collections.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ContactRecordTest {

  private static final CustomerId ACME = CustomerId.of("C-1001");
  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  static ContactRecord.Builder call(ContactOutcome outcome) {
    return ContactRecord.builder().customerId(ACME).date(DAY).channel(ContactChannel.PHONE_CALL)
        .outcome(outcome).collector("anna");
  }

  @Test
  void records_a_promise_with_amount_date_and_documents() {
    ContactRecord promise = call(ContactOutcome.PROMISED_TO_PAY)
        .promisedAmount(Money.parse("EUR 500.00")).promisedDate(DAY.plusDays(7))
        .addDocuments(DocumentId.of("INV-1")).note("Will pay half next week").build();

    assertThat(promise.isPromise()).isTrue();
    assertThat(promise.promisedAmount()).contains(Money.parse("EUR 500.00"));
    assertThat(promise.promisedDate()).contains(LocalDate.of(2026, 11, 27));
    assertThat(promise.documents()).containsExactly(DocumentId.of("INV-1"));
    assertThat(promise.note()).contains("Will pay half next week");
  }

  @Test
  void refuses_a_promise_without_amount() {
    assertThatThrownBy(() -> call(ContactOutcome.PROMISED_TO_PAY).promisedDate(DAY).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("outcome: 'PROMISED_TO_PAY' needs a promised amount and a promised date for a "
            + "contact with C-1001");
  }

  @Test
  void refuses_a_promised_amount_on_another_outcome() {
    assertThatThrownBy(() -> call(ContactOutcome.NO_ANSWER)
        .promisedAmount(Money.parse("EUR 1.00")).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("only PROMISED_TO_PAY");
  }

  @Test
  void refuses_a_promised_date_before_the_contact() {
    assertThatThrownBy(() -> call(ContactOutcome.PROMISED_TO_PAY)
        .promisedAmount(Money.parse("EUR 1.00")).promisedDate(DAY.minusDays(1)).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("before the contact date");
  }

  @Test
  void refuses_a_zero_promise_and_a_blank_collector() {
    assertThatThrownBy(() -> call(ContactOutcome.PROMISED_TO_PAY)
        .promisedAmount(Money.parse("EUR 0.00")).promisedDate(DAY).build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("must be positive");
    assertThatThrownBy(() -> ContactRecord.builder().customerId(ACME).date(DAY)
        .channel(ContactChannel.EMAIL).outcome(ContactOutcome.REACHED).collector(" ").build())
        .isInstanceOf(ValidationException.class).hasMessageContaining("collector");
  }

  @Test
  void log_keeps_records_in_date_order_and_finds_the_latest() {
    ContactRecord later = call(ContactOutcome.NO_ANSWER).build().withDate(DAY.plusDays(1));
    ContactRecord first = call(ContactOutcome.LEFT_MESSAGE).build();
    ContactRecord other = call(ContactOutcome.REACHED).build().withCustomerId(CustomerId.of("C-2"));

    ContactLog log = ContactLog.of(List.of(later, first)).append(other);

    assertThat(log.records()).containsExactly(first, other, later);
    assertThat(log.forCustomer(ACME)).containsExactly(first, later);
    assertThat(log.findLatest(ACME)).contains(later);
    assertThat(log.findLatest(CustomerId.of("C-9"))).isEmpty();
    assertThat(log.promises()).isEmpty();
  }
}
