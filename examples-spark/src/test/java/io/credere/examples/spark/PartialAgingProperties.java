package io.credere.examples.spark;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.aging.AgingBasis;
import io.credere.aging.AgingBuckets;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.ItemDating;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The wire form of a partial report: what arrives is the report that was sent, exactly. */
class PartialAgingProperties {

  private static Gen<AgingPolicy> policies() {
    Gen<int[]> boundaries = Generate.pick(List.of(new int[] {30, 60, 90}, new int[] {1},
        new int[] {7, 14, 21, 28}, new int[] {45, 120}, new int[] {30, 60, 90, 180, 365}));
    return in -> AgingPolicy.builder()
        .asOf(CoreGenerators.dates().generate(in))
        .buckets(AgingBuckets.of(Generate.enumValues(AgingBasis.class).generate(in),
            boundaries.generate(in)))
        .netCredits(Generate.booleans().generate(in))
        .build();
  }

  /** Java serialization, as Spark's default serializer does it. */
  private static PartialAging overTheWire(PartialAging partial) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(partial);
      }
      try (ObjectInputStream in = new ObjectInputStream(
          new ByteArrayInputStream(bytes.toByteArray()))) {
        return (PartialAging) in.readObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_partial_report_arrives_equal_to_the_report_sent() {
    theory().forAll(CoreGenerators.ledgers(40, 8), policies()).check((items, policy) -> {
      AgingReport sent = AgingReport.of(policy, items);
      AgingReport arrived = overTheWire(PartialAging.of(PolicySpec.of(policy), sent)).report();
      return arrived.equals(sent) && arrived.rows().equals(sent.rows())
          && arrived.currencyTotals().equals(sent.currencyTotals());
    });
  }

  @Test
  void partials_merged_after_the_wire_are_the_report_of_the_whole() {
    theory().forAll(CoreGenerators.ledgers(40, 8), CoreGenerators.ledgers(40, 8), policies())
        .check((a, b, policy) -> {
          PolicySpec spec = PolicySpec.of(policy);
          PartialAging merged = overTheWire(PartialAging.of(spec, AgingReport.of(policy, a)))
              .merge(overTheWire(PartialAging.of(spec, AgingReport.of(policy, b))));
          List<OpenItem> whole = new java.util.ArrayList<>(a);
          b.forEach(item -> whole.add(item.withDocumentId(
              DocumentId.of("B-" + item.documentId().value()))));
          return overTheWire(merged).report().equals(AgingReport.of(policy, whole));
        });
  }

  @Test
  void keeps_a_row_whose_items_net_to_zero_when_credits_are_netted() {
    AgingPolicy policy = AgingPolicy.builder().asOf(LocalDate.of(2026, 11, 20))
        .netCredits(true).build();
    AgingReport sent = AgingReport.of(policy, List.of(
        item("INV-1", DocumentType.INVOICE, 10_000), item("CN-1", DocumentType.CREDIT_NOTE,
            -10_000)));

    AgingReport arrived = overTheWire(PartialAging.of(PolicySpec.of(policy), sent)).report();

    assertThat(sent.size()).isEqualTo(1);
    assertThat(arrived).isEqualTo(sent);
    assertThat(arrived.rows().get(0).total()).isEqualTo(Money.zero(CurrencyUnit.EUR));
  }

  @Test
  void refuses_a_policy_with_a_dating_it_cannot_ship() {
    AgingPolicy policy = AgingPolicy.builder().asOf(LocalDate.of(2026, 11, 20))
        .dating(ItemDating.promisedDates(Map.of(DocumentId.of("INV-1"),
            LocalDate.of(2026, 12, 1))))
        .build();

    assertThatThrownBy(() -> PolicySpec.of(policy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The Spark job ages with ItemDating.standard() only");
  }

  private static OpenItem item(String id, DocumentType type, long minor) {
    Money amount = Money.ofMinor(CurrencyUnit.EUR, minor);
    return OpenItem.builder().customerId(CustomerId.of("C-1")).documentId(DocumentId.of(id))
        .documentType(type).documentDate(LocalDate.of(2026, 10, 1))
        .dueDate(LocalDate.of(2026, 10, 31)).amount(amount).openAmount(amount).build();
  }
}
