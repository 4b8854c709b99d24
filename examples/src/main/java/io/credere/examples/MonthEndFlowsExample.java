package io.credere.examples;

import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.IncomingPayment;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.collections.promise.PromiseOutcome;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.OpenItem;
import io.credere.core.terms.PaymentTerms;
import io.credere.scoring.CreditCheck;
import io.credere.scoring.CreditCheckResult;
import io.credere.scoring.CreditDesk;
import io.credere.scoring.CreditLedgerIndex;
import io.credere.scoring.ExchangeRates;
import io.credere.workflow.CustomerPayments;
import io.credere.workflow.DisputePostings;
import io.credere.workflow.DunningExclusionsFlow;
import io.credere.workflow.InvoiceTerms;
import io.credere.workflow.LedgerPosting;
import io.credere.workflow.ShortPaymentDisputes;
import io.credere.workflow.ShortPayments;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A host's month-end through the flows of {@code credere-workflow}, the way the README's
 * embedding section shows it: invoices from payment terms (due date and early-payment discount),
 * cash applied, the short payment opened as a dispute, the customer's promise evaluated with its
 * own cash only, the dunning run with the disputed amount (not the whole invoice) left out, the
 * dispute resolved by a credit note posted to the ledger, and an order checked against an
 * indexed book with exchange rates.
 */
public final class MonthEndFlowsExample {

  /** The month-end date. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

  private MonthEndFlowsExample() {}

  /** What the month-end produced. */
  public record Outcome(AllocationRun run, List<Dispute> disputes, List<PromiseOutcome> promises,
      List<DunningProposal> dunning, List<OpenItem> ledgerAfterCredit, CreditCheckResult order) {}

  /** Runs the month-end. */
  public static Outcome run() {
    // --- README example: start ---
    CustomerId acme = CustomerId.of("C-1001");
    CustomerId beta = CustomerId.of("C-1002");
    List<Customer> customers = List.of(
        Customer.builder().customerId(acme).name("Acme GmbH").currency(CurrencyUnit.EUR)
            .creditLimit(Money.parse("EUR 10000.00")).build(),
        Customer.builder().customerId(beta).name("Beta SARL").currency(CurrencyUnit.EUR)
            .creditLimit(Money.parse("EUR 5000.00")).build());
    PaymentTerms terms = PaymentTerms.parse("2/10NET30");
    List<OpenItem> ledger = List.of(
        InvoiceTerms.invoice(acme, DocumentId.of("INV-1"), LocalDate.of(2026, 8, 22),
            Money.parse("EUR 3000.00"), terms),                    // due 09-21, 60 days overdue
        InvoiceTerms.invoice(beta, DocumentId.of("INV-2"), LocalDate.of(2026, 9, 1),
            Money.parse("EUR 800.00"), terms));
    List<IncomingPayment> bank = List.of(
        IncomingPayment.builder().paymentId(PaymentId.of("P-1")).date(LocalDate.of(2026, 11, 13))
            .amount(Money.parse("EUR 2700.00")).customerId(acme)
            .remittance("INV-1 less 300.00 price difference").build(),
        IncomingPayment.builder().paymentId(PaymentId.of("P-2")).date(LocalDate.of(2026, 11, 16))
            .amount(Money.parse("EUR 400.00")).customerId(beta).remittance("on account").build());

    // 1. Cash application; its short payment opens a dispute (routed, due in 10 business days).
    AllocationRun run = CashApplication.standard().apply(ledger, customers, bank);
    List<Dispute> disputes = ShortPaymentDisputes.standard()
        .open(ShortPayments.claims(run), List.of()).all();

    // 2. Promises are evaluated with their own customer's cash only.
    PromiseToPay promise = PromiseToPay.fromContact(beta, LocalDate.of(2026, 11, 10),
        Money.parse("EUR 400.00"), LocalDate.of(2026, 11, 16), List.of(), Optional.empty());
    List<PromiseOutcome> promises = CustomerPayments.of(run)
        .evaluateAll(List.of(promise), AS_OF);

    // 3. Dunning leaves out the disputed 300.00, not the whole invoice.
    DunningExclusions exclusions = DunningExclusionsFlow.builder().disputes(disputes)
        .promiseOutcomes(promises).build();
    List<DunningProposal> dunning = DunningRun.of(DunningPolicy.standard())
        .propose(run.ledgerAfter(), customers, List.of(), exclusions, AS_OF);

    // 4. Sales grants a credit note for the price difference: the ledger change to post.
    Dispute resolved = disputes.get(0)
        .apply(DisputeEvent.startReview(LocalDate.of(2026, 11, 23)))
        .apply(DisputeEvent.resolve(LocalDate.of(2026, 11, 24),
            DisputeResolution.creditNote(Money.parse("EUR 300.00"))));
    OpenItem shortPaid = run.ledgerAfter().get(0);
    LedgerPosting posting = DisputePostings.posting(resolved, shortPaid,
        DocumentId.of("CN-1"), LocalDate.of(2026, 11, 24)).orElseThrow();
    List<OpenItem> afterCredit = posting.applyTo(run.ledgerAfter());

    // 5. A service checks orders against an index it keeps current, with the day's rates.
    CreditDesk desk = CreditDesk.of(CreditCheck.standard().withExchangeRates(ExchangeRates.of(
        Map.of(CurrencyUnit.USD, Map.of(CurrencyUnit.EUR, new BigDecimal("0.9137"))))),
        CreditLedgerIndex.of(afterCredit));
    CreditCheckResult order = desk.check(customers.get(1), Money.parse("EUR 1500.00"), AS_OF);
    // --- README example: end ---
    return new Outcome(run, disputes, promises, dunning, afterCredit, order);
  }

  /** Prints the month-end. */
  public static void main(String[] args) {
    Outcome outcome = run();
    List<String> lines = new ArrayList<>();
    outcome.disputes().forEach(d -> lines.add(d.disputeId() + " " + d.owner() + " due "
        + d.dueDate() + ": " + d.amount() + " of " + d.documentId().value()));
    outcome.promises().forEach(p -> lines.add("promise of " + p.customerId().value() + ": "
        + p.state() + ", paid " + p.paidAmount()));
    outcome.dunning().forEach(p -> lines.add("dunning " + p.customerId().value() + ": "
        + p.level().map(l -> "level " + l.level() + " for " + p.overdueAmount())
            .orElseGet(() -> "no action (" + p.exclusion().orElseThrow() + ")")));
    outcome.ledgerAfterCredit().forEach(i -> lines.add("ledger " + i.documentId().value() + " "
        + i.documentType() + " open " + i.openAmount()));
    lines.add("order of C-1002: " + outcome.order().decision() + " "
        + outcome.order().reasonCodes() + ", exposure " + outcome.order().exposure().total());
    lines.forEach(System.out::println);
  }
}
