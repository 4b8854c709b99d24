package io.credere.collections.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.contact.ContactChannel;
import io.credere.collections.contact.ContactOutcome;
import io.credere.collections.contact.ContactRecord;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PromiseFromContactTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 20);

  @Test
  void takes_amount_date_documents_and_note_from_the_contact() {
    ContactRecord call = ContactRecord.builder().customerId(CustomerId.of("C-1")).date(DAY)
        .channel(ContactChannel.PHONE_CALL).outcome(ContactOutcome.PROMISED_TO_PAY)
        .collector("anna").promisedAmount(Money.parse("EUR 500.00"))
        .promisedDate(DAY.plusDays(7)).addDocuments(DocumentId.of("INV-1"))
        .note("half next week").build();
    PromiseToPay promise = PromiseToPay.fromContact(call);
    assertThat(promise.customerId()).isEqualTo(CustomerId.of("C-1"));
    assertThat(promise.madeOn()).isEqualTo(DAY);
    assertThat(promise.promisedAmount()).isEqualTo(Money.parse("EUR 500.00"));
    assertThat(promise.promisedDate()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(promise.documents()).containsExactly(DocumentId.of("INV-1"));
    assertThat(promise.note()).contains("half next week");
  }

  @Test
  void refuses_a_contact_without_a_promise() {
    ContactRecord call = ContactRecord.builder().customerId(CustomerId.of("C-1")).date(DAY)
        .channel(ContactChannel.PHONE_CALL).outcome(ContactOutcome.NO_ANSWER).collector("anna")
        .build();
    assertThatThrownBy(() -> PromiseToPay.fromContact(call))
        .isInstanceOf(ValidationException.class)
        .hasMessage("promised_amount: is missing: the contact recorded no promise");
  }
}
