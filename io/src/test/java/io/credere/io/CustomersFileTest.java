package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.customer.Customer;
import io.credere.core.terms.PaymentTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomersFileTest {

  @TempDir
  Path dir;

  @Test
  void reads_limits_terms_hold_and_bank_accounts() throws IOException {
    Path file = Files.writeString(dir.resolve("customers.csv"),
        "customer_id,name,currency,credit_limit,payment_terms,credit_hold,open_orders,"
            + "bank_accounts\n"
            + "C-1,Acme GmbH,EUR,25000,2/10NET30,true,1200.50,DE89 3704 0044 0532 0130 00; GB29NWBK60161331926819\n"
            + "C-2,Beta Ltd,GBP,,,,,\n");
    List<Customer> customers = CustomersFile.read(file, Rejects.failFast());
    assertThat(customers.get(0).creditLimit()).contains(Money.parse("EUR 25000.00"));
    assertThat(customers.get(0).paymentTerms()).contains(PaymentTerms.parse("2/10NET30"));
    assertThat(customers.get(0).isOnCreditHold()).isTrue();
    assertThat(customers.get(0).bankAccounts()).containsExactly("DE89370400440532013000",
        "GB29NWBK60161331926819");
    assertThat(customers.get(1).creditLimit()).isEmpty();
    assertThat(customers.get(1).openOrders()).isEqualTo(Money.parse("GBP 0.00"));
  }

  @Test
  void names_the_line_of_bad_terms() throws IOException {
    Path file = Files.writeString(dir.resolve("customers.csv"),
        "customer_id,name,currency,payment_terms\nC-1,Acme,EUR,30 days\n");
    assertThatThrownBy(() -> CustomersFile.read(file, Rejects.failFast()))
        .hasMessage(file + ", line 2, column payment_terms: '30 days' is not payment terms "
            + "(expected e.g. NET30, EOM30 or 2/10NET30)");
  }
}
