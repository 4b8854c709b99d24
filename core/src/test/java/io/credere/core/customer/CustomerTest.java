package io.credere.core.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.terms.PaymentTerms;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class CustomerTest {

  private static Customer.Builder acme() {
    return Customer.builder().customerId(CustomerId.of("C-1")).name(" Acme GmbH ")
        .currency(CurrencyUnit.EUR);
  }

  @Test
  void normalises_name_and_bank_accounts() {
    Customer customer = acme().addBankAccounts("de89 3704 0044 0532 0130 00", "").build();
    assertThat(customer.name()).isEqualTo("Acme GmbH");
    assertThat(customer.bankAccounts()).containsExactly("DE89370400440532013000");
    assertThat(customer.hasBankAccount("DE89-3704-0044-0532-0130-00")).isTrue();
    assertThat(customer.hasBankAccount("DE00")).isFalse();
  }

  @Test
  void defaults_to_no_limit_no_hold_and_zero_open_orders() {
    Customer customer = acme().paymentTerms(PaymentTerms.NET_30).build();
    assertThat(customer.creditLimit()).isEmpty();
    assertThat(customer.isOnCreditHold()).isFalse();
    assertThat(customer.openOrders()).isEqualTo(Money.zero(CurrencyUnit.EUR));
    assertThat(customer.paymentTerms()).contains(PaymentTerms.NET_30);
  }

  @Test
  void rejects_a_limit_in_another_currency_or_negative() {
    assertThatThrownBy(() -> acme().creditLimit(Money.parse("USD 10.00")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("credit_limit: 'USD 10.00' is not in the account currency EUR of C-1");
    assertThatThrownBy(() -> acme().creditLimit(Money.parse("EUR -1.00")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("credit_limit: 'EUR -1.00' must not be negative for C-1");
  }

  @Test
  void refuses_a_credit_limit_beyond_ten_to_the_fifteen() {
    assertThatThrownBy(() -> acme()
        .creditLimit(Money.parse("EUR 1000000000000000.01")).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("credit_limit: 'EUR 1000000000000000.01' is beyond the supported range for"
            + " C-1 (amounts up to 10^15 in absolute value)");
  }
}
