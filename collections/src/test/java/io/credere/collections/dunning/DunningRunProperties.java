package io.credere.collections.dunning;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.collections.interest.InterestRegime;
import io.credere.collections.interest.LateInterestCalculator;
import io.credere.collections.interest.RateTable;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.core.testing.CoreGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DunningRunProperties {

  private static final RateTable FLAT = RateTable.of(Map.of(LocalDate.of(2000, 1, 1),
      new BigDecimal("2.50"), LocalDate.of(2026, 7, 1), new BigDecimal("-0.50")));
  private static final Map<CurrencyUnit, LateInterestCalculator> INTEREST = Map.of(
      CurrencyUnit.EUR, LateInterestCalculator.of(InterestRegime.DE_BGB, FLAT),
      CurrencyUnit.GBP, LateInterestCalculator.of(InterestRegime.UK_LATE_PAYMENT, FLAT),
      CurrencyUnit.JPY, LateInterestCalculator.of(InterestRegime.EU_DIRECTIVE, FLAT));

  /** One generated run: its inputs. */
  record Case(List<OpenItem> ledger, List<DunningNotice> history, DunningExclusions exclusions,
      LocalDate asOf, int maxStep) {}

  static Gen<Case> cases() {
    return in -> {
      List<OpenItem> ledger = CoreGenerators.ledgers(30, 4).generate(in);
      LocalDate asOf = CoreGenerators.BASE_DATE.plusDays(Generate.range(0, 400).generate(in));
      List<DunningNotice> history = new ArrayList<>();
      int notices = Generate.range(0, 6).generate(in);
      for (int i = 0; i < notices; i++) {
        List<DocumentId> documents = new ArrayList<>();
        for (OpenItem item : ledger) {
          if (Generate.range(0, 3).generate(in) == 0) {
            documents.add(item.documentId());
          }
        }
        history.add(DunningNotice.builder()
            .customerId(CoreGenerators.customerIds(4).generate(in))
            .currency(CoreGenerators.currencies().generate(in))
            .level(Generate.range(1, 7).generate(in))
            .date(asOf.minusDays(Generate.range(-5, 60).generate(in)))
            .addAllDocuments(documents).build());
      }
      DunningExclusions.Builder exclusions = DunningExclusions.builder();
      for (OpenItem item : ledger) {
        int pick = Generate.range(0, 12).generate(in);
        if (pick == 0) {
          exclusions.addDisputedDocuments(item.documentId());
        } else if (pick == 1) {
          exclusions.addPromisedDocuments(item.documentId());
        } else if (pick == 2) {
          exclusions.addPaymentPlanDocuments(item.documentId());
        } else if ((pick == 3 || pick == 4) && item.documentType().isDebit()
            && item.openAmount().isPositive()) {
          long open = item.openAmount().getAmountMinorLong();
          exclusions.putDisputedAmounts(item.documentId(), org.joda.money.Money.ofMinor(
              item.currency(), Generate.longRange(1, open + 5).generate(in)));
        }
      }
      for (int c = 0; c < 4; c++) {
        int pick = Generate.range(0, 15).generate(in);
        CustomerId id = CustomerId.of("C-" + c);
        if (pick == 0) {
          exclusions.addLegalEscalationCustomers(id);
        } else if (pick == 1) {
          exclusions.addPaymentPlanCustomers(id);
        } else if (pick == 2) {
          exclusions.addPromisedCustomers(id);
        }
      }
      return new Case(ledger, history, exclusions.build(), asOf, Generate.range(1, 3).generate(in));
    };
  }

  private static List<DunningProposal> run(Case c) {
    DunningPolicy policy = DunningPolicy.copyOf(DunningPolicy.standard())
        .withMaxLevelStep(c.maxStep());
    return DunningRun.of(policy, INTEREST).propose(c.ledger(), List.<Customer>of(), c.history(),
        c.exclusions(), c.asOf());
  }

  @Test
  void covered_amount_is_the_sum_of_the_covered_documents_open_amounts() {
    theory().forAll(cases()).checkAssert(c -> {
      for (DunningProposal proposal : run(c)) {
        assertThat(proposal.overdueAmount()).isEqualTo(Monies.sum(proposal.currency(),
            proposal.coveredItems().stream().map(OpenItem::openAmount).toList()));
        assertThat(proposal.totalClaim()).isEqualTo(proposal.overdueAmount()
            .plus(proposal.creditAmount()).plus(proposal.fee()).plus(proposal.interest())
            .plus(proposal.compensation()));
        assertThat(proposal.creditAmount()).isEqualTo(Monies.sum(proposal.currency(),
            proposal.credits().stream().map(OpenItem::openAmount).toList()));
        for (OpenItem credit : proposal.credits()) {
          assertThat(credit.customerId()).isEqualTo(proposal.customerId());
          assertThat(credit.currency()).isEqualTo(proposal.currency());
          assertThat(credit.openAmount().isNegative()).isTrue();
        }
        if (proposal.isAction()) {
          // Nothing of the account's overdue amount is created or lost: covered + left out.
          assertThat(proposal.overdueAmount().plus(Monies.sum(proposal.currency(),
              proposal.excludedItems().stream().map(ExcludedItem::openAmount).toList())))
              .isEqualTo(proposal.accountOverdue());
          assertThat(proposal.claimedAmount().isGreaterThan(
              proposal.level().orElseThrow().minimum(proposal.currency()))
              || proposal.credits().isEmpty()).isTrue();
        }
        assertThat(proposal.interest().isNegative()).isFalse();
      }
    });
  }

  @Test
  void no_disputed_or_excluded_item_is_ever_covered_and_every_exclusion_is_recorded() {
    theory().forAll(cases()).checkAssert(c -> {
      DunningExclusions ex = c.exclusions();
      Set<CustomerId> excludedAccounts = new HashSet<>(ex.legalEscalationCustomers());
      excludedAccounts.addAll(ex.paymentPlanCustomers());
      excludedAccounts.addAll(ex.promisedCustomers());
      for (DunningProposal proposal : run(c)) {
        Set<DocumentId> recorded = proposal.excludedItems().stream()
            .map(ExcludedItem::documentId).collect(Collectors.toSet());
        for (OpenItem item : proposal.coveredItems()) {
          assertThat(item.isDisputed()).isFalse();
          assertThat(ex.disputedDocuments()).doesNotContain(item.documentId());
          assertThat(ex.promisedDocuments()).doesNotContain(item.documentId());
          assertThat(ex.paymentPlanDocuments()).doesNotContain(item.documentId());
          assertThat(excludedAccounts).doesNotContain(item.customerId());
          assertThat(item.isOverdue(c.asOf())).isTrue();
          assertThat(item.customerId()).isEqualTo(proposal.customerId());
          assertThat(item.currency()).isEqualTo(proposal.currency());
          if (ex.disputedAmounts().containsKey(item.documentId())) {
            // A partly disputed item: covered for its undisputed rest only.
            OpenItem original = c.ledger().stream()
                .filter(i -> i.documentId().equals(item.documentId())).findFirst().orElseThrow();
            assertThat(item.openAmount().plus(ex.disputedAmounts().get(item.documentId())))
                .isEqualTo(original.openAmount());
          } else {
            assertThat(recorded).doesNotContain(item.documentId());
          }
        }
        for (OpenItem item : c.ledger()) {
          boolean mine = item.customerId().equals(proposal.customerId())
              && item.currency().equals(proposal.currency()) && item.isOverdue(c.asOf());
          boolean excluded = item.isDisputed() || ex.disputedDocuments().contains(item.documentId())
              || ex.disputedAmounts().containsKey(item.documentId())
              || ex.promisedDocuments().contains(item.documentId())
              || ex.paymentPlanDocuments().contains(item.documentId())
              || excludedAccounts.contains(item.customerId());
          if (mine && excluded) {
            assertThat(recorded).as("exclusion of %s recorded", item.documentId())
                .contains(item.documentId());
          }
        }
      }
    });
  }

  @Test
  void every_account_with_an_overdue_item_gets_exactly_one_proposal() {
    theory().forAll(cases()).checkAssert(c -> {
      Set<String> expected = c.ledger().stream().filter(i -> i.isOverdue(c.asOf()))
          .map(i -> i.customerId().value() + "/" + i.currency()).collect(Collectors.toSet());
      List<String> actual = run(c).stream()
          .map(p -> p.customerId().value() + "/" + p.currency()).toList();
      assertThat(actual).doesNotHaveDuplicates();
      assertThat(Set.copyOf(actual)).isEqualTo(expected);
    });
  }

  @Test
  void is_deterministic_whatever_the_input_order() {
    theory().forAll(cases()).checkAssert(c -> {
      List<OpenItem> reversed = new ArrayList<>(c.ledger());
      Collections.reverse(reversed);
      List<DunningNotice> history = new ArrayList<>(c.history());
      Collections.reverse(history);
      assertThat(run(new Case(reversed, history, c.exclusions(), c.asOf(), c.maxStep())))
          .isEqualTo(run(c));
    });
  }

  @Test
  void levels_never_advance_more_than_the_policy_allows() {
    theory().forAll(cases()).checkAssert(c -> {
      for (DunningProposal proposal : run(c)) {
        int highestSent = c.history().stream()
            .filter(n -> n.customerId().equals(proposal.customerId())
                && n.currency().equals(proposal.currency()) && !n.date().isAfter(c.asOf()))
            .mapToInt(DunningNotice::level).max().orElse(0);
        proposal.level().ifPresent(level -> {
          assertThat(level.level()).isLessThanOrEqualTo(highestSent + c.maxStep());
          assertThat(level.level()).isLessThanOrEqualTo(proposal.previousLevel() + c.maxStep());
          assertThat(level.level()).isGreaterThan(proposal.previousLevel());
        });
      }
    });
  }
}
