package io.credere.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void trims_and_compares_by_code_point() {
    assertThat(CustomerId.of("  C-10 ")).isEqualTo(CustomerId.of("C-10"))
        .hasToString("C-10");
    assertThat(CustomerId.of("C-10").compareTo(CustomerId.of("C-9"))).isNegative();
    assertThat(CustomerId.of("B").compareTo(CustomerId.of("a"))).isNegative();
  }

  @Test
  void ids_of_different_kinds_are_never_equal() {
    assertThat((Object) DocumentId.of("X-1")).isNotEqualTo(PaymentId.of("X-1"));
  }

  @Test
  void rejects_blank_and_null_naming_the_argument() {
    assertThatThrownBy(() -> DocumentId.of("   ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Argument 'documentId' must not be blank");
    assertThatThrownBy(() -> PaymentId.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("Argument 'paymentId' must not be null");
  }
}
