package io.credere.collections.worklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class WorklistTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  static OpenItem invoice(String customer, String id, int daysOverdue, String amount) {
    Money money = Money.parse("EUR " + amount);
    LocalDate due = AS_OF.minusDays(daysOverdue);
    return OpenItem.builder().customerId(CustomerId.of(customer)).documentId(DocumentId.of(id))
        .documentType(DocumentType.INVOICE).documentDate(due.minusDays(30)).dueDate(due)
        .amount(money).openAmount(money).build();
  }

  static Customer customer(String id, String risk) {
    return Customer.builder().customerId(CustomerId.of(id)).name("Name " + id)
        .currency(CurrencyUnit.EUR).riskClass(risk).build();
  }

  @Test
  void ranks_broken_promises_first_then_amount_days_times_risk_weight() {
    // C-1: 1000 x 10 = 10,000 amount-days, grade A (1) -> 10,000.
    // C-2: 100 x 30 = 3,000, grade E (4) -> 12,000.
    // C-3: 10 x 5 = 50, grade C, but broke a promise -> first.
    // C-4: disputed only -> not listed; C-5 excluded (legal) -> not listed.
    List<WorklistEntry> list = Worklist.standard().rank(
        List.of(invoice("C-1", "I-1", 10, "1000.00"), invoice("C-2", "I-2", 30, "100.00"),
            invoice("C-3", "I-3", 5, "10.00"),
            invoice("C-4", "I-4", 50, "900.00").withDisputed(true),
            invoice("C-5", "I-5", 90, "900.00"), invoice("C-1", "I-6", -3, "500.00")),
        List.of(customer("C-1", "A"), customer("C-2", "E"), customer("C-3", "C")),
        Set.of(CustomerId.of("C-3")), Set.of(CustomerId.of("C-5")), AS_OF);

    assertThat(list).extracting(e -> e.account().customerId().value())
        .containsExactly("C-3", "C-2", "C-1");
    assertThat(list).extracting(WorklistEntry::rank).containsExactly(1, 2, 3);
    assertThat(list.get(1).score().score()).isEqualByComparingTo("12000");
    assertThat(list.get(2).account().overdueAmount()).isEqualTo(Money.parse("EUR 1000.00"));
    assertThat(list.get(0).score().explanation().sentence()).isEqualTo("Broken promise to pay; "
        + "10.00 EUR overdue in 1 item(s), the oldest 5 days, risk grade C (weight 2.0).");
  }
}
