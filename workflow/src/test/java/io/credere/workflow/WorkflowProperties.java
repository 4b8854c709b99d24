package io.credere.workflow;

import static io.credere.core.testing.PropertyTesting.theory;
import static org.assertj.core.api.Assertions.assertThat;

import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.collections.dunning.ExcludedItem;
import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.promise.PromiseOutcome;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.core.money.MultiCurrencyAmount;
import io.credere.core.testing.CoreGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Where money moves between modules, nothing is created or lost and nothing crosses from one
 * customer to another (1,000 cases each, fixed seed).
 */
class WorkflowProperties {

  static final LocalDate AS_OF = CoreGenerators.BASE_DATE.plusDays(30);

  record Month(List<OpenItem> ledger, List<IncomingPayment> payments, AllocationRun run) {}

  /** A ledger and payments naming (some of) its documents, applied by the standard chain. */
  static Gen<Month> months() {
    return in -> {
      List<OpenItem> ledger = CoreGenerators.ledgers(25, 4).generate(in);
      List<IncomingPayment> payments = new ArrayList<>();
      int count = Generate.range(0, 8).generate(in);
      for (int i = 0; i < count; i++) {
        CurrencyUnit currency = CoreGenerators.currencies().generate(in);
        String remittance = "";
        Optional<CustomerId> customer = Optional.empty();
        long minor = Generate.longRange(1, 3_000_000L).generate(in);
        if (!ledger.isEmpty() && Generate.range(0, 3).generate(in) > 0) {
          OpenItem target = ledger.get(Generate.range(0, ledger.size() - 1).generate(in));
          currency = target.currency();
          remittance = target.documentId().value();
          if (target.openAmount().isPositive() && Generate.booleans().generate(in)) {
            long open = target.openAmount().getAmountMinorLong();
            minor = Math.max(1, open - Generate.longRange(0, open).generate(in));
          }
          if (Generate.booleans().generate(in)) {
            customer = Optional.of(target.customerId());
          }
        }
        payments.add(IncomingPayment.builder().paymentId(PaymentId.of("P-" + i))
            .date(AS_OF.minusDays(Generate.range(0, 20).generate(in)))
            .amount(Money.ofMinor(currency, minor)).customerId(customer)
            .remittance(remittance).build());
      }
      AllocationRun run = CashApplication.standard().apply(ledger, List.of(), payments);
      return new Month(ledger, payments, run);
    };
  }

  @Test
  void short_payment_claims_are_exactly_the_runs_short_payments() {
    theory().forAll(months()).checkAssert(month -> {
      List<ShortPaymentClaim> claims = ShortPayments.claims(month.run());
      assertThat(MultiCurrencyAmount.of(claims.stream().map(ShortPaymentClaim::shortAmount)
          .toList())).isEqualTo(month.run().total(AllocationKind.SHORT_PAYMENT));
      ShortPaymentDisputes.OpenedDisputes opened = ShortPaymentDisputes.standard()
          .open(claims, List.of());
      assertThat(opened.opened()).hasSameSizeAs(claims);
      for (int i = 0; i < claims.size(); i++) {
        Dispute dispute = opened.opened().get(i);
        assertThat(dispute.amount()).isEqualTo(claims.get(i).shortAmount());
        assertThat(dispute.customerId()).isEqualTo(claims.get(i).customerId());
        OpenItem document = month.run().ledgerAfter().stream()
            .filter(item -> item.documentId().equals(dispute.documentId())).findFirst()
            .orElseThrow();
        assertThat(document.customerId()).isEqualTo(dispute.customerId());
        assertThat(document.openAmount()).isEqualTo(dispute.amount());
      }
      // Running again on the same claims opens nothing new.
      assertThat(ShortPaymentDisputes.standard().open(claims, opened.all()).opened()).isEmpty();
    });
  }

  @Test
  void every_customers_applied_cash_is_exactly_what_the_run_attributed_to_that_customer() {
    theory().forAll(months()).checkAssert(month -> {
      CustomerPayments payments = CustomerPayments.of(month.run());
      Map<CustomerId, MultiCurrencyAmount> expected = new HashMap<>();
      for (AllocationResult result : month.run().results()) {
        result.customerId().ifPresent(customer -> expected.merge(customer,
            MultiCurrencyAmount.of(result.total(AllocationKind.ALLOCATED),
                result.total(AllocationKind.ON_ACCOUNT)), MultiCurrencyAmount::plus));
      }
      for (CustomerId customer : payments.customers()) {
        assertThat(MultiCurrencyAmount.of(payments.forCustomer(customer).stream()
            .map(AppliedPayment::amount).toList())).isEqualTo(expected.get(customer));
        for (AppliedPayment payment : payments.forCustomer(customer)) {
          AllocationResult result = month.run().findResult(payment.paymentId().orElseThrow())
              .orElseThrow();
          assertThat(result.customerId()).contains(customer);
        }
      }
      expected.forEach((customer, amount) -> {
        if (amount.toMap().values().stream().anyMatch(Money::isPositive)) {
          assertThat(payments.customers()).contains(customer);
        }
      });
    });
  }

  @Test
  void a_payment_counts_toward_one_promise_of_its_own_customer_only() {
    Gen<List<PromiseToPay>> promises = in -> {
      List<PromiseToPay> list = new ArrayList<>();
      int count = Generate.range(0, 6).generate(in);
      for (int i = 0; i < count; i++) {
        CurrencyUnit currency = CoreGenerators.currencies().generate(in);
        LocalDate made = AS_OF.minusDays(Generate.range(0, 25).generate(in));
        list.add(PromiseToPay.fromContact(CoreGenerators.customerIds(4).generate(in), made,
            Money.ofMinor(currency, Generate.longRange(1, 2_000_000L).generate(in)),
            made.plusDays(Generate.range(0, 10).generate(in)), List.of(), Optional.empty()));
      }
      return list;
    };
    theory().forAll(months(), promises).checkAssert((month, list) -> {
      CustomerPayments payments = CustomerPayments.of(month.run());
      List<PromiseOutcome> outcomes = payments.evaluateAll(list, AS_OF);
      Map<AppliedPayment, Integer> counted = new IdentityHashMap<>();
      for (int i = 0; i < list.size(); i++) {
        PromiseToPay promise = outcomes.get(i).promise();
        assertThat(promise.customerId()).isEqualTo(list.get(i).customerId());
        for (AppliedPayment payment : promise.countedPayments()) {
          assertThat(payments.forCustomer(promise.customerId())).contains(payment);
          counted.merge(payment, 1, Integer::sum);
        }
      }
      // A payment counts toward one promise only.
      assertThat(counted.values()).allMatch(n -> n == 1);
    });
  }

  record Disputed(List<OpenItem> ledger, List<Dispute> disputes, LocalDate asOf) {}

  static Gen<Disputed> disputed() {
    return in -> {
      List<OpenItem> ledger = CoreGenerators.ledgers(25, 3).generate(in);
      List<Dispute> disputes = new ArrayList<>();
      for (OpenItem item : ledger) {
        if (item.documentType().isDebit() && item.openAmount().isPositive()
            && Generate.range(0, 2).generate(in) == 0) {
          long open = item.openAmount().getAmountMinorLong();
          Dispute dispute = Dispute.open("D-" + disputes.size(), DisputeRequest.builder()
              .customerId(item.customerId()).documentId(item.documentId())
              .amount(Money.ofMinor(item.currency(),
                  Generate.longRange(1, open + open / 4 + 1).generate(in)))
              .reason(DisputeReason.PRICING).raisedOn(item.dueDate()).build(),
              DisputePolicy.standard());
          if (Generate.range(0, 4).generate(in) == 0) {
            dispute = dispute.apply(DisputeEvent.cancel(item.dueDate()));
          }
          disputes.add(dispute);
        }
      }
      return new Disputed(ledger, disputes,
          CoreGenerators.BASE_DATE.plusDays(Generate.range(0, 300).generate(in)));
    };
  }

  @Test
  void dunning_covers_exactly_the_undisputed_rest_of_each_document() {
    theory().forAll(disputed()).checkAssert(c -> {
      DunningExclusions exclusions = DunningExclusionsFlow.builder().disputes(c.disputes())
          .build();
      List<DunningProposal> run = DunningRun.of(DunningPolicy.standard()).propose(c.ledger(),
          List.of(), List.of(), exclusions, c.asOf());
      for (DunningProposal proposal : run) {
        for (OpenItem covered : proposal.coveredItems()) {
          OpenItem original = c.ledger().stream()
              .filter(i -> i.documentId().equals(covered.documentId())).findFirst()
              .orElseThrow();
          Money held = c.disputes().stream().filter(d -> d.isOpen()
              && d.documentId().equals(original.documentId())).map(Dispute::amount)
              .reduce(Money.zero(original.currency()), Money::plus);
          assertThat(covered.openAmount()).isEqualTo(original.openAmount().minus(held));
          assertThat(covered.openAmount().isPositive()).isTrue();
        }
        if (proposal.isAction()) {
          assertThat(proposal.overdueAmount().plus(Monies.sum(proposal.currency(),
              proposal.excludedItems().stream().map(ExcludedItem::openAmount).toList())))
              .isEqualTo(proposal.accountOverdue());
        }
      }
    });
  }

  @Test
  void a_resolved_dispute_posts_exactly_its_amount_and_no_document_goes_below_zero() {
    theory().forAll(disputed(), Generate.booleans()).checkAssert((c, creditNote) -> {
      List<OpenItem> ledger = c.ledger();
      Money before = null;
      for (Dispute dispute : c.disputes()) {
        if (!dispute.isOpen()) {
          continue;
        }
        OpenItem document = ledger.stream()
            .filter(i -> i.documentId().equals(dispute.documentId())).findFirst().orElseThrow();
        Money resolvedAmount = dispute.amount().isGreaterThan(document.openAmount())
            && !creditNote ? document.openAmount() : dispute.amount();
        if (!resolvedAmount.isPositive()) {
          continue;
        }
        Dispute resolved = dispute.apply(DisputeEvent.startReview(c.asOf()))
            .apply(DisputeEvent.resolve(c.asOf(), creditNote
                ? DisputeResolution.creditNote(resolvedAmount)
                : DisputeResolution.writeOff(resolvedAmount)));
        MultiCurrencyAmount openBefore = MultiCurrencyAmount.of(ledger.stream()
            .map(OpenItem::openAmount).toList());
        LedgerPosting posting = DisputePostings.posting(resolved, document,
            DocumentId.of("CN-" + dispute.disputeId()), c.asOf()).orElseThrow();
        ledger = posting.applyTo(ledger);
        MultiCurrencyAmount openAfter = MultiCurrencyAmount.of(ledger.stream()
            .map(OpenItem::openAmount).toList());
        assertThat(openAfter.plus(resolvedAmount)).isEqualTo(openBefore);
        assertThat(posting.document().openAmount().isNegative()).isFalse();
      }
    });
  }
}
