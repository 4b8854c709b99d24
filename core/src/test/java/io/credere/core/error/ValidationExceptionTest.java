package io.credere.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

  @Test
  void names_file_line_column_and_value() {
    ValidationException error = ValidationException.of("due_date", Optional.of("2026-02-30"),
        "is not a date (expected yyyy-MM-dd)")
        .at(InputPosition.of("ledger.csv", 7, "due_date"));
    assertThat(error).hasMessage(
        "ledger.csv, line 7, column due_date: '2026-02-30' is not a date (expected yyyy-MM-dd)");
    assertThat(error.field()).isEqualTo("due_date");
    assertThat(error.value()).contains("2026-02-30");
    assertThat(error.position().line()).hasValue(7);
  }

  @Test
  void names_the_field_when_the_position_has_no_column() {
    ValidationException error = ValidationException.at(InputPosition.ofLine("ledger.csv", 3),
        "open_amount", Optional.of("EUR 5.00"), "exceeds document amount EUR 1.00 for INV-1");
    assertThat(error).hasMessage("ledger.csv, line 3, field open_amount: 'EUR 5.00' exceeds "
        + "document amount EUR 1.00 for INV-1");
  }
}
