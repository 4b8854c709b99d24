package io.credere.aging;

import static io.credere.aging.AgingTestData.AS_OF;
import static io.credere.aging.AgingTestData.invoice;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.AmountRangeException;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sums beyond what a {@code long} of minor units holds (issue 16, defect 8): many items at the
 * contract's 10^15 limit for one customer end in a documented {@link AmountRangeException}
 * naming the currency, never a bare {@link ArithmeticException}, on every aging path.
 */
class AgingOverflowTest {

  private static List<OpenItem> hugeLedger() {
    List<OpenItem> items = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      items.add(invoice("C-1", "I-" + i, 40, "EUR 1000000000000000.00"));
    }
    return items;
  }

  @Test
  void object_path_reports_the_overflowing_currency() {
    assertThatThrownBy(() -> AgingReport.of(AgingPolicy.of(AS_OF), hugeLedger()))
        .isInstanceOf(AmountRangeException.class)
        .hasMessageContaining("EUR");
  }

  @Test
  void columnar_path_reports_the_customer_and_currency() {
    ColumnarLedger ledger = ColumnarLedger.of(hugeLedger());
    assertThatThrownBy(() -> ledger.age(AgingPolicy.of(AS_OF)))
        .isInstanceOf(AmountRangeException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("C-1");
  }
}
