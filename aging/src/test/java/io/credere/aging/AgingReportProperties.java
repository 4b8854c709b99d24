package io.credere.aging;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import io.credere.core.testing.CoreGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Merge laws, partitions, conservation and the columnar path, over generated ledgers. */
class AgingReportProperties {

  private static Gen<List<OpenItem>> ledgers() {
    return CoreGenerators.ledgers(40, 8);
  }

  /** Any as-of date, standard or custom boundaries, either basis, credits netted or not. */
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

  /** A partition label per item: which of k parts it goes to. */
  private static List<List<OpenItem>> partition(List<OpenItem> items, int[] labels, int parts) {
    List<List<OpenItem>> result = new ArrayList<>();
    IntStream.range(0, parts).forEach(i -> result.add(new ArrayList<>()));
    for (int i = 0; i < items.size(); i++) {
      result.get(labels[i % labels.length] % parts).add(items.get(i));
    }
    return result;
  }

  private static Gen<int[]> labels() {
    return Generate.intArrays(Generate.range(1, 40), Generate.range(0, 1000));
  }

  @Test
  void merge_is_commutative() {
    theory().forAll(ledgers(), ledgers(), policies()).check((a, b, policy) ->
        AgingReport.of(policy, a).merge(AgingReport.of(policy, b))
            .equals(AgingReport.of(policy, b).merge(AgingReport.of(policy, a))));
  }

  @Test
  void merge_is_associative() {
    theory().forAll(ledgers(), ledgers(), ledgers(), policies()).check((a, b, c, policy) -> {
      AgingReport ra = AgingReport.of(policy, a);
      AgingReport rb = AgingReport.of(policy, b);
      AgingReport rc = AgingReport.of(policy, c);
      return ra.merge(rb).merge(rc).equals(ra.merge(rb.merge(rc)));
    });
  }

  @Test
  void merge_of_partitions_equals_the_report_of_the_whole() {
    theory().forAll(ledgers(), policies(), labels(), Generate.range(1, 5))
        .check((ledger, policy, labels, parts) -> {
          AgingReport merged = AgingReport.empty(policy);
          for (List<OpenItem> part : partition(ledger, labels, parts)) {
            merged = merged.merge(AgingReport.of(policy, part));
          }
          return merged.equals(AgingReport.of(policy, ledger));
        });
  }

  @Test
  void buckets_and_credits_sum_to_the_open_balance() {
    theory().forAll(ledgers(), policies()).checkAssert((ledger, policy) -> {
      AgingReport report = AgingReport.of(policy, ledger);
      Map<String, Money> open = new HashMap<>();
      Map<CurrencyUnit, Money> perCurrency = new HashMap<>();
      for (OpenItem item : ledger) {
        if (!item.isSettled()) {
          open.merge(item.customerId() + " " + item.currency(), item.openAmount(), Money::plus);
          perCurrency.merge(item.currency(), item.openAmount(), Money::plus);
        }
      }
      assertThat(report.size()).isEqualTo(open.size());
      for (AgingRow row : report.rows()) {
        Money sum = row.unappliedCredits();
        for (Money bucket : row.buckets()) {
          sum = sum.plus(bucket);
        }
        assertThat(sum).isEqualTo(open.get(row.customerId() + " " + row.currency()))
            .isEqualTo(row.total());
        if (policy.isNetCredits()) {
          assertThat(row.unappliedCredits().isZero()).isTrue();
        } else {
          assertThat(row.unappliedCredits().isPositive()).isFalse();
          row.buckets().forEach(b -> assertThat(b.isNegative()).isFalse());
        }
      }
      for (AgingBalance total : report.currencyTotals()) {
        assertThat(total.total()).isEqualTo(perCurrency.get(total.currency()));
      }
      assertThat(report.currencies()).containsExactlyInAnyOrderElementsOf(perCurrency.keySet());
    });
  }

  @Test
  void every_item_lands_in_the_bucket_its_explanation_names() {
    theory().forAll(ledgers(), policies()).checkAssert((ledger, policy) -> {
      for (OpenItem item : ledger) {
        AgedItem aged = AgingReport.explain(item, policy);
        AgingReport single = AgingReport.of(policy, List.of(item));
        if (item.isSettled()) {
          assertThat(single.isEmpty()).isTrue();
          continue;
        }
        AgingRow row = single.rows().get(0);
        int column = aged.bucket().orElse(policy.buckets().size());
        List<Money> all = new ArrayList<>(row.buckets());
        all.add(row.unappliedCredits());
        for (int k = 0; k < all.size(); k++) {
          assertThat(all.get(k)).isEqualTo(k == column ? item.openAmount()
              : Money.zero(item.currency()));
        }
      }
    });
  }

  @Test
  void columnar_path_gives_the_same_report_as_the_object_path() {
    theory().forAll(ledgers(), policies()).check((ledger, policy) ->
        ColumnarLedger.of(ledger).age(policy).equals(AgingReport.of(policy, ledger)));
  }

  @Test
  void columnar_path_does_not_depend_on_the_order_items_are_added() {
    theory().forAll(ledgers(), policies()).check((ledger, policy) -> {
      List<OpenItem> reversed = new ArrayList<>(ledger);
      Collections.reverse(reversed);
      ColumnarLedger columnar = ColumnarLedger.of(reversed);
      return columnar.age(policy).equals(AgingReport.of(policy, ledger))
          && columnar.groupCount() == ledger.stream()
              .map(item -> item.customerId().value() + " " + item.currency()).distinct().count();
    });
  }

  @Test
  void parallel_collection_equals_sequential() {
    theory().forAll(ledgers(), policies()).check((ledger, policy) ->
        ledger.parallelStream().collect(AgingReport.collector(policy))
            .equals(AgingReport.of(policy, ledger)));
  }

  @Test
  void rows_are_sorted_by_customer_then_currency() {
    theory().forAll(ledgers(), policies()).checkAssert((ledger, policy) -> {
      List<AgingRow> rows = AgingReport.of(policy, ledger).rows();
      for (int i = 1; i < rows.size(); i++) {
        CustomerId a = rows.get(i - 1).customerId();
        CustomerId b = rows.get(i).customerId();
        int order = a.value().compareTo(b.value());
        assertThat(order < 0 || order == 0 && rows.get(i - 1).currency().getCode()
            .compareTo(rows.get(i).currency().getCode()) < 0).isTrue();
      }
    });
  }

  @Test
  void dates_far_from_the_as_of_date_still_age() {
    AgingPolicy policy = AgingPolicy.of(LocalDate.of(2026, 6, 30));
    theory().forAll(ledgers()).check(ledger ->
        AgingReport.of(policy, ledger).equals(ColumnarLedger.of(ledger).age(policy)));
  }
}
