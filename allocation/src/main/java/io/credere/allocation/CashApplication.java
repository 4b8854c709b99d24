package io.credere.allocation;

import io.credere.allocation.internal.IntLongMap;
import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.DocumentType;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.joda.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies incoming payments to an open-item ledger with a chain of {@link AllocationRule}s and
 * explains every line.
 *
 * <p>Payments are processed in input order; an open amount is never consumed twice (each payment
 * sees the ledger as the earlier ones left it); a payment is never applied to a document in
 * another currency; a payment id given twice is refused. The same input gives the same output.
 * Cash a rule did not place stays {@code ON_ACCOUNT} (payer identified) or {@code UNAPPLIED}, as
 * a new {@code PAYMENT} item. After the run, each document that received cash but stays open
 * gets one {@code SHORT_PAYMENT} line among the lines of the last payment that paid it.
 *
 * <pre>{@code
 * AllocationRun run = CashApplication.standard().apply(ledger, customers, payments);
 * }</pre>
 *
 * <p>A large run works on several payments at once on the common fork-join pool (see
 * {@link Builder#parallel}); its result is the same as one payment after another.
 *
 * <p>Immutable and thread-safe (each {@link #apply} works on its own copy of the ledger).
 */
public final class CashApplication {

  private static final Logger LOG = LoggerFactory.getLogger(CashApplication.class);

  private final List<AllocationRule> rules;
  private final AllocationPolicy policy;
  private final List<EvidenceSource> sources;
  private final boolean parallel;

  /** Payments worked on at a time in a parallel run. */
  static final int BATCH = 512;

  private CashApplication(List<AllocationRule> rules, AllocationPolicy policy,
      List<EvidenceSource> sources, boolean parallel) {
    this.rules = List.copyOf(rules);
    this.policy = policy;
    this.sources = List.copyOf(sources);
    this.parallel = parallel;
  }

  /** The standard chain ({@link AllocationRules#standard()}) with the default policy. */
  public static CashApplication standard() {
    return builder().build();
  }

  /** A builder starting from the standard chain and the default policy. */
  public static Builder builder() {
    return new Builder();
  }

  /** The rules, in the order they run. */
  public List<AllocationRule> rules() {
    return rules;
  }

  /** The policy. */
  public AllocationPolicy policy() {
    return policy;
  }

  /**
   * Applies {@code payments}, in order, to {@code ledger}.
   *
   * @param ledger the open items (document ids unique)
   * @param customers customer accounts (names, bank accounts, risk classes); may be empty
   * @param payments the payments (ids unique)
   * @throws ValidationException when a payment id or document id appears twice
   */
  public AllocationRun apply(List<OpenItem> ledger, List<Customer> customers,
      List<IncomingPayment> payments) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(payments, "payments");
    checkPaymentIds(payments);
    LedgerIndex index = LedgerIndex.of(ledger, customers);
    return run(index, payments, true);
  }

  /**
   * Applies {@code payments}, in order, to an indexed book that the host keeps current (see
   * {@link LedgerIndex}): only the payments' own work, no pass over the book. The index is read,
   * never written: the run's {@link AllocationRun#changes()} are booked with
   * {@link LedgerIndex#post(AllocationRun)}; its {@link AllocationRun#ledgerAfter()} is empty.
   * Runs on one index may go on in parallel.
   *
   * @throws ValidationException when a payment id appears twice
   */
  public AllocationRun apply(LedgerIndex book, List<IncomingPayment> payments) {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(payments, "payments");
    checkPaymentIds(payments);
    return run(book, payments, false);
  }

  private static void checkPaymentIds(List<IncomingPayment> payments) {
    Set<PaymentId> paymentIds = new HashSet<>();
    for (IncomingPayment payment : payments) {
      if (!paymentIds.add(payment.paymentId())) {
        throw ValidationException.of("payment_id", Optional.of(payment.paymentId().value()),
            "appears twice in the run (a payment is applied once)");
      }
    }
  }

  private AllocationRun run(LedgerIndex book, List<IncomingPayment> payments,
      boolean wholeLedger) {
    book.lock().readLock().lock();
    try {
      RunLedger ledger = new RunLedger(book);
      List<AllocationWork> works = new ArrayList<>(payments.size());
      IntLongMap lastPayer = new IntLongMap();
      boolean parallelRun = inParallel(payments.size());
      if (parallelRun) {
        applyInBatches(ledger, payments, works, lastPayer);
      } else {
        for (IncomingPayment payment : payments) {
          paid(work(payment, ledger), works, lastPayer);
        }
      }
      // the ids of the items made for cash left over, in input order (each unique), then each
      // payment's result on its own (on several threads in a parallel run)
      String[] createdIds = new String[works.size()];
      Set<String> taken = new HashSet<>();
      for (int w = 0; w < works.size(); w++) {
        if (cashLeft(works.get(w).mutableLines()).isPresent()) {
          String id = works.get(w).payment().paymentId().value();
          while (book.position(DocumentId.of(id)) >= 0 || !taken.add(id)) {
            id = "PAY-" + id;
          }
          createdIds[w] = id;
        }
      }
      AllocationResult[] made = new AllocationResult[works.size()];
      java.util.function.IntConsumer result = w -> made[w] = result(works.get(w), w,
          createdIds[w], ledger, lastPayer);
      if (parallelRun) {
        IntStream.range(0, works.size()).parallel().forEach(result);
      } else {
        IntStream.range(0, works.size()).forEach(result);
      }
      List<AllocationResult> results = List.of(made);
      List<OpenItem> created = new ArrayList<>();
      for (AllocationResult each : results) {
        each.unappliedItem().ifPresent(created::add);
      }
      List<OpenItem> changes = new ArrayList<>();
      for (int position : ledger.changedPositions()) {
        changes.add(ledger.current(position));
      }
      changes.addAll(created);
      AllocationRun built = AllocationRun.builder().addAllResults(results)
          .addAllChanges(changes).build();
      if (wholeLedger) {
        // unchanged items are the book's own instances; one list, handed over once
        List<OpenItem> after = new ArrayList<>(book.capacity() + created.size());
        for (int i = 0; i < book.capacity(); i++) {
          after.add(ledger.current(i));
        }
        after.addAll(created);
        built = built.withLedgerAfter(after);
      }
      LOG.debug("Applied {} payments: {} matched", payments.size(), built.matchedCount());
      return built;
    } finally {
      book.lock().readLock().unlock();
    }
  }

  private static Optional<Allocation> cashLeft(List<Allocation> lines) {
    for (Allocation line : lines) {
      if (line.kind() == AllocationKind.ON_ACCOUNT || line.kind() == AllocationKind.UNAPPLIED) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /**
   * A payment's result after the run: its lines, a {@code SHORT_PAYMENT} line for each document
   * it was the last to pay that stays open, and the item {@code createdId} for cash left over.
   */
  private AllocationResult result(AllocationWork work, int w, String createdId,
      RunLedger ledger, IntLongMap lastPayer) {
    List<Allocation> lines = new ArrayList<>(work.mutableLines());
    Set<DocumentId> shorted = new HashSet<>();
    for (Allocation line : work.mutableLines()) {
      if (line.kind() != AllocationKind.ALLOCATED) {
        continue;
      }
      int position = work.position(line.documentId().get());
      long open = ledger.open(position);
      if (lastPayer.get(position, -1) == w && open > 0 && shorted.add(line.documentId().get())) {
        lines.add(shortLine(work, ledger.book().item(position), open));
      }
    }
    Optional<OpenItem> unapplied = Optional.empty();
    Optional<Allocation> cashLeft = cashLeft(lines);
    if (cashLeft.isPresent()) {
      Allocation left = cashLeft.get();
      IncomingPayment payment = work.payment();
      unapplied = Optional.of(OpenItem.builder()
          .customerId(left.customerId().orElse(policy.suspenseAccount()))
          .documentId(DocumentId.of(createdId)).documentType(DocumentType.PAYMENT)
          .documentDate(payment.date()).dueDate(payment.date())
          .amount(left.amount().negated()).openAmount(left.amount().negated())
          .reference(payment.paymentId().value()).build());
    }
    List<Suggestion> suggestions = cashLeft.isPresent() ? work.suggestions() : List.of();
    return AllocationResult.builder().payment(work.payment())
        .customerId(work.customerId()).addAllLines(lines).addAllNettings(work.nettings())
        .unappliedItem(unapplied).addAllSuggestions(suggestions).build();
  }

  /** One payment through the chain, on {@code ledger}. */
  private AllocationWork work(IncomingPayment payment, RunLedger ledger) {
    AllocationWork work = new AllocationWork(payment, policy, ledger, sources);
    for (AllocationRule rule : rules) {
      work.running(rule.id());
      rule.apply(work);
      if (work.isDecided()) {
        break;
      }
    }
    finish(work);
    return work;
  }

  /** Records a payment's work, in input order: which documents it was the last to pay. */
  private static void paid(AllocationWork work, List<AllocationWork> works,
      IntLongMap lastPayer) {
    for (Allocation line : work.mutableLines()) {
      if (line.kind() == AllocationKind.ALLOCATED) {
        lastPayer.put(work.position(line.documentId().get()), works.size());
      }
    }
    work.release();
    works.add(work);
  }

  /**
   * Whether a run works on the payments in parallel: only with the library's own rules (which
   * keep nothing between payments) and no host evidence source (a host's code may not expect
   * to be called from several threads), only when {@link Builder#parallel} allows it, and only
   * for enough payments on more than one processor.
   */
  private boolean inParallel(int paymentCount) {
    return parallel && sources.isEmpty() && paymentCount >= 2 * BATCH
        && AllocationRules.all().containsAll(rules)
        && Runtime.getRuntime().availableProcessors() > 1;
  }

  /**
   * The payments a batch at a time: each payment of the batch is worked on the common fork-join
   * pool on a {@linkplain RunLedger#speculative() speculative view} of the ledger as the earlier
   * batches left it; then, in input order, a payment's work is kept when none of the positions
   * it read was changed or claimed by an earlier payment of the batch, and done again on the
   * ledger as it now stands otherwise (two payments of one customer, say). The result is the
   * same as one payment after another, line for line.
   */
  private void applyInBatches(RunLedger ledger, List<IncomingPayment> payments,
      List<AllocationWork> works, IntLongMap lastPayer) {
    int redone = 0;
    AllocationWork[] tried = new AllocationWork[BATCH];
    for (int from = 0; from < payments.size(); from += BATCH) {
      int count = Math.min(BATCH, payments.size() - from);
      int first = from;
      IntStream.range(0, count).parallel().forEach(i -> {
        try {
          tried[i] = work(payments.get(first + i), ledger.speculative());
        } catch (RuntimeException e) {
          tried[i] = null; // done again in order below, where the error is the run's own
        }
      });
      IntLongMap written = new IntLongMap();
      for (int i = 0; i < count; i++) {
        AllocationWork work = tried[i];
        tried[i] = null;
        if (work == null || work.ledger().readAny(written)) {
          work = work(payments.get(first + i), ledger.speculative());
          redone++;
        }
        work.rebase(work.ledger().commitTo(written));
        paid(work, works, lastPayer);
      }
    }
    LOG.debug("Worked {} payments in parallel batches of {}; {} done again in order",
        payments.size(), BATCH, redone);
  }

  /**
   * Un-applies one payment: the ledger after a run with the payment's lines (and nettings)
   * restored to the documents and its on-account or unapplied item removed. Reversing every
   * payment of a run gives the ledger before it.
   *
   * <p>The payment's on-account or unapplied item must still be in {@code ledger} untouched: cash
   * that was since offset against another document or refunded cannot be taken back by dropping
   * the item (the customer's debt would vanish with it). Reverse the offset or refund first.
   *
   * @throws IllegalArgumentException when the payment's on-account or unapplied item is missing
   *     from {@code ledger} or its open amount has changed since the run
   */
  public static List<OpenItem> reverse(List<OpenItem> ledger, AllocationResult result) {
    result.unappliedItem().ifPresent(created -> {
      Optional<OpenItem> now = ledger.stream()
          .filter(item -> item.documentId().equals(created.documentId())).findFirst();
      if (now.isEmpty() || !now.get().openAmount().equals(created.openAmount())) {
        throw new IllegalArgumentException("Cannot reverse payment "
            + result.payment().paymentId().value() + ": its cash left as "
            + created.documentId().value() + " (" + created.openAmount().negated()
            + ") was since offset or refunded (open now "
            + now.map(item -> item.openAmount().negated().toString()).orElse("nothing: the item is gone")
            + "); reverse the offset or refund first");
      }
    });
    Map<DocumentId, Long> restore = new HashMap<>();
    for (Allocation line : result.lines()) {
      if (line.kind().reducesDocument()) {
        restore.merge(line.documentId().get(), line.amount().getAmountMinorLong(), Long::sum);
      }
    }
    for (CreditNetting netting : result.nettings()) {
      restore.merge(netting.debitDocument(), netting.amount().getAmountMinorLong(), Long::sum);
      restore.merge(netting.creditNote(), -netting.amount().getAmountMinorLong(), Long::sum);
    }
    Optional<DocumentId> created = result.unappliedItem().map(OpenItem::documentId);
    List<OpenItem> reversed = new ArrayList<>(ledger.size());
    for (OpenItem item : ledger) {
      if (created.isPresent() && created.get().equals(item.documentId())) {
        continue;
      }
      Long delta = restore.get(item.documentId());
      reversed.add(delta == null ? item : item.withOpenAmount(
          Monies.ofMinor(item.currency(), item.openAmount().getAmountMinorLong() + delta)));
    }
    return reversed;
  }

  static Allocation shortLine(AllocationWork work, OpenItem item, long open) {
    Money left = Monies.ofMinor(item.currency(), open);
    Explanation why = Explanation.builder().ruleId("SHORT_PAYMENT")
        .sentence(item.documentId().value() + " received cash but " + Sentences.money(left)
            + " stays open after the run: paid short, to investigate or dispute.")
        .addReasonCodes("PAID_SHORT").putFacts("document", item.documentId().value())
        .putFacts("still_open", Sentences.money(left)).build();
    return Allocation.builder().paymentId(work.payment().paymentId())
        .kind(AllocationKind.SHORT_PAYMENT).customerId(item.customerId())
        .documentId(item.documentId()).amount(left).ruleId("SHORT_PAYMENT").explanation(why)
        .build();
  }

  private void finish(AllocationWork work) {
    Money left = work.remaining();
    if (left.isZero()) {
      return;
    }
    String notes = work.notes().isEmpty() ? "" : String.join("; ", work.notes());
    Optional<CustomerId> customer = work.customerId();
    if (customer.isPresent()) {
      String rule = work.decidedBy().orElse("LEFT_ON_ACCOUNT");
      String sentence = Sentences.money(left) + " left on account of " + customer.get().value()
          + " (identified by " + work.identifiedBy().orElse("?") + ")"
          + (notes.isEmpty() ? ": no document could be determined with confidence." : ": "
          + notes + ".");
      Explanation why = Sentences.of(work, rule, sentence).addReasonCodes("ON_ACCOUNT").build();
      work.mutableLines().add(Allocation.builder().paymentId(work.payment().paymentId())
          .kind(AllocationKind.ON_ACCOUNT).customerId(customer.get()).amount(left)
          .ruleId(rule).explanation(why).build());
    } else {
      String sentence = "Payer not identified with confidence"
          + (notes.isEmpty() ? "" : " (" + notes + ")")
          + ": " + Sentences.money(left) + " goes to suspense to investigate.";
      Explanation why = Sentences.of(work, "UNIDENTIFIED", sentence)
          .addReasonCodes("UNIDENTIFIED_PAYER").build();
      work.mutableLines().add(Allocation.builder().paymentId(work.payment().paymentId())
          .kind(AllocationKind.UNAPPLIED).amount(left).ruleId("UNIDENTIFIED")
          .explanation(why).build());
    }
  }

  /** Builds a {@link CashApplication}: reorder, drop or add rules; set the policy. */
  public static final class Builder {
    private final List<AllocationRule> rules = new ArrayList<>(AllocationRules.standard());
    private AllocationPolicy policy = AllocationPolicy.defaults();
    private final List<EvidenceSource> sources = new ArrayList<>();
    private boolean parallel = true;

    private Builder() {}

    /** Replaces the whole chain. */
    public Builder rules(List<AllocationRule> chain) {
      rules.clear();
      rules.addAll(chain);
      return this;
    }

    /**
     * Adds a host's rule: just before the evidence engine ({@code EVIDENCE}) when the chain has
     * it, so that what the rule identifies or names ({@link AllocationWork#addReference}) is
     * weighed with the rest of the evidence; at the end of the chain otherwise. A rule that must
     * run after the engine (a fallback for what it left undecided) goes in with
     * {@link #insertBefore} or {@link #rules}.
     */
    public Builder add(AllocationRule rule) {
      Objects.requireNonNull(rule, "rule");
      int engine = -1;
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals("EVIDENCE")) {
          engine = i;
        }
      }
      if (engine >= 0) {
        rules.add(engine, rule);
      } else {
        rules.add(rule);
      }
      return this;
    }

    /** Inserts a rule before the rule with id {@code beforeId}. */
    public Builder insertBefore(String beforeId, AllocationRule rule) {
      rules.add(indexOf(beforeId), Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Drops the rule with this id. */
    public Builder remove(String ruleId) {
      rules.remove(indexOf(ruleId));
      return this;
    }

    /** Switches the oldest-first fallback on (appended after the standard chain) or off. */
    public Builder fifoFallback(boolean on) {
      rules.removeIf(r -> r.id().equals(AllocationRules.FIFO_OLDEST_FIRST.id()));
      if (on) {
        rules.add(AllocationRules.FIFO_OLDEST_FIRST);
      }
      return this;
    }

    /** Sets the policy. */
    public Builder policy(AllocationPolicy newPolicy) {
      this.policy = Objects.requireNonNull(newPolicy, "policy");
      return this;
    }

    /**
     * Adds a host's own source of evidence (its sales-order numbers, say), consulted for every
     * payment by the evidence engine ({@code EVIDENCE}) before it weighs the readings.
     */
    public Builder evidenceSource(EvidenceSource source) {
      sources.add(Objects.requireNonNull(source, "source"));
      return this;
    }

    /** Uses today's chain of first-rule-fires (see {@link AllocationRules#legacy()}). */
    public Builder legacy() {
      return rules(AllocationRules.legacy());
    }

    /**
     * Whether a large run may work on several payments at once on the common fork-join pool
     * (default on). The result is the same either way, line for line: payments are still
     * decided as if one after another. It happens only with the library's own rules and no
     * {@link #evidenceSource}, from 1,024 payments, on more than one processor; off keeps the
     * run on the caller's thread.
     */
    public Builder parallel(boolean allowed) {
      this.parallel = allowed;
      return this;
    }

    /** The cash application. */
    public CashApplication build() {
      return new CashApplication(rules, policy, sources, parallel);
    }

    private int indexOf(String id) {
      for (int i = 0; i < rules.size(); i++) {
        if (rules.get(i).id().equals(id)) {
          return i;
        }
      }
      throw new IllegalArgumentException("No rule '" + id + "' in the chain");
    }
  }
}
