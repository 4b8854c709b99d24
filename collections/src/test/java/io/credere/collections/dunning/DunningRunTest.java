package io.credere.collections.dunning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.collections.interest.InterestRegime;
import io.credere.collections.interest.LateInterestCalculator;
import io.credere.collections.interest.TestRates;
import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class DunningRunTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
  static final CustomerId ACME = CustomerId.of("C-1");
  static final List<Customer> CUSTOMERS = List.of(Customer.builder().customerId(ACME)
      .name("Acme GmbH").currency(CurrencyUnit.EUR).build());

  static OpenItem invoice(String id, int daysOverdue, String amount) {
    Money money = Money.parse("EUR " + amount);
    LocalDate due = AS_OF.minusDays(daysOverdue);
    return OpenItem.builder().customerId(ACME).documentId(DocumentId.of(id))
        .documentType(DocumentType.INVOICE).documentDate(due.minusDays(30)).dueDate(due)
        .amount(money).openAmount(money).build();
  }

  static DunningNotice notice(int level, LocalDate date, String... documents) {
    return DunningNotice.builder().customerId(ACME).currency(CurrencyUnit.EUR).level(level)
        .date(date).addDocuments(java.util.Arrays.stream(documents).map(DocumentId::of)
            .toArray(DocumentId[]::new)).build();
  }

  private static DunningProposal only(List<DunningProposal> proposals) {
    assertThat(proposals).hasSize(1);
    return proposals.get(0);
  }

  @Test
  void first_run_sends_level_1_even_for_an_old_item_and_never_skips_a_level() {
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-2", 10, "200.00"), invoice("INV-1", 80, "300.00"),
            invoice("INV-3", -5, "999.00")),
        CUSTOMERS, List.of(), DunningExclusions.none(), AS_OF));

    assertThat(proposal.level().map(DunningLevel::level)).contains(1);
    assertThat(proposal.channel()).contains(DunningChannel.EMAIL);
    assertThat(proposal.documents()).containsExactly(DocumentId.of("INV-1"),
        DocumentId.of("INV-2"));
    assertThat(proposal.overdueAmount()).isEqualTo(Money.parse("EUR 500.00"));
    assertThat(proposal.totalClaim()).isEqualTo(Money.parse("EUR 500.00"));
    // Level 2 is due 21 days after the oldest due date (passed), and 10 days after this notice.
    assertThat(proposal.nextStepDate()).contains(LocalDate.of(2026, 11, 30));
    assertThat(proposal.explanation().toString()).isEqualTo("DUNNING_POLICY: Level 1 EMAIL for "
        + "2 overdue item(s) of 500.00 EUR, the oldest 80 days past due (no level sent before); "
        + "next step on 2026-11-30. [LEVEL_1, EMAIL] {policy=standard, customer_id=C-1, "
        + "currency=EUR, previous_level=0, level=1, overdue=EUR 500.00, max_days_overdue=80}");
  }

  @Test
  void level_3_claims_interest_and_compensation_under_the_currencys_regime() {
    // INV-1: EUR 1,000.00, 40 days overdue on 2026-11-20: due 2026-10-11; late 12 Oct - 20 Nov.
    // Basiszinssatz 1.27 (from 1 Jul 2025, carried forward) + 9 = 10.27:
    // 1000 x 10.27 x 40 / 36500 = 410,800 / 36,500 = 11.2547... -> 11.25; compensation EUR 40.
    // Next: level 4 at 49 days (2026-10-11 + 49 = 2026-11-29), later than 7 waiting days.
    DunningRun run = DunningRun.of(DunningPolicy.standard(), Map.of(CurrencyUnit.EUR,
        LateInterestCalculator.of(InterestRegime.DE_BGB, TestRates.basiszins())));
    DunningProposal proposal = only(run.propose(List.of(invoice("INV-1", 40, "1000.00")),
        CUSTOMERS, List.of(notice(2, AS_OF.minusDays(12), "INV-1")), DunningExclusions.none(),
        AS_OF));

    assertThat(proposal.level().map(DunningLevel::level)).contains(3);
    assertThat(proposal.previousLevel()).isEqualTo(2);
    assertThat(proposal.interest()).isEqualTo(Money.parse("EUR 11.25"));
    assertThat(proposal.compensation()).isEqualTo(Money.parse("EUR 40.00"));
    assertThat(proposal.totalClaim()).isEqualTo(Money.parse("EUR 1051.25"));
    assertThat(proposal.explanation().sentence()).isEqualTo("Level 3 PHONE_CALL for 1 overdue "
        + "item(s) of 1000.00 EUR, the oldest 40 days past due (level 2 sent 2026-11-08); "
        + "de-bgb interest 11.25 and compensation 40.00; next step on 2026-11-29.");
  }

  @Test
  void waits_the_levels_waiting_days_after_the_last_notice() {
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 30, "100.00")), CUSTOMERS,
        List.of(notice(1, AS_OF.minusDays(4), "INV-1")), DunningExclusions.none(), AS_OF));

    assertThat(proposal.isAction()).isFalse();
    assertThat(proposal.exclusion()).contains(ExclusionReason.WAITING);
    assertThat(proposal.nextStepDate()).contains(AS_OF.plusDays(6));
    assertThat(proposal.accountOverdue()).isEqualTo(Money.parse("EUR 100.00"));
    assertThat(proposal.explanation().sentence()).isEqualTo("Level 2 waits 10 days after the "
        + "last notice of 2026-11-16 for 1 overdue item(s) of 100.00 EUR, the oldest 30 days "
        + "past due; next step on 2026-11-26.");
  }

  @Test
  void records_disputed_promised_and_planned_items_and_dunns_the_rest() {
    OpenItem disputed = invoice("INV-1", 30, "100.00").withDisputed(true);
    DunningExclusions exclusions = DunningExclusions.builder()
        .addPromisedDocuments(DocumentId.of("INV-2"))
        .addPaymentPlanDocuments(DocumentId.of("INV-3"))
        .addDisputedDocuments(DocumentId.of("INV-4")).build();
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(disputed, invoice("INV-2", 30, "20.00"), invoice("INV-3", 30, "30.00"),
            invoice("INV-4", 30, "40.00"), invoice("INV-5", 30, "50.00")),
        CUSTOMERS, List.of(), exclusions, AS_OF));

    assertThat(proposal.documents()).containsExactly(DocumentId.of("INV-5"));
    assertThat(proposal.excludedItems()).containsExactly(
        ExcludedItem.of(DocumentId.of("INV-1"), Money.parse("EUR 100.00"), ExclusionReason.DISPUTED),
        ExcludedItem.of(DocumentId.of("INV-2"), Money.parse("EUR 20.00"),
            ExclusionReason.UNDER_PROMISE),
        ExcludedItem.of(DocumentId.of("INV-3"), Money.parse("EUR 30.00"),
            ExclusionReason.PAYMENT_PLAN),
        ExcludedItem.of(DocumentId.of("INV-4"), Money.parse("EUR 40.00"),
            ExclusionReason.DISPUTED));
    assertThat(proposal.explanation().reasonCodes()).containsExactly("LEVEL_1", "EMAIL",
        "ITEMS_EXCLUDED");
  }

  @Test
  void an_account_in_legal_escalation_gets_no_action_and_says_why() {
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 90, "100.00")), CUSTOMERS, List.of(),
        DunningExclusions.builder().addLegalEscalationCustomers(ACME).build(), AS_OF));

    assertThat(proposal.exclusion()).contains(ExclusionReason.LEGAL_ESCALATION);
    assertThat(proposal.excludedItems()).extracting(ExcludedItem::reason)
        .containsExactly(ExclusionReason.LEGAL_ESCALATION);
    assertThat(proposal.explanation().sentence()).isEqualTo("The account is excluded from "
        + "dunning (legal escalation): 1 overdue item(s) of 100.00 EUR are not dunned.");
  }

  @Test
  void an_account_below_the_minimum_is_not_dunned() {
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 9, "9.99")), CUSTOMERS, List.of(), DunningExclusions.none(),
        AS_OF));

    assertThat(proposal.exclusion()).contains(ExclusionReason.BELOW_MINIMUM);
    assertThat(proposal.explanation().sentence()).isEqualTo("The overdue amount 9.99 EUR is "
        + "below the minimum 10.00 EUR of level 1; nothing is dunned.");
  }

  @Test
  void after_the_last_level_the_account_waits_for_escalation() {
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 120, "900.00")), CUSTOMERS,
        List.of(notice(5, AS_OF.minusDays(30))), DunningExclusions.none(), AS_OF));

    assertThat(proposal.exclusion()).contains(ExclusionReason.FINAL_LEVEL_REACHED);
    assertThat(proposal.nextStepDate()).isEmpty();
  }

  @Test
  void items_not_yet_old_enough_for_level_1_wait() {
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 3, "900.00")), CUSTOMERS, List.of(), DunningExclusions.none(),
        AS_OF));

    assertThat(proposal.exclusion()).contains(ExclusionReason.WAITING);
    assertThat(proposal.nextStepDate()).contains(AS_OF.plusDays(4));
  }

  @Test
  void a_new_item_after_a_paid_one_starts_again_at_level_1() {
    // The notice of level 3 covered INV-OLD, which is no longer open: INV-NEW starts at 1.
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-NEW", 25, "100.00")), CUSTOMERS,
        List.of(notice(3, AS_OF.minusDays(60), "INV-OLD")), DunningExclusions.none(), AS_OF));

    assertThat(proposal.level().map(DunningLevel::level)).contains(1);
  }

  @Test
  void a_policy_refuses_levels_out_of_order() {
    DunningLevel one = DunningPolicy.standard().level(1);
    assertThatThrownBy(() -> DunningPolicy.builder().addLevels(one, one.withLevel(3)
        .withDaysOverdue(30)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessage("level: '3' is out of order (expected level 2: levels are numbered 1, 2, 3, "
            + "...)");
    assertThatThrownBy(() -> one.withFees(Map.of(CurrencyUnit.EUR, Money.parse("EUR -1.00"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("fee");
    assertThatThrownBy(() -> one.withFees(Map.of(CurrencyUnit.EUR, Money.parse("USD 1.00"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("listed under EUR");
  }

  static OpenItem item(String customer, String id, DocumentType type, int daysOverdue,
      String amount) {
    Money money = Money.parse(amount);
    LocalDate due = AS_OF.minusDays(daysOverdue);
    return OpenItem.builder().customerId(CustomerId.of(customer)).documentId(DocumentId.of(id))
        .documentType(type).documentDate(due.minusDays(30)).dueDate(due)
        .amount(money).openAmount(money).build();
  }

  @Test
  void a_partial_dispute_keeps_only_its_amount_out_and_the_rest_is_dunned() {
    // 300.00 of a 3,000.00 invoice 60 days overdue is disputed: 2,700.00 is still dunned.
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 60, "3000.00")), CUSTOMERS, List.of(),
        DunningExclusions.builder().putDisputedAmounts(DocumentId.of("INV-1"),
            Money.parse("EUR 300.00")).build(), AS_OF));

    assertThat(proposal.isAction()).isTrue();
    assertThat(proposal.overdueAmount()).isEqualTo(Money.parse("EUR 2700.00"));
    assertThat(proposal.coveredItems()).singleElement()
        .satisfies(i -> assertThat(i.openAmount()).isEqualTo(Money.parse("EUR 2700.00")));
    assertThat(proposal.excludedItems()).containsExactly(ExcludedItem.of(DocumentId.of("INV-1"),
        Money.parse("EUR 300.00"), ExclusionReason.DISPUTED));
    assertThat(proposal.accountOverdue()).isEqualTo(Money.parse("EUR 3000.00"));
  }

  @Test
  void a_dispute_of_the_whole_open_amount_or_more_keeps_the_document_out() {
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 60, "300.00")), CUSTOMERS, List.of(),
        DunningExclusions.builder().putDisputedAmounts(DocumentId.of("INV-1"),
            Money.parse("EUR 300.00")).build(), AS_OF));

    assertThat(proposal.exclusion()).contains(ExclusionReason.ALL_ITEMS_EXCLUDED);
    assertThat(proposal.excludedItems()).containsExactly(ExcludedItem.of(DocumentId.of("INV-1"),
        Money.parse("EUR 300.00"), ExclusionReason.DISPUTED));
  }

  @Test
  void open_credits_in_the_currency_are_listed_and_reduce_the_claim() {
    List<OpenItem> ledger = List.of(invoice("INV-1", 30, "500.00"),
        item("C-1", "CN-1", DocumentType.CREDIT_NOTE, -10, "EUR -120.00"),
        item("C-1", "PAY-1", DocumentType.PAYMENT, 5, "EUR -30.00"),
        item("C-1", "CN-USD", DocumentType.CREDIT_NOTE, 5, "USD -400.00"),
        item("C-2", "CN-2", DocumentType.CREDIT_NOTE, 5, "EUR -400.00"));
    DunningProposal proposal = DunningRun.of(DunningPolicy.standard()).propose(ledger,
        CUSTOMERS, List.of(), DunningExclusions.none(), AS_OF).get(0);

    assertThat(proposal.isAction()).isTrue();
    assertThat(proposal.credits()).extracting(i -> i.documentId().value())
        .containsExactly("PAY-1", "CN-1");
    assertThat(proposal.overdueAmount()).isEqualTo(Money.parse("EUR 500.00"));
    assertThat(proposal.creditAmount()).isEqualTo(Money.parse("EUR -150.00"));
    assertThat(proposal.claimedAmount()).isEqualTo(Money.parse("EUR 350.00"));
    assertThat(proposal.totalClaim()).isEqualTo(Money.parse("EUR 350.00"));
    assertThat(proposal.explanation().sentence()).contains("less open credits 150.00 EUR, "
        + "claimed 350.00 EUR");
  }

  @Test
  void credits_leaving_the_claim_at_or_under_the_minimum_mean_nothing_is_dunned() {
    // Level 1's minimum is EUR 10.00: 110.00 overdue less 100.00 credit leaves exactly 10.00.
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 30, "110.00"),
            item("C-1", "CN-1", DocumentType.CREDIT_NOTE, 0, "EUR -100.00")),
        CUSTOMERS, List.of(), DunningExclusions.none(), AS_OF));

    assertThat(proposal.exclusion()).contains(ExclusionReason.BELOW_MINIMUM);
    assertThat(proposal.totalClaim()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(proposal.explanation().sentence()).isEqualTo("The overdue amount 110.00 EUR "
        + "less open credits 100.00 EUR (1 credit note(s) or unapplied payment(s)) leaves "
        + "10.00 EUR, at or under the minimum 10.00 EUR of level 1; nothing is dunned.");
  }

  @Test
  void fees_and_minimums_are_money_of_the_accounts_currency_not_bare_numbers() {
    // The standard policy lists EUR 10.00 as level 1's minimum; JPY 5 is not EUR 5.00, and a
    // currency a level does not list has no minimum and no fee of its own.
    DunningLevel two = DunningPolicy.standard().level(2);
    assertThat(two.fee(CurrencyUnit.EUR)).isEqualTo(Money.parse("EUR 5.00"));
    assertThat(two.fee(CurrencyUnit.JPY)).isEqualTo(Money.zero(CurrencyUnit.JPY));
    DunningPolicy yen = DunningPolicy.builder().addLevels(DunningLevel.builder().level(1)
        .daysOverdue(7).channel(DunningChannel.LETTER)
        .putMinimums(CurrencyUnit.JPY, Money.parse("JPY 1500"))
        .putFees(CurrencyUnit.JPY, Money.parse("JPY 800"))
        .putMinimums(CurrencyUnit.EUR, Money.parse("EUR 10.00")).build()).build();
    List<Customer> customers = List.of(Customer.builder().customerId(CustomerId.of("J-1"))
        .name("Kabushiki").currency(CurrencyUnit.JPY).build());
    List<DunningProposal> run = DunningRun.of(yen).propose(List.of(
        item("J-1", "INV-J1", DocumentType.INVOICE, 20, "JPY 1400"),
        item("J-1", "INV-E1", DocumentType.INVOICE, 20, "EUR 20.00")), customers, List.of(),
        DunningExclusions.none(), AS_OF);

    assertThat(run).extracting(DunningProposal::currency)
        .containsExactly(CurrencyUnit.EUR, CurrencyUnit.JPY);
    assertThat(run.get(0).isAction()).isTrue();
    assertThat(run.get(0).fee()).isEqualTo(Money.zero(CurrencyUnit.EUR));
    assertThat(run.get(1).exclusion()).contains(ExclusionReason.BELOW_MINIMUM);
  }

  @Test
  void the_explanation_names_the_date_the_previous_level_was_sent() {
    // Level 2 was sent 2026-09-01, level 1 again on 2026-10-15: "level 2 sent 2026-09-01".
    DunningProposal proposal = only(DunningRun.of(DunningPolicy.standard()).propose(
        List.of(invoice("INV-1", 100, "900.00")), CUSTOMERS,
        List.of(notice(2, LocalDate.of(2026, 9, 1)), notice(1, LocalDate.of(2026, 10, 15))),
        DunningExclusions.none(), AS_OF));

    assertThat(proposal.level().map(DunningLevel::level)).contains(3);
    assertThat(proposal.explanation().sentence()).contains("(level 2 sent 2026-09-01, last "
        + "notice 2026-10-15)");
  }
}
