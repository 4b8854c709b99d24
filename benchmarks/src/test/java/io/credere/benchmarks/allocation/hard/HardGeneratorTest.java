package io.credere.benchmarks.allocation.hard;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.IncomingPayment;
import io.credere.core.item.OpenItem;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator itself: deterministic, and every truth consistent with the month it is for. */
class HardGeneratorTest {

  private static BankMonth month;

  @BeforeAll
  static void generate() {
    month = BankMonthGenerator.generate(11L, 2_000);
  }

  @Test
  void same_seed_gives_the_same_month_and_another_seed_another() {
    BankMonth first = BankMonthGenerator.generate(5L, 800);
    BankMonth again = BankMonthGenerator.generate(5L, 800);
    assertThat(again.ledger()).isEqualTo(first.ledger());
    assertThat(again.customers()).isEqualTo(first.customers());
    assertThat(again.payments()).isEqualTo(first.payments());
    assertThat(again.truths()).isEqualTo(first.truths());
    BankMonth other = BankMonthGenerator.generate(6L, 800);
    assertThat(other.payments()).isNotEqualTo(first.payments());
  }

  @Test
  void the_month_has_the_asked_size_and_every_situation() {
    assertThat(month.payments()).hasSize(2_000);
    Set<Situation> seen = EnumSet.noneOf(Situation.class);
    month.truths().forEach(t -> seen.add(t.situation()));
    assertThat(seen).containsExactlyInAnyOrder(Situation.values());
    long determinable = month.truths().stream().filter(Truth::determinable).count();
    assertThat(determinable).isBetween(1_300L, 1_950L);
  }

  @Test
  void every_truth_books_the_whole_payment_on_existing_documents_in_its_currency() {
    Map<String, OpenItem> ledger = new HashMap<>();
    month.ledger().forEach(i -> ledger.put(i.documentId().value(), i));
    for (int i = 0; i < month.payments().size(); i++) {
      IncomingPayment payment = month.payments().get(i);
      Truth truth = month.truths().get(i);
      for (List<Row> booking : truth.alternatives()) {
        long cash = 0;
        for (Row row : booking) {
          assertThat(row.amount().getCurrencyUnit()).as(truth.note())
              .isEqualTo(payment.currency());
          assertThat(row.amount().isPositive()).as(truth.note()).isTrue();
          if (row.isCash()) {
            cash += row.amount().getAmountMinorLong();
          }
          if (!row.documentId().isEmpty()) {
            OpenItem item = ledger.get(row.documentId());
            assertThat(item).as(truth.note()).isNotNull();
            assertThat(item.currency()).isEqualTo(payment.currency());
            assertThat(item.customerId().value()).isEqualTo(row.customerId());
          }
        }
        assertThat(cash).as(truth.paymentId() + " " + truth.note())
            .isEqualTo(payment.amount().getAmountMinorLong());
      }
    }
  }

  @Test
  void the_truth_fed_to_the_scorer_is_exact_everywhere_and_breaks_no_invariant() {
    List<List<Row>> rows = new ArrayList<>();
    month.truths().forEach(t -> rows.add(t.rows()));
    HardScorer.Report report = HardScorer.score(month, rows, Optional.empty());
    assertThat(report.violations()).isEmpty();
    HardScorer.Score total = report.total();
    assertThat(total.wrong).isZero();
    assertThat(total.wrongCustomer).isZero();
    assertThat(total.exact + total.rightAbstentions).isEqualTo(2_000);
  }

  @Test
  void the_scorer_counts_a_wrong_document_and_a_wrong_customer() {
    int index = 0;
    while (!month.truths().get(index).determinable()
        || month.truths().get(index).rows().size() != 1) {
      index++;
    }
    Truth truth = month.truths().get(index);
    Row right = truth.rows().get(0);
    OpenItem elsewhere = month.ledger().stream().filter(i -> !i.customerId().value()
        .equals(right.customerId()) && i.currency().equals(right.amount().getCurrencyUnit()))
        .findFirst().orElseThrow();
    List<List<Row>> rows = new ArrayList<>();
    month.truths().forEach(t -> rows.add(t.rows()));
    rows.set(index, List.of(Row.on(elsewhere.customerId().value(),
        elsewhere.documentId().value(), Row.ALLOCATED, right.amount())));
    HardScorer.Score score = HardScorer.score(month, rows, Optional.empty()).bySituation()
        .get(truth.situation());
    assertThat(score.wrong).isEqualTo(1);
    assertThat(score.wrongCustomer).isEqualTo(1);
  }
}
