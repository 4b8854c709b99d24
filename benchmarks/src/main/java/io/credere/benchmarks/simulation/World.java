package io.credere.benchmarks.simulation;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.aging.AgingRow;
import io.credere.allocation.Allocation;
import io.credere.allocation.AllocationKind;
import io.credere.allocation.AllocationPolicy;
import io.credere.allocation.AllocationResult;
import io.credere.allocation.AllocationRun;
import io.credere.allocation.CashApplication;
import io.credere.allocation.CreditNetting;
import io.credere.allocation.IncomingPayment;
import io.credere.allocation.LedgerIndex;
import io.credere.allocation.Tolerance;
import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputeEvent;
import io.credere.collections.dispute.DisputeOwner;
import io.credere.collections.dispute.DisputePolicy;
import io.credere.collections.dispute.DisputeReason;
import io.credere.collections.dispute.DisputeRequest;
import io.credere.collections.dispute.DisputeResolution;
import io.credere.collections.dispute.DisputeState;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.dunning.DunningNotice;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.collections.dunning.DunningProposal;
import io.credere.collections.dunning.DunningRun;
import io.credere.collections.escalation.CaseEvent;
import io.credere.collections.escalation.CaseStage;
import io.credere.collections.escalation.ChargeKind;
import io.credere.collections.escalation.CollectionCase;
import io.credere.collections.escalation.ContactNote;
import io.credere.collections.escalation.EscalationPolicy;
import io.credere.collections.plan.PaymentPlan;
import io.credere.collections.plan.PaymentSchedule;
import io.credere.collections.plan.PlanEvent;
import io.credere.collections.plan.PlanInterest;
import io.credere.collections.plan.PlanState;
import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.promise.PromiseOutcome;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import io.credere.collections.refund.Offset;
import io.credere.collections.refund.Refund;
import io.credere.collections.refund.RefundPlanner;
import io.credere.collections.refund.RefundPolicy;
import io.credere.collections.refund.RefundProposal;
import io.credere.collections.statemachine.IllegalTransitionException;
import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.customer.Customer;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.EarlyPaymentDiscount;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.core.terms.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The simulated company: its customers, its open-item ledger as the library leaves it, the
 * library's {@link LedgerIndex} that a host service keeps beside its ledger (built once, kept
 * current with {@code put}, {@code remove}, {@code post} and {@code unpost}, handed to
 * {@link CashApplication#apply(LedgerIndex, List)} for every bank statement), an independent
 * book of every cent (what was invoiced, credited, paid, discounted, written off, refunded, per
 * customer and currency) and the collections machines. {@link #step(Op)} runs one operation
 * through the library's public API and then checks what it touched;
 * {@link #fullCheck(boolean)} checks everything, the index against the ledger included.
 * Single-threaded, deterministic: the same seed and operations give the same run.
 */
final class World {

  /** The first day of the simulated year. */
  static final LocalDate START = LocalDate.of(2026, 1, 1);

  private static final CurrencyUnit JPY = CurrencyUnit.JPY;
  private static final String[] FIRST = {"Nordwind", "Alpenglanz", "Bergmann", "Castell",
      "Dorado", "Elbufer", "Falkner", "Gruenwald", "Hafenkai", "Isartal", "Jadestein", "Kupfer",
      "Lindner", "Moorland", "Nebelhorn", "Ostsee", "Pfalzgraf", "Quellwerk", "Rheinauen",
      "Sonnhalde"};
  private static final String[] SECOND = {"Logistik", "Maschinenbau", "Handel", "Textil",
      "Elektro", "Moebel", "Pharma", "Feinkost", "Druck", "Bau"};
  private static final String[] LEGAL = {"GmbH", "AG", "KG", "SE", "GmbH & Co. KG"};
  private static final PaymentTerms[] TERMS = {PaymentTerms.NET_30, PaymentTerms.parse("2/10NET30"),
      PaymentTerms.parse("EOM30"), PaymentTerms.net(14), PaymentTerms.parse("3/10NET45")};
  private static final int ARCHIVE_AFTER_DAYS = 30;
  private static final int REVERSIBLE_DAYS = 20;
  private static final int INDEX_WALK_EVERY = 100;
  /** Days after a plan's last due date (and grace) when a host gives up a plan still ACTIVE. */
  private static final int PLAN_GIVEN_UP_AFTER_DAYS = 90;

  /** Which customer and currency an amount belongs to. */
  record Account(CustomerId customer, CurrencyUnit currency) {}

  /** The independent book of one account, in minor units. */
  static final class Book {
    long invoiced;
    long credited;
    long cash;
    long discounts;
    long writeOffs;
    long onAccount;
    long refunded;

    /** What the ledger must hold open for the account. */
    long expectedOpen() {
      return invoiced - credited - cash - discounts - writeOffs - onAccount + refunded;
    }

    @Override
    public String toString() {
      return "invoiced " + invoiced + " - credited " + credited + " - cash " + cash
          + " - discounts " + discounts + " - write-offs " + writeOffs + " - on account/suspense "
          + onAccount + " + refunded " + refunded;
    }
  }

  /** A bank credit waiting for the next cash application, with the truth about it. */
  private record Pending(IncomingPayment payment, CustomerId truth, boolean noisy,
      Optional<String> planId) {}

  /** An applied payment that may still be reversed. */
  private static final class Applied {
    final AllocationResult result;
    final Pending pending;
    final LocalDate day;
    boolean reversed;

    Applied(AllocationResult result, Pending pending, LocalDate day) {
      this.result = result;
      this.pending = pending;
      this.day = day;
    }
  }

  /** A payment a customer means to make on a day (a promise kept, an instalment). */
  private record Intent(CustomerId customer, List<DocumentId> documents, long amount,
      Optional<String> planId, String remittance) {}

  private final Options options;
  private final Checker checker;
  private final CashApplication cashApplication;
  private final AllocationPolicy allocationPolicy;
  private final DunningRun dunning = DunningRun.of(DunningPolicy.standard());
  private final List<Customer> customers = new ArrayList<>();
  private final LedgerIndex index;
  private final Map<CustomerId, Customer> customerById = new HashMap<>();
  private final Map<CustomerId, PaymentTerms> termsOf = new HashMap<>();
  private final Map<DocumentId, OpenItem> items = new LinkedHashMap<>();
  private final Map<CustomerId, LinkedHashSet<DocumentId>> byCustomer = new LinkedHashMap<>();
  private final Map<Account, Book> books = new LinkedHashMap<>();
  private final Map<CurrencyUnit, long[]> bank = new TreeMap<>();
  private final List<Pending> statement = new ArrayList<>();
  private final ArrayDeque<Applied> recent = new ArrayDeque<>();
  /** Applied payments whose payer nobody could tell, not yet reversed or cleared: any age. */
  private final Set<Applied> suspense = new LinkedHashSet<>();
  private final TreeMap<LocalDate, List<Intent>> intents = new TreeMap<>();
  private final TreeMap<LocalDate, List<DocumentId>> settledOn = new TreeMap<>();
  private final Map<DocumentId, LocalDate> settledAt = new HashMap<>();
  private final Map<String, Dispute> disputes = new LinkedHashMap<>();
  private final Map<String, PromiseToPay> promises = new LinkedHashMap<>();
  private final Map<String, PaymentPlan> plans = new LinkedHashMap<>();
  private final Map<CustomerId, ArrayDeque<AppliedPayment>> appliedPayments = new HashMap<>();
  private final Map<Account, DunningNotice> lastNotice = new LinkedHashMap<>();
  private final EscalationPolicy escalation = EscalationPolicy.standard();
  private final Map<String, CollectionCase> cases = new LinkedHashMap<>();
  private final Map<DocumentId, String> caseOf = new HashMap<>();
  /** The cash the simulation handed each open case, in minor units: what it must account for. */
  private final Map<String, Long> caseCash = new HashMap<>();
  /**
   * The ledger's open amount (minor units) and item count per account, kept by deltas in
   * {@link #store} and {@link #drop}: what the per-step check compares to the book without
   * walking the account's history; {@link #fullCheck(boolean)} recomputes them from every item.
   */
  private final Map<Account, long[]> ledgerTotals = new HashMap<>();
  /** The accounts whose items or book the running step changed. */
  private final Set<Account> touched = new LinkedHashSet<>();
  /** The documents the running step changed in the ledger or the index. */
  private final Set<DocumentId> touchedItems = new LinkedHashSet<>();
  private final Stats stats = new Stats();
  private LocalDate today = START;
  private LocalDate lastDunning;
  private long fullChecks;
  private long sequence;

  World(long seed, Options options, Checker checker) {
    this.options = options;
    this.checker = checker;
    this.allocationPolicy = AllocationPolicy.builder()
        .tolerance(Tolerance.builder().putAmounts(CurrencyUnit.EUR, Money.parse("EUR 5.00"))
            .putAmounts(CurrencyUnit.USD, Money.parse("USD 5.00"))
            .putAmounts(JPY, Money.parse("JPY 500")).percent(BigDecimal.ONE).build())
        .build();
    this.cashApplication = CashApplication.builder().policy(allocationPolicy).build();
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed ^ 0x5DEECE66DL);
    int count = options.customers();
    for (int i = 0; i < count; i++) {
      int roll = random.nextInt(10);
      CurrencyUnit currency = roll < 7 ? CurrencyUnit.EUR : roll < 9 ? CurrencyUnit.USD : JPY;
      String name = FIRST[i % FIRST.length] + " " + SECOND[(i / FIRST.length) % SECOND.length]
          + (i >= FIRST.length * SECOND.length ? " " + i : "") + " " + LEGAL[i % LEGAL.length];
      PaymentTerms terms = TERMS[random.nextInt(TERMS.length)];
      Customer customer = Customer.builder().customerId(CustomerId.of(String.format("C-%04d", i)))
          .name(name).currency(currency).paymentTerms(terms)
          .addBankAccounts(String.format("DE%02d5005%014d", 10 + i % 89, 7_000_000L + 7919L * i))
          .build();
      customers.add(customer);
      customerById.put(customer.customerId(), customer);
      termsOf.put(customer.customerId(), terms);
    }
    this.index = LedgerIndex.of(List.of(), customers);
  }

  Stats stats() {
    return stats;
  }

  LocalDate today() {
    return today;
  }

  int openItemCount() {
    return items.size();
  }

  /** What is still being worked at the end: backlogs that must not grow with history. */
  String backlog() {
    return "open at the end: " + disputes.size() + " disputes, " + suspense.size()
        + " payments in suspense, " + promises.size() + " promises, " + plans.size()
        + " plans, " + cases.size() + " cases";
  }

  // ---------------------------------------------------------------- operations

  /** Runs one operation; a library exception is a violation, never a crash of the simulation. */
  void step(Op op) {
    touched.clear();
    touchedItems.clear();
    try {
      switch (op.kind()) {
        case NEXT_DAY -> nextDay();
        case INVOICE -> invoice(op);
        case CREDIT_NOTE -> creditNote(op);
        case PAYMENT -> payment(op);
        case CASH_APPLICATION -> cashApplication();
        case REVERSAL -> reversal(op);
        case CLEAR_SUSPENSE -> clearSuspense(op);
        case OPEN_DISPUTE -> openDispute(op);
        case WORK_DISPUTE -> workDispute(op);
        case PROMISE -> promise(op);
        case REVIEW_PROMISE -> reviewPromise(op);
        case PLAN -> plan(op);
        case REVIEW_PLAN -> reviewPlan(op);
        case DUNNING_RUN -> dunningRun();
        case WRITE_OFF -> writeOff(op);
        case OFFSET_AND_REFUND -> offsetAndRefund(op);
        case OPEN_CASE -> openCase(op);
        case WORK_CASE -> workCase(op);
        default -> throw new IllegalStateException("Unhandled " + op.kind());
      }
    } catch (RuntimeException e) {
      checker.violation("the library threw " + e.getClass().getName() + ": " + e.getMessage());
    }
    for (DocumentId id : touchedItems) {
      checkDocument(id);
    }
    for (Account account : touched) {
      checkAccount(account);
    }
  }

  private void nextDay() {
    today = today.plusDays(1);
    Map.Entry<LocalDate, List<Intent>> due;
    while ((due = intents.firstEntry()) != null && !due.getKey().isAfter(today)) {
      intents.pollFirstEntry();
      for (Intent intent : due.getValue()) {
        Customer customer = customerById.get(intent.customer());
        IncomingPayment payment = IncomingPayment.builder().paymentId(nextPaymentId())
            .date(today).amount(Monies.ofMinor(customer.currency(), intent.amount()))
            .customerId(customer.customerId()).payerName(customer.name())
            .payerAccount(customer.bankAccounts().get(0)).remittance(intent.remittance())
            .build();
        queue(new Pending(payment, customer.customerId(), false, intent.planId()));
      }
    }
    while (!settledOn.isEmpty()
        && settledOn.firstKey().isBefore(today.minusDays(ARCHIVE_AFTER_DAYS))) {
      Map.Entry<LocalDate, List<DocumentId>> settled = settledOn.pollFirstEntry();
      for (DocumentId id : settled.getValue()) {
        OpenItem item = items.get(id);
        // settled on that day and not reopened and settled again since
        if (item != null && item.isSettled() && settled.getKey().equals(settledAt.get(id))) {
          settledAt.remove(id);
          drop(id);
          checker.check(index.remove(id), () -> "archived " + id.value()
              + " was not in the index");
          stats.archived++;
        }
      }
    }
    while (!recent.isEmpty() && recent.peekFirst().day.isBefore(today.minusDays(REVERSIBLE_DAYS))) {
      recent.pollFirst();
    }
  }

  private void invoice(Op op) {
    Customer customer = customer(op);
    CurrencyUnit currency = customer.currency();
    PaymentTerms terms = termsOf.get(customer.customerId());
    // amounts from 10 to about 50,000 units, most of them small: a realistic skew
    double units = 10 * Math.pow(5000, op.b(10_000) / 10_000.0);
    long minor = Math.max(1, Math.round(units * Math.pow(10, currency.getDecimalPlaces())));
    if (currency.equals(JPY)) {
      minor *= 100;
    }
    boolean debitNote = op.c(20) == 0;
    OpenItem.Builder item = OpenItem.builder().customerId(customer.customerId())
        .documentId(DocumentId.of(String.format(debitNote ? "DN-%07d" : "INV-%07d", ++sequence)))
        .documentType(debitNote ? DocumentType.DEBIT_NOTE : DocumentType.INVOICE)
        .documentDate(today).dueDate(terms.dueDate(today))
        .amount(Monies.ofMinor(currency, minor)).openAmount(Monies.ofMinor(currency, minor));
    if (op.d(4) == 0) {
      item.reference("PO-" + (op.c() & 0xFFFFF));
    }
    if (!debitNote && terms.discountPercent().isPresent()) {
      item.discount(EarlyPaymentDiscount.of(terms.discountDate(today).get(),
          terms.discountPercent().get()));
    }
    OpenItem built = item.build();
    add(built);
    book(built).invoiced += minor;
    stats.invoices++;
  }

  private void creditNote(Op op) {
    Customer customer = customer(op);
    Optional<OpenItem> invoice = pick(customer.customerId(), op.c(), i -> i.documentType()
        .isDebit() && !i.isSettled());
    if (invoice.isEmpty()) {
      return;
    }
    long minor = Math.max(1, invoice.get().amount().getAmountMinorLong() * (5 + op.b(26)) / 100);
    issueCredit(customer.customerId(), customer.currency(), minor,
        "credit for " + invoice.get().documentId().value());
  }

  private void issueCredit(CustomerId customer, CurrencyUnit currency, long minor,
      String reference) {
    Money amount = Monies.ofMinor(currency, -minor);
    OpenItem note = OpenItem.builder().customerId(customer)
        .documentId(DocumentId.of(String.format("CN-%07d", ++sequence)))
        .documentType(DocumentType.CREDIT_NOTE).documentDate(today).dueDate(today)
        .amount(amount).openAmount(amount).reference(reference).build();
    add(note);
    book(note).credited += minor;
    stats.creditNotes++;
  }

  private void payment(Op op) {
    Customer customer = customer(op);
    CurrencyUnit currency = customer.currency();
    CustomerId id = customer.customerId();
    int scenario = op.b(100);
    List<OpenItem> open = new ArrayList<>();
    for (DocumentId doc : byCustomer.getOrDefault(id, new LinkedHashSet<>())) {
      OpenItem item = items.get(doc);
      if (item.documentType().isDebit() && !item.isSettled()) {
        open.add(item);
      }
    }
    IncomingPayment.Builder payment = IncomingPayment.builder().paymentId(nextPaymentId())
        .date(today);
    String remittance;
    long amount;
    boolean noisy = false;
    if (scenario >= 96 || open.isEmpty()) {
      // a prepayment or a payment on account: round amount, no document
      amount = (1 + op.c(50)) * 100 * (currency.equals(JPY) ? 100 : 100);
      remittance = op.d(2) == 0 ? "" : "Vorauszahlung " + customer.name();
    } else {
      int first = op.c(open.size());
      int count = scenario >= 35 && scenario < 45 ? Math.min(open.size(), 2 + op.d(2)) : 1;
      List<OpenItem> paid = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        paid.add(open.get((first + k) % open.size()));
      }
      long sum = paid.stream().mapToLong(i -> i.openAmount().getAmountMinorLong()).sum();
      amount = sum;
      if (scenario >= 45 && scenario < 52) {
        OpenItem item = paid.get(0);
        if (item.discount().isPresent() && item.discount().get().appliesOn(today)
            && item.openAmount().equals(item.amount())) {
          amount = sum - item.discount().get().amountOf(item.amount()).getAmountMinorLong();
        }
      } else if (scenario >= 52 && scenario < 60) {
        amount = sum - 1 - op.d(300);
      } else if (scenario >= 60 && scenario < 66) {
        amount = sum + 1 + op.d(5000);
      } else if (scenario >= 66 && scenario < 72) {
        amount = sum * (30 + op.d(40)) / 100;
      }
      StringBuilder refs = new StringBuilder();
      for (OpenItem item : paid) {
        String ref = item.documentId().value();
        if (scenario >= 72 && scenario < 80) {
          ref = slip(ref, op.d(1000));
          noisy = true;
        }
        refs.append(refs.length() == 0 ? "" : ", ").append(ref);
      }
      if (scenario >= 80 && scenario < 86) {
        remittance = op.d(3) == 0 ? "Zahlung" : "";
      } else if (op.d(10) == 0) {
        payment.addStructuredReferences(refs.toString().split(", "));
        remittance = "";
      } else {
        remittance = (op.d(2) == 0 ? "RE " : "Rechnung ") + refs;
      }
      if (scenario >= 86 && scenario < 92) {
        // a third party pays the customer's invoices: another name, another bank
        payment.payerName("Treuhand Factoring Bank AG").payerAccount("DE44500105170648489890");
        noisy = true;
      } else if (scenario >= 92 && scenario < 96) {
        // nobody can tell who paid
        remittance = "SEPA " + (op.c() & 0xFFFF);
        noisy = true;
      }
    }
    if (amount <= 0) {
      return;
    }
    if (scenario < 86 || scenario >= 96) {
      int noise = op.d(7);
      if (noise < 2 || scenario >= 96 || open.isEmpty()) {
        payment.customerId(id);
      }
      if (noise >= 1 && noise < 5 && scenario < 96) {
        payment.payerAccount(customer.bankAccounts().get(0));
      }
      if (noise >= 3) {
        payment.payerName(noise == 6 ? customer.name().toUpperCase(java.util.Locale.ROOT)
            : customer.name());
      }
    }
    payment.amount(Monies.ofMinor(currency, amount)).remittance(remittance);
    queue(new Pending(payment.build(), id, noisy, Optional.empty()));
  }

  private void queue(Pending pending) {
    statement.add(pending);
    long[] totals = bank.computeIfAbsent(pending.payment().currency(), c -> new long[2]);
    totals[0] += pending.payment().amount().getAmountMinorLong();
    stats.payments++;
  }

  private void cashApplication() {
    if (statement.isEmpty()) {
      return;
    }
    List<Pending> batch = new ArrayList<>(statement);
    statement.clear();
    List<IncomingPayment> payments = batch.stream().map(Pending::payment).toList();
    AllocationRun run = cashApplication.apply(index, payments);
    stats.cashRuns++;
    checker.check(run.results().size() == batch.size(),
        () -> "cash application returned " + run.results().size() + " results for "
            + batch.size() + " payments");
    book(run);
    for (int i = 0; i < run.results().size(); i++) {
      AllocationResult result = run.results().get(i);
      Pending pending = batch.get(i);
      checkResult(result, pending);
      post(result, 1);
      remember(new Applied(result, pending, today));
      feedCollections(result, pending);
    }
    if (options.fault() == Options.Fault.DROP_A_MINOR_UNIT_IN_CASH_APPLICATION) {
      for (AllocationResult result : run.results()) {
        for (Allocation line : result.lines()) {
          OpenItem item = line.documentId().map(items::get).orElse(null);
          if (line.kind() == AllocationKind.ALLOCATED && item != null
              && item.openAmount().getAmountMinorLong() > 1) {
            // the planted bug: a write-back that loses one minor unit
            put(item.withOpenAmount(item.openAmount().minusMinor(1)));
            return;
          }
        }
      }
    }
  }

  /**
   * Books a run as a host does: the index takes it with {@link LedgerIndex#post}, the ledger
   * takes the items the run says it changed or created ({@link AllocationRun#changes()}); the
   * checks then compare the two.
   */
  private void book(AllocationRun run) {
    index.post(run);
    run.results().forEach(this::touch);
    for (OpenItem item : run.changes()) {
      record(item);
    }
  }

  /**
   * Marks every document a payment's booking changes in the index (its lines' and nettings'
   * documents, its on-account or unapplied item), so this step compares each with the ledger:
   * one the index changed and the ledger did not is caught here, not at the next whole check.
   */
  private void touch(AllocationResult result) {
    result.lines().forEach(line -> line.documentId().ifPresent(touchedItems::add));
    result.nettings().forEach(netting -> {
      touchedItems.add(netting.creditNote());
      touchedItems.add(netting.debitDocument());
    });
    result.unappliedItem().ifPresent(item -> touchedItems.add(item.documentId()));
  }

  private void checkResult(AllocationResult result, Pending pending) {
    IncomingPayment payment = result.payment();
    long cash = 0;
    for (Allocation line : result.lines()) {
      explained(line.explanation(), () -> "allocation line " + line.kind() + " of "
          + payment.paymentId().value());
      checker.check(line.amount().getCurrencyUnit().equals(payment.currency()),
          () -> line + " is not in the payment currency");
      if (line.kind().isCash()) {
        cash += line.amount().getAmountMinorLong();
      }
      if (line.documentId().isPresent()) {
        OpenItem item = items.get(line.documentId().get());
        checker.check(item != null, () -> line.kind() + " line names " + line.documentId().get()
            + ", which is not in the ledger");
        if (item == null) {
          continue;
        }
        checker.check(line.customerId().equals(Optional.of(item.customerId())),
            () -> line.kind() + " line of " + payment.paymentId().value() + " names customer "
                + line.customerId() + " but " + item.documentId().value() + " is "
                + item.customerId().value() + "'s");
        checker.check(item.currency().equals(payment.currency()),
            () -> payment.paymentId().value() + " applied across currencies to " + item);
        if (line.kind() == AllocationKind.DISCOUNT) {
          checker.check(item.discount().isPresent() && !payment.date().isAfter(item.discount()
              .get().lastDate().plusDays(allocationPolicy.discountGraceDays()))
              && !line.amount().isGreaterThan(item.discount().get().amountOf(item.amount())),
              () -> "discount " + line.amount() + " on " + item + " paid " + payment.date()
                  + " is not earned");
        }
        if (line.kind() == AllocationKind.WRITE_OFF) {
          checker.check(!line.amount().isGreaterThan(allocationPolicy.tolerance()
              .limitFor(item.amount())), () -> "write-off " + line.amount() + " on " + item
              + " exceeds the tolerance");
        }
        if (line.kind() == AllocationKind.ALLOCATED && !pending.noisy()
            && pending.planId().isEmpty() && !item.customerId().equals(pending.truth())) {
          checker.violation(payment.paymentId().value() + " of " + pending.truth().value()
              + " with a clean remittance was applied to " + item.customerId().value() + "'s "
              + item.documentId().value() + " (a wrong match)");
        }
        if (line.kind() == AllocationKind.ALLOCATED && !item.customerId().equals(pending.truth())) {
          stats.wrongMatches++;
        }
      }
    }
    long total = cash;
    checker.check(total == payment.amount().getAmountMinorLong(),
        () -> "cash lines of " + payment.paymentId().value() + " sum to " + total + " minor units,"
            + " not the payment's " + payment.amount());
    for (CreditNetting netting : result.nettings()) {
      OpenItem note = items.get(netting.creditNote());
      OpenItem debit = items.get(netting.debitDocument());
      checker.check(note != null && debit != null && note.customerId().equals(debit.customerId()),
          () -> "netting " + netting + " crosses customers or names unknown documents");
    }
    result.unappliedItem().ifPresent(item -> checker.check(
        item.openAmount().negated().equals(result.total(AllocationKind.ON_ACCOUNT)
            .plus(result.total(AllocationKind.UNAPPLIED))),
        () -> "the on-account item " + item + " does not hold the cash left of "
            + payment.paymentId().value()));
  }

  /** Books (sign 1) or un-books (sign -1) a payment's lines. */
  private void post(AllocationResult result, int sign) {
    CurrencyUnit currency = result.payment().currency();
    for (Allocation line : result.lines()) {
      long minor = sign * line.amount().getAmountMinorLong();
      CustomerId customer = line.customerId().orElse(allocationPolicy.suspenseAccount());
      Book book = book(new Account(customer, currency));
      switch (line.kind()) {
        case ALLOCATED -> book.cash += minor;
        case DISCOUNT -> book.discounts += minor;
        case WRITE_OFF -> book.writeOffs += minor;
        case ON_ACCOUNT, UNAPPLIED -> book.onAccount += minor;
        default -> { }
      }
      if (line.kind() == AllocationKind.ALLOCATED && sign > 0) {
        stats.allocated++;
      } else if (line.kind() == AllocationKind.UNAPPLIED && sign > 0) {
        stats.suspense++;
      } else if (line.kind() == AllocationKind.ON_ACCOUNT && sign > 0) {
        stats.onAccount++;
      } else if (line.kind() == AllocationKind.DISCOUNT && sign > 0) {
        stats.discounts++;
      } else if (line.kind() == AllocationKind.WRITE_OFF && sign > 0) {
        stats.smallWriteOffs++;
      }
    }
  }

  /** Tells promises and plans about the cash a customer's documents received. */
  private void feedCollections(AllocationResult result, Pending pending) {
    Map<CustomerId, List<Allocation>> byCustomerLines = new LinkedHashMap<>();
    for (Allocation line : result.lines()) {
      if (line.kind() == AllocationKind.ALLOCATED) {
        byCustomerLines.computeIfAbsent(line.customerId().get(), c -> new ArrayList<>())
            .add(line);
      }
    }
    byCustomerLines.forEach((customer, lines) -> {
      Money sum = Monies.sum(lines.stream().map(Allocation::amount).toList());
      AppliedPayment applied = AppliedPayment.builder().date(result.payment().date())
          .amount(sum).addAllDocuments(lines.stream().map(l -> l.documentId().get()).toList())
          .paymentId(result.payment().paymentId()).build();
      ArrayDeque<AppliedPayment> history = appliedPayments.computeIfAbsent(customer,
          c -> new ArrayDeque<>());
      history.addLast(applied);
      if (history.size() > 32) {
        history.pollFirst();
      }
    });
    feedCases(result);
    if (pending.planId().isPresent()) {
      PaymentPlan plan = plans.get(pending.planId().get());
      if (plan != null && plan.state() == PlanState.ACTIVE
          && plan.schedule().currency().equals(result.payment().currency())) {
        PaymentPlan next = plan.apply(PlanEvent.payment(AppliedPayment.builder()
            .date(result.payment().date()).amount(result.payment().amount())
            .paymentId(result.payment().paymentId()).build()));
        checkMachine("plan " + plan.planId(), PaymentPlan.TRANSITIONS, PlanState.PROPOSED,
            next.state(), next.history());
        plans.put(plan.planId(), next);
      }
    }
  }

  private void reversal(Op op) {
    if (recent.isEmpty()) {
      return;
    }
    Applied applied = nth(recent, op.a(recent.size()));
    if (applied.reversed) {
      return;
    }
    if (!reverse(applied)) {
      return;
    }
    long[] totals = bank.get(applied.result.payment().currency());
    totals[1] += applied.result.payment().amount().getAmountMinorLong();
    stats.reversals++;
  }

  /** A payment just applied: reversible for a while, and worked from suspense until cleared. */
  private void remember(Applied applied) {
    recent.addLast(applied);
    if (applied.result.customerId().isEmpty()) {
      suspense.add(applied);
    }
  }

  /** Un-applies a payment through the library; false when the guard refuses it. */
  private boolean reverse(Applied applied) {
    AllocationResult result = applied.result;
    Optional<OpenItem> created = result.unappliedItem();
    if (created.isPresent() && !options.reverseConsumedCash()) {
      OpenItem now = items.get(created.get().documentId());
      if (now == null || !now.openAmount().equals(created.get().openAmount())) {
        // The on-account cash was offset or refunded since: CashApplication.reverse would drop
        // the item and lose what was taken from it (see the report). Not reversed.
        stats.reversalsRefused++;
        return false;
      }
    }
    Set<DocumentId> concerned = new LinkedHashSet<>();
    result.lines().forEach(line -> line.documentId().ifPresent(concerned::add));
    result.nettings().forEach(n -> {
      concerned.add(n.creditNote());
      concerned.add(n.debitDocument());
    });
    created.ifPresent(item -> concerned.add(item.documentId()));
    List<OpenItem> before = new ArrayList<>();
    for (DocumentId id : concerned) {
      OpenItem item = items.get(id);
      if (item != null) {
        before.add(item);
      }
    }
    List<OpenItem> after = CashApplication.reverse(before, result);
    index.unpost(result);
    touchedItems.addAll(concerned);
    Set<DocumentId> kept = new HashSet<>();
    for (OpenItem item : after) {
      kept.add(item.documentId());
      record(item);
    }
    for (OpenItem item : before) {
      if (!kept.contains(item.documentId())) {
        forget(item);
      }
    }
    post(result, -1);
    applied.reversed = true;
    suspense.remove(applied);
    return true;
  }

  private void clearSuspense(Op op) {
    // a person works through the suspense account: its items of any age
    if (suspense.isEmpty()) {
      return;
    }
    Applied applied = nth(suspense, op.a(suspense.size()));
    if (!archivedSince(applied) && reverse(applied)) {
      reapply(applied);
    } else {
      suspense.remove(applied); // stays in suspense as it is
      stats.suspenseLeft++;
    }
  }

  /** Whether a document the payment's lines or nettings name has left the ledger since. */
  private boolean archivedSince(Applied applied) {
    for (Allocation line : applied.result.lines()) {
      if (line.documentId().isPresent() && !items.containsKey(line.documentId().get())) {
        return true;
      }
    }
    for (CreditNetting netting : applied.result.nettings()) {
      if (!items.containsKey(netting.creditNote()) || !items.containsKey(netting.debitDocument())) {
        return true;
      }
    }
    return false;
  }

  /** The suspense payment {@code applied}, reversed, applied again with its payer given. */
  private void reapply(Applied applied) {
    // a person found out who paid: the same payment again, the customer given
    IncomingPayment again = applied.result.payment()
        .withCustomerId(applied.pending.truth());
    Pending pending = new Pending(again, applied.pending.truth(), true, Optional.empty());
    AllocationRun run = cashApplication.apply(index, List.of(again));
    book(run);
    AllocationResult result = run.results().get(0);
    checkResult(result, pending);
    checker.check(result.customerId().equals(Optional.of(applied.pending.truth())),
        () -> "a payment cleared from suspense for " + applied.pending.truth().value()
            + " went to " + result.customerId());
    post(result, 1);
    remember(new Applied(result, pending, today));
    feedCollections(result, pending);
    stats.suspenseCleared++;
  }

  private void openDispute(Op op) {
    Customer customer = customer(op);
    Optional<OpenItem> invoice = pick(customer.customerId(), op.c(), i -> i.documentType()
        .isDebit() && !i.isSettled() && !i.isDisputed());
    if (invoice.isEmpty()) {
      return;
    }
    OpenItem item = invoice.get();
    long minor = Math.max(1, item.openAmount().getAmountMinorLong() * (10 + op.b(91)) / 100);
    DisputeReason reason = DisputeReason.values()[op.d(DisputeReason.values().length)];
    DisputeRequest request = DisputeRequest.builder().customerId(customer.customerId())
        .documentId(item.documentId()).amount(Monies.ofMinor(item.currency(), minor))
        .reason(reason).raisedOn(today).build();
    Dispute dispute = Dispute.open("D-" + (++sequence), request, DisputePolicy.standard());
    explained(dispute.explanation(), () -> "dispute " + dispute.disputeId());
    checkDispute(dispute);
    disputes.put(dispute.disputeId(), dispute);
    put(item.withDisputed(true));
    stats.disputes++;
  }

  private void workDispute(Op op) {
    if (disputes.isEmpty()) {
      return;
    }
    Dispute dispute = nth(disputes.values(), op.a(disputes.size()));
    int move = op.b(10);
    Dispute next;
    if (dispute.state() == DisputeState.OPEN && move < 6) {
      next = dispute.apply(DisputeEvent.startReview(today));
    } else if (move < 2) {
      DisputeOwner[] owners = DisputeOwner.values();
      next = dispute.apply(DisputeEvent.reassign(today, owners[op.c(owners.length)]));
    } else if (dispute.state() == DisputeState.IN_REVIEW && move < 9) {
      int outcome = op.c(3);
      long minor = dispute.amount().getAmountMinorLong();
      DisputeResolution resolution = outcome == 0
          ? DisputeResolution.creditNote(dispute.amount())
          : outcome == 1 ? DisputeResolution.writeOff(Monies.ofMinor(dispute.amount()
              .getCurrencyUnit(), Math.max(1, minor / 2)))
          : DisputeResolution.rejected(dispute.amount().getCurrencyUnit());
      next = dispute.apply(DisputeEvent.resolve(today, resolution));
      settle(next);
    } else if (move == 9) {
      next = dispute.apply(DisputeEvent.cancel(today));
      settle(next);
    } else {
      return;
    }
    checkDispute(next);
    if (next.isOpen()) {
      disputes.put(next.disputeId(), next);
    } else {
      disputes.remove(next.disputeId());
      OpenItem item = items.get(next.documentId());
      if (item != null && disputes.values().stream()
          .noneMatch(d -> d.documentId().equals(next.documentId()))) {
        put(item.withDisputed(false));
      }
      stats.disputesClosed++;
    }
  }

  /** Books what a resolved dispute decided: a credit note, or a write-off of the invoice. */
  private void settle(Dispute dispute) {
    if (dispute.state() != DisputeState.RESOLVED) {
      return;
    }
    long minor = dispute.resolvedAmount().getAmountMinorLong();
    if (minor == 0) {
      return;
    }
    switch (dispute.resolution().get().outcome()) {
      case CREDIT_NOTE -> issueCredit(dispute.customerId(), dispute.amount().getCurrencyUnit(),
          minor, "dispute " + dispute.disputeId());
      case WRITE_OFF -> {
        OpenItem item = items.get(dispute.documentId());
        if (item != null) {
          long taken = Math.min(minor, item.openAmount().getAmountMinorLong());
          put(item.withOpenAmount(item.openAmount().minusMinor(taken)));
          book(item).writeOffs += taken;
        }
      }
      default -> { }
    }
  }

  private void checkDispute(Dispute dispute) {
    checkMachine("dispute " + dispute.disputeId(), Dispute.TRANSITIONS, DisputeState.OPEN,
        dispute.state(), dispute.history());
    checker.check(!dispute.resolvedAmount().isGreaterThan(dispute.amount())
        && !dispute.resolvedAmount().isNegative(), () -> "dispute " + dispute.disputeId()
        + " resolved " + dispute.resolvedAmount() + " of " + dispute.amount());
    checker.check(dispute.resolution().isPresent() == (dispute.state() == DisputeState.RESOLVED),
        () -> "dispute " + dispute.disputeId() + " is " + dispute.state() + " with resolution "
            + dispute.resolution());
  }

  private void promise(Op op) {
    Customer customer = customer(op);
    CustomerId id = customer.customerId();
    if (promises.values().stream().anyMatch(p -> p.customerId().equals(id))) {
      return;
    }
    List<OpenItem> overdue = overdue(id);
    if (overdue.isEmpty()) {
      return;
    }
    List<OpenItem> promised = overdue.subList(0, Math.min(overdue.size(), 1 + op.c(2)));
    long minor = promised.stream().mapToLong(i -> i.openAmount().getAmountMinorLong()).sum();
    LocalDate date = today.plusDays(3 + op.b(12));
    List<DocumentId> documents = promised.stream().map(OpenItem::documentId).toList();
    PromiseToPay promise = PromiseToPay.fromContact(id, today,
        Monies.ofMinor(customer.currency(), minor), date, documents, Optional.of("phone call"));
    promises.put("PR-" + (++sequence), promise);
    int behaviour = op.d(10);
    String refs = String.join(", ", documents.stream().map(DocumentId::value).toList());
    if (behaviour < 5) {
      schedule(date.minusDays(op.d(3)), new Intent(id, documents, minor, Optional.empty(),
          "as promised " + refs));
    } else if (behaviour < 7) {
      schedule(date, new Intent(id, documents, Math.max(1, minor / 2), Optional.empty(),
          "part payment " + refs));
    }
    stats.promises++;
  }

  private void reviewPromise(Op op) {
    if (promises.isEmpty()) {
      return;
    }
    String key = nth(promises.keySet(), op.a(promises.size()));
    PromiseToPay promise = promises.get(key);
    List<AppliedPayment> paid = new ArrayList<>(appliedPayments.getOrDefault(
        promise.customerId(), new ArrayDeque<>()));
    PromiseOutcome outcome = promise.evaluate(paid, today);
    PromiseToPay next = outcome.promise();
    explained(outcome.explanation(), () -> "promise " + key);
    checkMachine("promise " + key, PromiseToPay.TRANSITIONS, PromiseState.OPEN, next.state(),
        next.history());
    checker.check(!next.paidAmount().isNegative() && !next.shortfall().isNegative()
        && !next.shortfall().isGreaterThan(next.promisedAmount()),
        () -> "promise " + key + " paid " + next.paidAmount() + " short " + next.shortfall());
    if (next.state().isFinal()) {
      promises.remove(key);
      if (next.state() == PromiseState.KEPT) {
        stats.promisesKept++;
      } else if (next.state() == PromiseState.BROKEN) {
        stats.promisesBroken++;
      }
    } else {
      promises.put(key, next);
    }
  }

  private void plan(Op op) {
    Customer customer = customer(op);
    CustomerId id = customer.customerId();
    if (plans.values().stream().anyMatch(p -> p.customerId().equals(id))) {
      return;
    }
    List<OpenItem> overdue = overdue(id);
    long debt = overdue.stream().mapToLong(i -> i.openAmount().getAmountMinorLong()).sum();
    if (overdue.isEmpty() || debt < 1000) {
      return;
    }
    int count = 2 + op.b(5);
    PaymentSchedule schedule = PaymentSchedule.equal(Monies.ofMinor(customer.currency(), debt),
        today, today.plusDays(14), count, Period.ofDays(14 + op.c(17)), PlanInterest.none());
    String planId = "PL-" + (++sequence);
    List<DocumentId> documents = overdue.stream().map(OpenItem::documentId).toList();
    PaymentPlan plan = PaymentPlan.propose(planId, id, documents, schedule)
        .apply(PlanEvent.accept(today));
    checkMachine("plan " + planId, PaymentPlan.TRANSITIONS, PlanState.PROPOSED, plan.state(),
        plan.history());
    plans.put(planId, plan);
    int reliability = op.d(4);
    for (int k = 0; k < schedule.instalments().size(); k++) {
      if (reliability == 0 && k >= 1) {
        break;
      }
      var instalment = schedule.instalments().get(k);
      schedule(instalment.dueDate().minusDays(op.d(4)), new Intent(id, documents,
          instalment.amount().getAmountMinorLong(), Optional.of(planId),
          "Ratenzahlung " + planId + " Rate " + instalment.number()));
    }
    stats.plans++;
  }

  private void reviewPlan(Op op) {
    if (plans.isEmpty()) {
      return;
    }
    PaymentPlan plan = nth(plans.values(), op.a(plans.size()));
    PaymentPlan next = plan.state() == PlanState.ACTIVE ? plan.apply(PlanEvent.review(today))
        : plan;
    checkMachine("plan " + plan.planId(), PaymentPlan.TRANSITIONS, PlanState.PROPOSED,
        next.state(), next.history());
    explained(next.explain(today), () -> "plan " + plan.planId());
    checker.check(next.paid().plus(next.open()).minus(next.overpayment())
        .equals(next.schedule().total()), () -> "plan " + plan.planId() + " paid " + next.paid()
        + " + open " + next.open() + " - overpaid " + next.overpayment() + " is not its total "
        + next.schedule().total());
    LocalDate lastDue = next.schedule().instalments()
        .get(next.schedule().instalments().size() - 1).dueDate();
    if (next.state() == PlanState.ACTIVE
        && lastDue.plusDays(next.graceDays() + PLAN_GIVEN_UP_AFTER_DAYS).isBefore(today)) {
      // Its schedule ran out long ago with fewer missed instalments than default it (one of
      // two missed: the last): the plan has no way to end, and each review lengthens its
      // history. The host stops working it; its documents are dunned again.
      plans.remove(plan.planId());
      stats.plansGivenUp++;
    } else if (next.state() == PlanState.ACTIVE) {
      plans.put(plan.planId(), next);
    } else {
      plans.remove(plan.planId());
      if (next.state() == PlanState.COMPLETED) {
        stats.plansCompleted++;
      } else if (next.state() == PlanState.DEFAULTED) {
        stats.plansDefaulted++;
      }
    }
  }

  private void dunningRun() {
    if (lastDunning != null && today.isBefore(lastDunning.plusDays(7))) {
      return; // a weekly run
    }
    lastDunning = today;
    List<OpenItem> open = new ArrayList<>();
    for (OpenItem item : items.values()) {
      if (!item.isSettled()) {
        open.add(item);
      }
    }
    Set<DocumentId> disputed = new HashSet<>();
    disputes.values().forEach(d -> disputed.add(d.documentId()));
    Set<DocumentId> promised = new HashSet<>();
    promises.values().forEach(p -> promised.addAll(p.documents()));
    Set<DocumentId> planned = new HashSet<>();
    plans.values().forEach(p -> planned.addAll(p.documents()));
    Set<CustomerId> handedOver = new HashSet<>();
    cases.values().stream().filter(c -> c.stage().isHandedOver())
        .forEach(c -> handedOver.add(c.customerId()));
    DunningExclusions exclusions = DunningExclusions.builder().addAllDisputedDocuments(disputed)
        .addAllPromisedDocuments(promised).addAllPaymentPlanDocuments(planned)
        .addAllLegalEscalationCustomers(handedOver).build();
    List<DunningProposal> proposals = dunning.propose(open, customers, lastNotice.values(),
        exclusions, today);
    stats.dunningRuns++;
    for (DunningProposal proposal : proposals) {
      explained(proposal.explanation(), () -> "dunning proposal for "
          + proposal.customerId().value());
      checker.check(!handedOver.contains(proposal.customerId()) || proposal.level().isEmpty(),
          () -> "dunning sends a reminder to " + proposal.customerId().value()
              + ", whose case is with an agency or in legal action");
      for (OpenItem covered : proposal.coveredItems()) {
        checker.check(covered.isOverdue(today) && !covered.isDisputed()
            && !disputed.contains(covered.documentId()) && !promised.contains(covered.documentId())
            && !planned.contains(covered.documentId()),
            () -> "dunning covers " + covered.documentId().value()
                + ", which is not overdue or is disputed, promised or in a plan");
      }
      checker.check(!proposal.fee().isNegative() && !proposal.interest().isNegative()
          && !proposal.overdueAmount().isGreaterThan(proposal.accountOverdue()),
          () -> "dunning proposal " + proposal + " has negative charges or more overdue than"
              + " the account");
      if (proposal.level().isPresent()) {
        Account account = new Account(proposal.customerId(), proposal.currency());
        lastNotice.put(account, DunningNotice.builder().customerId(proposal.customerId())
            .currency(proposal.currency()).level(proposal.level().get().level()).date(today)
            .addAllDocuments(proposal.coveredItems().stream().map(OpenItem::documentId).toList())
            .build());
        stats.reminders++;
      }
    }
  }

  private void writeOff(Op op) {
    Customer customer = customer(op);
    Optional<OpenItem> old = pick(customer.customerId(), op.c(), i -> i.documentType().isDebit()
        && !i.isSettled() && !i.isDisputed() && i.daysPastDue(today) > 120);
    if (old.isEmpty()) {
      return;
    }
    OpenItem item = old.get();
    book(item).writeOffs += item.openAmount().getAmountMinorLong();
    if (options.fault() == Options.Fault.FORGET_TO_INDEX_A_WRITE_OFF) {
      record(item.withOpenAmount(Money.zero(item.currency()))); // the planted bug
    } else {
      put(item.withOpenAmount(Money.zero(item.currency())));
    }
    stats.badDebts++;
  }

  private void offsetAndRefund(Op op) {
    Customer customer = customer(op);
    List<OpenItem> open = new ArrayList<>();
    for (DocumentId id : byCustomer.getOrDefault(customer.customerId(), new LinkedHashSet<>())) {
      OpenItem item = items.get(id);
      if (!item.isSettled() && !item.isDisputed()) {
        open.add(item);
      }
    }
    List<RefundProposal> proposals = RefundPlanner.propose(open, RefundPolicy.standard());
    for (RefundProposal proposal : proposals) {
      explained(proposal.explanation(), () -> "refund proposal for "
          + proposal.customerId().value());
      checker.check(proposal.customerId().equals(customer.customerId()),
          () -> "refund proposal for " + proposal.customerId() + " from "
              + customer.customerId() + "'s items");
      for (Offset offset : proposal.offsets()) {
        OpenItem credit = items.get(offset.credit());
        OpenItem invoice = items.get(offset.invoice());
        long minor = offset.amount().getAmountMinorLong();
        checker.check(minor > 0 && credit.customerId().equals(invoice.customerId())
            && -credit.openAmount().getAmountMinorLong() >= minor
            && invoice.openAmount().getAmountMinorLong() >= minor,
            () -> "offset " + offset + " exceeds " + credit + " or " + invoice);
        put(credit.withOpenAmount(credit.openAmount().plusMinor(minor)));
        put(invoice.withOpenAmount(invoice.openAmount().minusMinor(minor)));
        stats.offsets++;
      }
      if (op.b(2) == 0) {
        continue; // the refunds wait for approval
      }
      for (Refund refund : proposal.refunds()) {
        OpenItem credit = items.get(refund.credit());
        long minor = refund.amount().getAmountMinorLong();
        checker.check(minor > 0 && -credit.openAmount().getAmountMinorLong() >= minor,
            () -> "refund " + refund + " exceeds " + credit);
        put(credit.withOpenAmount(credit.openAmount().plusMinor(minor)));
        book(credit).refunded += minor;
        stats.refunds++;
      }
    }
  }

  private void openCase(Op op) {
    Customer customer = customer(op);
    CustomerId id = customer.customerId();
    if (cases.values().stream().anyMatch(c -> c.customerId().equals(id))) {
      return;
    }
    List<OpenItem> debt = new ArrayList<>();
    for (OpenItem item : overdue(id)) {
      if (item.documentType().isDebit() && item.openAmount().isPositive()
          && item.daysPastDue(today) > 30 && !caseOf.containsKey(item.documentId())) {
        debt.add(item);
      }
    }
    long minor = debt.stream().mapToLong(i -> i.openAmount().getAmountMinorLong()).sum();
    if (debt.isEmpty()) {
      return;
    }
    String caseId = "CASE-" + (++sequence);
    CollectionCase opened = CollectionCase.open(caseId, id,
        debt.stream().map(OpenItem::documentId).toList(),
        Monies.ofMinor(customer.currency(), minor), today, escalation);
    cases.put(caseId, opened);
    caseCash.put(caseId, 0L);
    opened.documents().forEach(d -> caseOf.put(d, caseId));
    checkCase(opened);
    stats.cases++;
  }

  private void workCase(Op op) {
    if (cases.isEmpty()) {
      return;
    }
    CollectionCase kase = nth(cases.values(), op.a(cases.size()));
    long open = 0;
    List<OpenItem> documents = new ArrayList<>();
    for (DocumentId id : kase.documents()) {
      OpenItem item = items.get(id);
      if (item != null && item.openAmount().isPositive()) {
        open += item.openAmount().getAmountMinorLong();
        documents.add(item);
      }
    }
    CurrencyUnit currency = kase.currency();
    Optional<LocalDate> due = kase.nextStepDue();
    boolean dueNow = due.isPresent() && !today.isBefore(due.get());
    int move = op.b(20);
    CaseEvent event;
    if (open == 0) {
      // the ledger owes nothing more (paid, credited, offset): what the case still shows
      // (charges, or principal the ledger settled otherwise) is waived
      event = CaseEvent.writeOff(today);
    } else if (move < 8 && due.isPresent()) {
      event = kase.stage().isReminder() ? CaseEvent.escalate(today)
          : CaseEvent.handOver(today, kase.stage() == CaseStage.FINAL_DEMAND && op.c(3) > 0
              ? CaseStage.AGENCY : CaseStage.LEGAL);
      if (!dueNow) {
        // too early: the case must refuse the step and stay as it is
        try {
          CollectionCase wrong = kase.apply(event);
          checker.violation("case " + kase.caseId() + " at " + kase.stage() + " took "
              + event + " on " + today + ", before its waiting period ends " + due.get()
              + ": now " + wrong.stage());
        } catch (IllegalTransitionException refused) {
          stats.caseStepsRefused++;
        }
        return;
      }
    } else if (move < 12) {
      long charge = op.c(2) == 0
          ? 40 * (long) Math.pow(10, currency.getDecimalPlaces()) * (currency.equals(JPY) ? 150 : 1)
          : Math.max(1, kase.principal().getAmountMinorLong() * 9 / 1200);
      event = CaseEvent.charge(today, op.c(2) == 0 ? ChargeKind.COST : ChargeKind.INTEREST,
          Monies.ofMinor(currency, charge));
    } else if (move < 17) {
      String[] outcomes = {"NO_ANSWER", "PROMISED", "DISPUTED", "REFUSED"};
      event = CaseEvent.contact(ContactNote.builder().date(today)
          .channel(op.d(2) == 0 ? "PHONE" : "EMAIL").outcome(outcomes[op.d(outcomes.length)])
          .collector("collector " + op.c(5)).build());
    } else if (move < 19 && kase.stage().isHandedOver()) {
      // the agency or the court gives up: the rest is bad debt, in the ledger as in the case
      for (OpenItem item : documents) {
        if (!item.isDisputed()) {
          book(item).writeOffs += item.openAmount().getAmountMinorLong();
          put(item.withOpenAmount(Money.zero(item.currency())));
          stats.badDebts++;
        }
      }
      event = CaseEvent.writeOff(today);
    } else {
      return;
    }
    CollectionCase next = kase.apply(event);
    stats.caseSteps++;
    if (event.kind() == CaseEvent.Kind.HAND_OVER) {
      stats.handOvers++;
      checker.check(next.handOver().isPresent()
          && next.handOver().get().total().equals(kase.balance())
          && next.handOver().get().target() == next.stage(),
          () -> "case " + kase.caseId() + " handed over without a file for its balance "
              + kase.balance() + ": " + next.handOver());
      next.handOver().ifPresent(file -> explained(file.explanation(),
          () -> "hand-over of case " + kase.caseId()));
    }
    update(next);
  }

  /** Hands the cash a payment applied to a case's documents to the case. */
  private void feedCases(AllocationResult result) {
    if (caseOf.isEmpty()) {
      return;
    }
    Map<String, List<Allocation>> byCase = new LinkedHashMap<>();
    for (Allocation line : result.lines()) {
      if (line.kind() == AllocationKind.ALLOCATED) {
        String caseId = caseOf.get(line.documentId().get());
        if (caseId != null) {
          byCase.computeIfAbsent(caseId, c -> new ArrayList<>()).add(line);
        }
      }
    }
    byCase.forEach((caseId, lines) -> {
      CollectionCase kase = cases.get(caseId);
      Money sum = Monies.sum(lines.stream().map(Allocation::amount).toList());
      CollectionCase next = kase.apply(CaseEvent.payment(AppliedPayment.builder()
          .date(result.payment().date()).amount(sum)
          .addAllDocuments(lines.stream().map(l -> l.documentId().get()).toList())
          .paymentId(result.payment().paymentId()).build()));
      caseCash.merge(caseId, sum.getAmountMinorLong(), Long::sum);
      stats.caseSteps++;
      update(next);
    });
  }

  /** Keeps an open case, or lets a closed one go; checks it either way. */
  private void update(CollectionCase next) {
    checkCase(next);
    explained(next.explain(), () -> "case " + next.caseId());
    if (next.stage().isClosed()) {
      cases.remove(next.caseId());
      caseCash.remove(next.caseId());
      next.documents().forEach(caseOf::remove);
      if (next.stage() == CaseStage.CLOSED_PAID) {
        stats.casesPaid++;
      } else {
        stats.casesWrittenOff++;
      }
    } else {
      cases.put(next.caseId(), next);
    }
  }

  // ---------------------------------------------------------------- checks

  /**
   * A case in a legal state: its history a walk through the transition table to its stage, its
   * money balanced (what it was opened for and charged = paid + written off + open), the cash it
   * was handed all accounted for, a closed case owing nothing, a handed-over one with its file.
   */
  private void checkCase(CollectionCase kase) {
    String name = "case " + kase.caseId();
    checkMachine(name, CollectionCase.TRANSITIONS, CaseStage.REMINDER_1, kase.stage(),
        kase.history());
    Money in = kase.originalDebt().plus(kase.interestCharged()).plus(kase.costsCharged());
    Money out = kase.paidApplied().plus(kase.writtenOff()).plus(kase.balance());
    checker.check(in.equals(out) && !kase.principal().isNegative()
        && !kase.interest().isNegative() && !kase.costs().isNegative(),
        () -> name + " does not balance: opened and charged " + in + ", paid, written off and"
            + " open " + out);
    long handed = caseCash.getOrDefault(kase.caseId(), 0L);
    long taken = kase.paidApplied().plus(kase.overpaid()).getAmountMinorLong();
    checker.check(kase.stage().isClosed() || handed == taken, () -> name + " was handed "
        + handed + " minor units but accounts for " + taken);
    checker.check(!kase.stage().isClosed() || kase.balance().isZero(),
        () -> name + " is " + kase.stage() + " with " + kase.balance() + " open");
    checker.check(kase.handOver().isPresent() == kase.history().stream()
        .anyMatch(c -> c.event().equals(CaseEvent.Kind.HAND_OVER.name())),
        () -> name + " has a hand-over file " + kase.handOver() + " that its history does not"
            + " explain");
    checker.check(kase.stage() != CaseStage.LEGAL || kase.nextStepDue().isEmpty(),
        () -> name + " is in legal action with a next step due");
  }

  /** A case saved by a host and loaded again is the same case. */
  private void checkRestore(CollectionCase kase) {
    CollectionCase restored = CollectionCase.restore(kase.caseId(), kase.customerId(),
        kase.documents(), kase.openedOn(), kase.policy(), kase.stage(), kase.anchorDate(),
        CollectionCase.SavedAmounts.of(kase), kase.payments(), kase.contacts(),
        kase.handOver(), kase.history());
    checker.check(restored.equals(kase), () -> "case " + kase.caseId()
        + " saved and restored differs: " + restored);
  }

  /**
   * The cheap check of one account, whatever its history: the ledger's running total of its
   * open items equals what the book says.
   */
  private void checkAccount(Account account) {
    long[] totals = ledgerTotals.get(account);
    long actual = totals == null ? 0 : totals[0];
    Book book = books.get(account);
    long expected = book == null ? 0 : book.expectedOpen();
    checker.check(actual == expected, () -> "account " + account.customer().value() + " "
        + account.currency() + ": the ledger holds " + Monies.ofMinor(account.currency(), actual)
        + " open but the book says " + Monies.ofMinor(account.currency(), expected) + " ("
        + book + ")");
  }

  /**
   * The cheap check of one document the step changed: in the ledger with an open amount of the
   * right sign, and in the index exactly as in the ledger (or in neither).
   */
  private void checkDocument(DocumentId id) {
    OpenItem held = items.get(id);
    if (held != null) {
      checkItem(held);
    }
    Optional<OpenItem> indexed = index.find(id);
    checker.check(indexed.equals(Optional.ofNullable(held)), () -> "document " + id.value()
        + ": the index holds " + indexed.map(Object::toString).orElse("nothing")
        + " where the ledger holds " + (held == null ? "nothing" : held));
  }

  private void checkItem(OpenItem item) {
    long amount = item.amount().getAmountMinorLong();
    long open = item.openAmount().getAmountMinorLong();
    int sign = item.documentType().sign();
    checker.check(Long.signum(amount) != -sign && Long.signum(open) != -sign
        && Math.abs(open) <= Math.abs(amount), () -> "open amount of the wrong sign or too large: "
        + item);
  }

  /**
   * Everything: every account, the bank, aging against the ledger, the machines. The index is
   * compared document by document each time; its whole walk ({@link LedgerIndex#items()}, whose
   * cost grows with every document it ever held) every {@value #INDEX_WALK_EVERY} whole checks
   * and when {@code last}.
   */
  void fullCheck(boolean last) {
    fullChecks++;
    Map<Account, Long> open = new LinkedHashMap<>();
    Map<Account, Long> counted = new HashMap<>();
    for (OpenItem item : items.values()) {
      checkItem(item);
      checker.check(byCustomer.get(item.customerId()).contains(item.documentId()),
          () -> item.documentId().value() + " is missing from its customer's index");
      Account account = new Account(item.customerId(), item.currency());
      open.merge(account, item.openAmount().getAmountMinorLong(), Long::sum);
      counted.merge(account, 1L, Long::sum);
    }
    Set<Account> accounts = new LinkedHashSet<>(books.keySet());
    accounts.addAll(open.keySet());
    accounts.addAll(ledgerTotals.keySet());
    Map<CurrencyUnit, Long> cashBooked = new TreeMap<>();
    Map<CurrencyUnit, Long> openByCurrency = new TreeMap<>();
    for (Account account : accounts) {
      Book book = books.get(account);
      long expected = book == null ? 0 : book.expectedOpen();
      long actual = open.getOrDefault(account, 0L);
      checker.check(actual == expected, () -> "account " + account.customer().value() + " "
          + account.currency() + ": the ledger holds " + actual + " minor units open but the"
          + " book says " + expected + " (" + book + ")");
      long[] totals = ledgerTotals.getOrDefault(account, new long[2]);
      long held = counted.getOrDefault(account, 0L);
      checker.check(totals[0] == actual && totals[1] == held, () -> "account "
          + account.customer().value() + " " + account.currency() + ": the running totals say "
          + totals[1] + " items and " + totals[0] + " minor units open, the ledger holds "
          + held + " and " + actual);
      if (book != null) {
        cashBooked.merge(account.currency(), book.cash + book.onAccount, Long::sum);
      }
      openByCurrency.merge(account.currency(), actual, Long::sum);
    }
    for (Pending pending : statement) {
      cashBooked.merge(pending.payment().currency(),
          pending.payment().amount().getAmountMinorLong(), Long::sum);
    }
    bank.forEach((currency, totals) -> {
      long booked = cashBooked.getOrDefault(currency, 0L);
      checker.check(totals[0] - totals[1] == booked, () -> "the bank received "
          + (totals[0] - totals[1]) + " " + currency + " minor units (net of returns) but "
          + booked + " are applied, on account, in suspense or waiting");
    });
    checkAging(open, openByCurrency);
    checkIndex(last || fullChecks % INDEX_WALK_EVERY == 0);
    disputes.values().forEach(this::checkDispute);
    promises.forEach((key, p) -> checkMachine("promise " + key, PromiseToPay.TRANSITIONS,
        PromiseState.OPEN, p.state(), p.history()));
    plans.values().forEach(p -> checkMachine("plan " + p.planId(), PaymentPlan.TRANSITIONS,
        PlanState.PROPOSED, p.state(), p.history()));
    cases.values().forEach(this::checkCase);
    cases.values().forEach(this::checkRestore);
    checker.check(caseOf.values().stream().allMatch(cases::containsKey)
        && cases.values().stream().allMatch(c -> c.documents().stream()
            .allMatch(d -> c.caseId().equals(caseOf.get(d)))),
        () -> "the documents of the open cases and the cases' documents differ");
  }

  /**
   * The index holds exactly the ledger: as many items, each ledger document found in it as the
   * ledger has it (so none missing and none extra), each customer's view the ledger's; and,
   * when {@code walk}, every item the index lists is the ledger's.
   */
  private void checkIndex(boolean walk) {
    checker.check(index.size() == items.size(), () -> "the index has " + index.size()
        + " items, the ledger " + items.size());
    for (OpenItem held : items.values()) {
      Optional<OpenItem> indexed = index.find(held.documentId());
      checker.check(indexed.equals(Optional.of(held)), () -> "the index has "
          + indexed.map(Object::toString).orElse("nothing") + " where the ledger has " + held);
    }
    if (walk) {
      for (OpenItem indexed : index.items()) {
        OpenItem held = items.get(indexed.documentId());
        checker.check(indexed.equals(held), () -> "the index has " + indexed + " where the"
            + " ledger has " + held);
      }
    }
    // the per-customer view the engine reads: each customer's items, as in the ledger
    Set<CustomerId> owners = new LinkedHashSet<>(customerById.keySet());
    owners.addAll(byCustomer.keySet());
    for (CustomerId id : owners) {
      Set<DocumentId> ledger = byCustomer.getOrDefault(id, new LinkedHashSet<>());
      List<OpenItem> viewed = index.items(id);
      checker.check(viewed.size() == ledger.size() && viewed.stream()
          .allMatch(item -> item.equals(items.get(item.documentId()))
              && ledger.contains(item.documentId())),
          () -> "the index's view of " + id.value() + " has " + viewed.size()
              + " items, the ledger " + ledger.size() + " (or they differ)");
    }
  }

  private void checkAging(Map<Account, Long> open, Map<CurrencyUnit, Long> openByCurrency) {
    AgingPolicy policy = AgingPolicy.of(today);
    List<OpenItem> all = new ArrayList<>(items.values());
    AgingReport report = AgingReport.of(policy, all);
    for (AgingRow row : report.rows()) {
      Account account = new Account(row.customerId(), row.currency());
      long aged = row.total().getAmountMinorLong();
      long held = open.getOrDefault(account, 0L);
      checker.check(aged == held, () -> "aging shows " + row.total() + " for "
          + row.customerId().value() + " but the ledger holds " + held + " minor units");
    }
    openByCurrency.forEach((currency, held) -> {
      long aged = report.findTotal(currency).map(t -> t.total().getAmountMinorLong()).orElse(0L);
      checker.check(aged == held, () -> "aging total " + currency + " " + aged
          + " minor units is not the ledger's " + held);
    });
    // the report is mergeable: two halves aged apart and merged equal the whole
    AgingReport first = AgingReport.of(policy, all.subList(0, all.size() / 2));
    AgingReport second = AgingReport.of(policy, all.subList(all.size() / 2, all.size()));
    checker.check(first.merge(second).equals(report),
        () -> "aging halves merged differ from the whole report");
  }

  private <S extends Enum<S>, K extends Enum<K>> void checkMachine(String name,
      TransitionTable<S, K> table, S initial, S state, List<StateChange<S>> history) {
    checker.check(table.states().contains(state), () -> name + " is in unknown state " + state);
    S at = initial;
    for (StateChange<S> change : history) {
      S from = at;
      boolean legal = change.from() == from && table.targets(from, kindOf(table, change))
          .contains(change.to());
      checker.check(legal, () -> name + " moved illegally: " + change + " from " + from);
      at = change.to();
    }
    S last = at;
    checker.check(last == state, () -> name + " is " + state + " but its history ends at "
        + last);
  }

  private static <S extends Enum<S>, K extends Enum<K>> K kindOf(TransitionTable<S, K> table,
      StateChange<S> change) {
    for (S state : table.states()) {
      for (K kind : table.allowedEvents(state)) {
        if (kind.name().equals(change.event())) {
          return kind;
        }
      }
    }
    throw new IllegalStateException("Event " + change.event() + " is not in the " + table
        .machine() + " table");
  }

  private void explained(Explanation explanation, Supplier<String> what) {
    checker.check(explanation != null && !explanation.ruleId().isBlank()
        && !explanation.sentence().isBlank(), () -> what.get() + " is not explained");
  }

  // ---------------------------------------------------------------- helpers

  private Customer customer(Op op) {
    return customers.get(op.a(customers.size()));
  }

  private PaymentId nextPaymentId() {
    return PaymentId.of(String.format("P-%07d", ++sequence));
  }

  private void schedule(LocalDate date, Intent intent) {
    intents.computeIfAbsent(date.isAfter(today) ? date : today.plusDays(1),
        d -> new ArrayList<>()).add(intent);
  }

  private List<OpenItem> overdue(CustomerId id) {
    List<OpenItem> overdue = new ArrayList<>();
    for (DocumentId doc : byCustomer.getOrDefault(id, new LinkedHashSet<>())) {
      OpenItem item = items.get(doc);
      if (item.isOverdue(today) && !item.isDisputed()) {
        overdue.add(item);
      }
    }
    return overdue;
  }

  private Optional<OpenItem> pick(CustomerId id, long word,
      java.util.function.Predicate<OpenItem> filter) {
    List<OpenItem> candidates = new ArrayList<>();
    for (DocumentId doc : byCustomer.getOrDefault(id, new LinkedHashSet<>())) {
      OpenItem item = items.get(doc);
      if (filter.test(item)) {
        candidates.add(item);
      }
    }
    return candidates.isEmpty() ? Optional.empty()
        : Optional.of(candidates.get((int) Math.floorMod(word, (long) candidates.size())));
  }

  private static <T> T nth(Iterable<T> values, int n) {
    Iterator<T> iterator = values.iterator();
    for (int i = 0; i < n; i++) {
      iterator.next();
    }
    return iterator.next();
  }

  /** A typing slip in a document number: two digits swapped, or one digit changed. */
  static String slip(String reference, int word) {
    char[] chars = reference.toCharArray();
    int start = reference.indexOf('-') + 1;
    int span = chars.length - start;
    int at = start + word % Math.max(1, span - 1);
    if (word % 2 == 0 && at + 1 < chars.length && chars[at] != chars[at + 1]) {
      char swap = chars[at];
      chars[at] = chars[at + 1];
      chars[at + 1] = swap;
    } else if (Character.isDigit(chars[at])) {
      chars[at] = (char) ('0' + (chars[at] - '0' + 1 + word % 9) % 10);
    } else {
      chars[at] = chars[at] == 'X' ? 'Y' : 'X';
    }
    return new String(chars);
  }

  private Book book(OpenItem item) {
    Account account = new Account(item.customerId(), item.currency());
    touched.add(account);
    return books.computeIfAbsent(account, a -> new Book());
  }

  private Book book(Account account) {
    touched.add(account);
    return books.computeIfAbsent(account, a -> new Book());
  }

  /** A new document: into the ledger and the index. */
  private void add(OpenItem item) {
    store(item);
    byCustomer.computeIfAbsent(item.customerId(), c -> new LinkedHashSet<>())
        .add(item.documentId());
    if (item.isSettled()) {
      settled(item);
    }
    index.put(item);
  }

  /** A changed document (open amount, dispute flag): into the ledger and the index. */
  private void put(OpenItem item) {
    record(item);
    index.put(item);
  }

  /** Into the ledger only: the change is the library's own, already in the index. */
  private void record(OpenItem item) {
    OpenItem before = store(item);
    if (before == null) {
      byCustomer.computeIfAbsent(item.customerId(), c -> new LinkedHashSet<>())
          .add(item.documentId());
    }
    if (item.isSettled() && (before == null || !before.isSettled())) {
      settled(item);
    }
  }

  private void settled(OpenItem item) {
    settledOn.computeIfAbsent(today, d -> new ArrayList<>()).add(item.documentId());
    settledAt.put(item.documentId(), today);
  }

  /** Out of the ledger only: the library took it out of the index. */
  private void forget(OpenItem item) {
    settledAt.remove(item.documentId());
    drop(item.documentId());
  }

  /**
   * The one way an item enters or changes in the ledger: the account's running totals move by
   * the difference, and the item and its account are marked for this step's checks.
   *
   * @return the item it replaced, null when it is new
   */
  private OpenItem store(OpenItem item) {
    OpenItem before = items.put(item.documentId(), item);
    if (before != null) {
      tally(before, -1);
    }
    tally(item, 1);
    touchedItems.add(item.documentId());
    return before;
  }

  /** The one way an item leaves the ledger (archived, or dropped by a reversal). */
  private void drop(DocumentId id) {
    OpenItem before = items.remove(id);
    if (before != null) {
      tally(before, -1);
      byCustomer.get(before.customerId()).remove(id);
    }
    touchedItems.add(id);
  }

  /** Adds ({@code sign} 1) or takes away (-1) an item from its account's running totals. */
  private void tally(OpenItem item, int sign) {
    Account account = new Account(item.customerId(), item.currency());
    touched.add(account);
    long[] totals = ledgerTotals.computeIfAbsent(account, a -> new long[2]);
    totals[0] += sign * item.openAmount().getAmountMinorLong();
    totals[1] += sign;
  }
}
