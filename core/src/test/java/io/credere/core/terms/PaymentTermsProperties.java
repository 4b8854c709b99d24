package io.credere.core.terms;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.testing.CoreGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class PaymentTermsProperties {

  @Test
  void text_form_round_trips() {
    theory().forAll(CoreGenerators.paymentTerms()).checkAssert(terms ->
        assertThat(PaymentTerms.parse(terms.toString())).isEqualTo(terms));
  }

  @Test
  void due_date_is_never_before_the_document_date() {
    theory().forAll(CoreGenerators.paymentTerms(), CoreGenerators.dates(),
        Generate.enumValues(RollConvention.class)).checkAssert((terms, date, convention) -> {
          assertThat(terms.dueDate(date)).isAfterOrEqualTo(date);
          assertThat(terms.dueDate(date, BusinessCalendars.weekends(), convention))
              .isAfterOrEqualTo(date);
          terms.discountDate(date).ifPresent(discountDate -> {
            assertThat(discountDate).isAfterOrEqualTo(date);
            if (!terms.isEndOfMonth()) {
              assertThat(discountDate).isBeforeOrEqualTo(terms.dueDate(date));
            }
          });
        });
  }
}
