package io.credere.allocation;

import io.credere.allocation.internal.NameMatcher;
import io.credere.allocation.internal.ReferenceText;
import io.credere.core.customer.Customer;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyMismatchException;
import org.joda.money.Money;

/**
 * The work on one payment as it passes through the {@link AllocationRule}s: who the payer is,
 * which documents the payment names ({@link Mention}s), and the lines decided so far. Rules and
 * {@link EvidenceSource}s read the ledger through it (every lookup indexed, only documents in
 * the payment's currency, with their open amounts as they stand after the earlier payments of
 * the run) and record what they find or decide.
 *
 * <p>Confined to one payment on one thread; not thread-safe, never kept beyond the rule call.
 */
public final class AllocationWork {

  private final IncomingPayment payment;
  private final AllocationPolicy policy;
  private RunLedger ledger;
  private final List<EvidenceSource> sources;
  private final List<Allocation> lines = new ArrayList<>();
  private final List<CreditNetting> nettings = new ArrayList<>();
  private List<Mention> mentions = new ArrayList<>();
  /** {@link #mentions} as a set: a remittance may name many documents, each once. */
  private Set<Mention> mentioned = new HashSet<>();
  private Map<DocumentId, OpenItem> references = new LinkedHashMap<>();
  private List<String> notes = new ArrayList<>();
  private final List<Suggestion> suggestions = new ArrayList<>();
  private long remaining;
  private long chargesLeft;
  private CustomerId customerId;
  private String identifiedBy;
  private String identifyingRule;
  private boolean foreignReferences;
  private String decidedBy;
  private String running;
  private Map<DocumentId, String> referencedBy = new HashMap<>();
  /** The positions this payment's work looked up (the engine asks for the same few often). */
  private Map<DocumentId, Integer> positions = new HashMap<>();

  AllocationWork(IncomingPayment payment, AllocationPolicy policy, RunLedger ledger,
      List<EvidenceSource> sources) {
    this.payment = payment;
    this.policy = policy;
    this.ledger = ledger;
    this.sources = sources;
    this.remaining = payment.amount().getAmountMinorLong();
    this.chargesLeft = payment.charges().map(Money::getAmountMinorLong).orElse(0L);
  }

  /** The payment being applied. */
  public IncomingPayment payment() {
    return payment;
  }

  /** The run's settings. */
  public AllocationPolicy policy() {
    return policy;
  }

  // ---- the payer ----

  /** The customer the payment is attributed to, once a rule identified one. */
  public Optional<CustomerId> customerId() {
    return Optional.ofNullable(customerId);
  }

  /** How the payer was identified ("customer id given"), once identified. */
  public Optional<String> identifiedBy() {
    return Optional.ofNullable(identifiedBy);
  }

  /** The rule that identified the payer, once identified. */
  public Optional<String> identifyingRule() {
    return Optional.ofNullable(identifyingRule);
  }

  /**
   * Attributes the payment to {@code customer}.
   *
   * @param how what identified it, as a phrase ("bank account DE89... is theirs")
   * @throws IllegalStateException when the payer is already identified
   */
  public void identify(CustomerId customer, String ruleId, String how) {
    if (customerId != null) {
      throw new IllegalStateException("Payment " + payment.paymentId().value()
          + " is already attributed to " + customerId.value());
    }
    this.customerId = Objects.requireNonNull(customer, "customer");
    this.identifyingRule = Objects.requireNonNull(ruleId, "ruleId");
    this.identifiedBy = Objects.requireNonNull(how, "how");
  }

  /** Attributes the payment to another customer than the one identified (a third party paid). */
  void reattribute(CustomerId customer, String ruleId, String how) {
    this.customerId = null;
    identify(customer, ruleId, how);
  }

  /** Forgets the payer identified (conflicting evidence: nobody is identified with confidence). */
  void unidentify() {
    this.customerId = null;
    this.identifyingRule = null;
    this.identifiedBy = null;
  }

  /** Whether the ledger or the customer list knows the customer. */
  public boolean knows(CustomerId customer) {
    return ledger.book().knows(customer);
  }

  /** The customer's account, when the customer list has it. */
  public Optional<Customer> customer(CustomerId customer) {
    return Optional.ofNullable(ledger.book().customerOrNull(customer));
  }

  /** Customers known to pay from {@code account} (any spacing or case). */
  public List<CustomerId> customersWithAccount(String account) {
    return ledger.book().customersWithAccount(account);
  }

  /**
   * The customers whose full name, legal form included, is {@code payerName} (case, accents,
   * punctuation folded), or starts with it when the bank cut it short.
   */
  public List<CustomerId> customersNamed(String payerName) {
    return ledger.book().sameName(payerName);
  }

  /** The (at most two) customers whose names are most like {@code payerName}, best first. */
  public List<CustomerMatch> closestCustomers(String payerName) {
    List<CustomerMatch> matches = new ArrayList<>(2);
    for (NameMatcher.Score score : ledger.book().closestNames(payerName)) {
      matches.add(new CustomerMatch((CustomerId) score.owner(), score.similarity()));
    }
    return matches;
  }

  // ---- documents ----

  /** The document with this id, in any currency, with its current open amount. */
  public Optional<OpenItem> document(DocumentId documentId) {
    int position = ledger.book().position(documentId);
    return position < 0 ? Optional.empty() : Optional.of(ledger.current(position));
  }

  /**
   * Documents in the payment currency whose id reads as {@code reference} (any case, spacing,
   * separators, prefix punctuation or OCR look-alikes: {@code inv 2026/4784} finds
   * {@code INV-2026-04784} only when the digits agree as written; see {@link #documentsByTail}).
   */
  public List<OpenItem> documentsByKey(String reference) {
    return documentsAt(ledger.book().byKey(ReferenceText.looseKey(reference)));
  }

  /** The index positions of {@link #documentsByLooseKey}'s documents, in the same order. */
  int[] looseKeyPositions(String looseKey) {
    int currency = currencyNumber();
    return currency < 0 ? new int[0]
        : ledger.book().ofCurrency(ledger.book().byKey(looseKey), currency);
  }

  /** Whether the item at {@code position} is a debit document (read off the index). */
  boolean isDebitAt(int position) {
    return (ledger.book().kind(position) & LedgerIndex.DEBIT) != 0;
  }

  /** Documents in the payment currency whose loose key (see {@code ReferenceText.loose}) is this. */
  List<OpenItem> documentsByLooseKey(String looseKey) {
    return documentsAt(ledger.book().byKey(looseKey));
  }

  /** Documents in the payment currency whose id's last digit group is {@code digits} (zeros aside). */
  public List<OpenItem> documentsByTail(String digits) {
    return documentsAt(ledger.book().byTail(ReferenceText.stripZeros(ReferenceText.key(digits))));
  }

  /** Documents in the payment currency whose customer reference reads as {@code reference}. */
  public List<OpenItem> documentsByReference(String reference) {
    return documentsAt(referencePositions(reference));
  }

  /** The index positions of {@link #documentsByReference}'s documents, in the same order. */
  int[] referencePositions(String reference) {
    int currency = currencyNumber();
    if (currency < 0) {
      return new int[0];
    }
    String key = ReferenceText.key(reference);
    int[] found = ledger.byReference(ReferenceText.loose(key), currency);
    if (found.length == 0 && ReferenceText.isCreditorReference(key)) {
      found = ledger.byReference(ReferenceText.loose(key.substring(4)), currency);
    }
    return found;
  }

  /**
   * Of the documents at {@code ascending} (index positions in ascending order, as the index's
   * lookups give them), those of {@code customer}, in the order of its items (oldest due first):
   * {@code ascending} may be long, the customer's items are what is read.
   */
  List<OpenItem> documentsOf(CustomerId customer, int[] ascending) {
    int[] own = ledger.book().byCustomer(customer);
    int[] kept = new int[own.length];
    int count = 0;
    for (int position : own) {
      if (Arrays.binarySearch(ascending, position) >= 0) {
        kept[count++] = position;
      }
    }
    return documentsAt(Arrays.copyOf(kept, count));
  }

  /** The open amount of a document now (after the earlier payments and lines of the run). */
  public Money openAmount(OpenItem item) {
    return Monies.ofMinor(item.currency(), ledger.open(position(item.documentId())));
  }

  /**
   * The identified customer's documents in the payment currency that are still open, oldest due
   * first (no {@code PAYMENT} items); empty while the payer is unknown.
   */
  public List<OpenItem> openItems() {
    return customerId == null ? List.of() : openItemsOf(customerId);
  }

  /** A customer's documents in the payment currency that are still open, oldest due first. */
  public List<OpenItem> openItemsOf(CustomerId customer) {
    return itemsAt(openPositionsOf(customer));
  }

  /**
   * The index positions of {@link #openItemsOf}'s documents, in the same order: a large
   * customer's items are only made into a list where one is needed, and their open amounts are
   * read by position ({@link #openAt}), not looked up by document id.
   */
  int[] openPositionsOf(CustomerId customer) {
    // the items open when the run began, in the payment's currency, those still open now
    RunLedger.OpenAtStart atStart = openAtStartOf(customer);
    return atStart == null ? new int[0] : ledger.stillOpen(atStart, atStart.positions());
  }

  /**
   * Those of {@code members} (some of {@code group}'s positions) still open in the run's view,
   * in their order ({@link RunLedger#stillOpen}).
   */
  int[] stillOpen(RunLedger.OpenAtStart group, int[] members) {
    return ledger.stillOpen(group, members);
  }

  /**
   * The customer's items in the payment currency that were open when the run began (see
   * {@link RunLedger#openAtStartOf}); those closed since are for the caller to skip
   * ({@link #openAt}). Null when no item of the index has the payment currency.
   */
  RunLedger.OpenAtStart openAtStartOf(CustomerId customer) {
    int currency = currencyNumber();
    return currency < 0 ? null : ledger.openAtStartOf(customer, currency);
  }

  /** The index's number of the payment currency; -1 when no item of the index has it. */
  private int currencyNumber() {
    return ledger.book().currencyNumber(payment.currency());
  }

  /** The index the run works on. */
  LedgerIndex book() {
    return ledger.book();
  }

  /** The items at {@code positions}, in order (a list the caller may change). */
  List<OpenItem> itemsAt(int[] positions) {
    List<OpenItem> items = new ArrayList<>(positions.length);
    for (int position : positions) {
      items.add(ledger.book().item(position));
    }
    return items;
  }

  /** The open amount in minor units of the item at {@code position}, as this run sees it. */
  long openAt(int position) {
    return ledger.open(position);
  }

  /** The loose key of the document id of the item at {@code position} (made once a run). */
  String looseKeyAt(int position) {
    return ledger.book().looseKey(position);
  }

  /** The tail digits, without leading zeros, of the document id of the item at {@code position}. */
  String tailAt(int position) {
    return ledger.book().tail(position);
  }

  /** The item at index position {@code position}. */
  OpenItem itemAt(int position) {
    return ledger.book().item(position);
  }

  /** How many items the customer has in the ledger (any currency, any status). */
  public int itemCount(CustomerId customer) {
    return ledger.book().byCustomer(customer).length;
  }

  /**
   * Records evidence that the payment is for {@code document} (see {@link Mention}); the
   * evidence engine weighs it with the rest.
   */
  public void mention(OpenItem document, MentionKind kind, String text, String source) {
    Mention mention = new Mention(document, kind, text, source);
    if (mentioned.add(mention)) {
      mentions.add(mention);
    }
    references.putIfAbsent(document.documentId(), document);
  }

  /** The mentions so far, in the order found. */
  public List<Mention> mentions() {
    return List.copyOf(mentions);
  }

  /** Records that the remittance names {@code document} (a {@link MentionKind#HOST} mention). */
  public void addReference(OpenItem document) {
    references.putIfAbsent(document.documentId(), document);
    referencedBy.putIfAbsent(document.documentId(), running == null ? "HOST" : running);
  }

  /** The id of the rule that named {@code document} with {@link #addReference}, if one did. */
  Optional<String> referencedBy(DocumentId document) {
    return Optional.ofNullable(referencedBy.get(document));
  }

  /** Notes which rule of the chain is working on the payment now. */
  void running(String ruleId) {
    this.running = ruleId;
  }

  /** The documents named (by {@link #addReference} or a mention), in the order found. */
  public List<OpenItem> references() {
    return List.copyOf(references.values());
  }

  /** Records that the remittance names documents that cannot be used (another customer's). */
  public void markForeignReferences() {
    this.foreignReferences = true;
  }

  /** Whether the remittance named documents that could not be used. */
  public boolean hasForeignReferences() {
    return foreignReferences;
  }

  // ---- decisions ----

  /** The cash not yet placed on documents. */
  public Money remaining() {
    return Monies.ofMinor(payment.currency(), remaining);
  }

  /** The bank charges reported with the payment not yet cleared on a document. */
  public Money chargesLeft() {
    return Monies.ofMinor(payment.currency(), chargesLeft);
  }

  /** Applies {@code amount} of the cash to {@code document}. */
  public void allocate(OpenItem document, Money amount, Explanation explanation) {
    checkDocument(document, amount);
    if (amount.getAmountMinorLong() > remaining) {
      throw new IllegalArgumentException("Cannot allocate " + amount + " of payment "
          + payment.paymentId().value() + ": only " + remaining() + " remains");
    }
    reduce(document, amount);
    remaining -= amount.getAmountMinorLong();
    add(AllocationKind.ALLOCATED, document, amount, explanation);
  }

  /** Grants an early-payment discount of {@code amount} on {@code document}. */
  public void discount(OpenItem document, Money amount, Explanation explanation) {
    checkDocument(document, amount);
    reduce(document, amount);
    add(AllocationKind.DISCOUNT, document, amount, explanation);
  }

  /**
   * Clears {@code amount} of the payment's reported bank charges on {@code document}, without
   * cash; never more than the charges reported and not yet cleared.
   */
  public void bankCharges(OpenItem document, Money amount, Explanation explanation) {
    checkDocument(document, amount);
    if (amount.getAmountMinorLong() > chargesLeft) {
      throw new IllegalArgumentException("Cannot clear " + amount + " of bank charges on "
          + document.documentId().value() + ": the payment reports only " + chargesLeft()
          + " not yet cleared");
    }
    reduce(document, amount);
    chargesLeft -= amount.getAmountMinorLong();
    add(AllocationKind.BANK_CHARGES, document, amount, explanation);
  }

  /** Writes off {@code amount} of {@code document}; must be within the customer's tolerance. */
  public void writeOff(OpenItem document, Money amount, Explanation explanation) {
    checkDocument(document, amount);
    Money limit = tolerance(document);
    if (amount.isGreaterThan(limit)) {
      throw new IllegalArgumentException("Write-off " + amount + " on "
          + document.documentId().value() + " exceeds the tolerance " + limit);
    }
    reduce(document, amount);
    add(AllocationKind.WRITE_OFF, document, amount, explanation);
  }

  /** Clears {@code amount} of credit note {@code creditNote} against {@code debit}; no cash moves. */
  public void net(OpenItem creditNote, OpenItem debit, Money amount) {
    if (creditNote.documentType().isDebit() || !debit.documentType().isDebit()) {
      throw new IllegalArgumentException("Netting needs a credit document and a debit document");
    }
    checkDocument(debit, amount);
    int credit = position(creditNote.documentId());
    if (!creditNote.customerId().equals(debit.customerId())
        || -ledger.open(credit) < amount.getAmountMinorLong()) {
      throw new IllegalArgumentException("Cannot net " + amount + ": only "
          + Monies.ofMinor(creditNote.currency(), -ledger.open(credit)) + " is open on "
          + creditNote.documentId().value() + " of the same customer");
    }
    reduce(debit, amount);
    ledger.change(credit, amount.getAmountMinorLong());
    nettings.add(CreditNetting.builder().paymentId(payment.paymentId())
        .creditNote(creditNote.documentId()).debitDocument(debit.documentId()).amount(amount)
        .build());
  }

  /**
   * The write-off tolerance for a document: by the customer's risk class, else the default, on
   * its open amount before this payment.
   */
  public Money tolerance(OpenItem document) {
    Customer customer = ledger.book().customerOrNull(document.customerId());
    Optional<String> riskClass = customer == null ? Optional.empty() : customer.riskClass();
    int position = position(document.documentId());
    long open = ledger.openAtRunStart(position);
    return policy.toleranceFor(riskClass).limitFor(Monies.ofMinor(document.currency(), open));
  }

  /** Ends the chain for this payment: {@code ruleId} decided; the rest of the cash stays unapplied. */
  public void decide(String ruleId) {
    this.decidedBy = Objects.requireNonNull(ruleId, "ruleId");
  }

  /** Whether a rule has decided the payment. */
  public boolean isDecided() {
    return decidedBy != null;
  }

  /** The rule that decided, once decided. */
  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  /** Notes why cash could not be placed (a phrase used in the unapplied line's sentence). */
  public void note(String reason) {
    notes.add(Objects.requireNonNull(reason, "reason"));
  }

  /** The notes so far. */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** The lines decided so far. */
  public List<Allocation> lines() {
    return List.copyOf(lines);
  }

  /** Records a candidate match for a person to look at if the cash stays unapplied. */
  public void suggest(Suggestion suggestion) {
    suggestions.add(Objects.requireNonNull(suggestion, "suggestion"));
  }

  // ---- for the engine ----

  List<Allocation> mutableLines() {
    return lines;
  }

  List<CreditNetting> nettings() {
    return nettings;
  }

  List<Suggestion> suggestions() {
    return suggestions;
  }

  List<EvidenceSource> sources() {
    return sources;
  }

  RunLedger ledger() {
    return ledger;
  }

  /**
   * Lets go of what only the chain needed (mentions, references, notes, looked-up positions)
   * once the payment is decided: a run keeps every payment's work until its results are made,
   * and a large run's scratch would otherwise stay in the heap to the end.
   */
  void release() {
    mentions = List.of();
    mentioned = Set.of();
    references = Map.of();
    notes = List.of();
    referencedBy = Map.of();
    positions = new HashMap<>();
  }

  /** After a speculative view's changes were committed: reads go to the run's view again. */
  void rebase(RunLedger runLedger) {
    this.ledger = runLedger;
  }

  long openMinor(OpenItem item) {
    return ledger.open(position(item.documentId()));
  }

  private void add(AllocationKind kind, OpenItem document, Money amount, Explanation why) {
    lines.add(Allocation.builder().paymentId(payment.paymentId()).kind(kind)
        .customerId(document.customerId()).documentId(document.documentId()).amount(amount)
        .ruleId(why.ruleId()).explanation(why).build());
  }

  private void reduce(OpenItem document, Money amount) {
    int position = position(document.documentId());
    long open = ledger.open(position);
    if (open < amount.getAmountMinorLong()) {
      throw new IllegalArgumentException("Cannot reduce " + document.documentId().value()
          + " by " + amount + ": only " + openAmount(document) + " is open");
    }
    ledger.change(position, -amount.getAmountMinorLong());
  }

  private void checkDocument(OpenItem document, Money amount) {
    if (!document.currency().equals(payment.currency())
        || !amount.getCurrencyUnit().equals(payment.currency())) {
      throw new CurrencyMismatchException(payment.currency(), document.currency());
    }
    if (!document.documentType().isDebit()) {
      throw new IllegalArgumentException("Cash goes to invoices and debit notes only, not "
          + document.documentType() + " " + document.documentId().value());
    }
    if (customerId == null || !customerId.equals(document.customerId())) {
      throw new IllegalArgumentException("Document " + document.documentId().value()
          + " is not of the customer the payment is attributed to");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("Amount must be positive, but was " + amount);
    }
  }

  int position(DocumentId documentId) {
    Integer known = positions.get(documentId);
    if (known != null) {
      return known;
    }
    int position = ledger.book().position(documentId);
    if (position < 0) {
      throw new IllegalArgumentException("Document " + documentId.value()
          + " is not in the ledger");
    }
    positions.put(documentId, position);
    return position;
  }

  /** The documents at these index positions that are of the payment currency, in order. */
  List<OpenItem> documentsAt(int[] positions) {
    if (positions.length == 0) {
      return List.of();
    }
    List<OpenItem> found = new ArrayList<>(positions.length);
    for (int position : positions) {
      OpenItem item = ledger.book().item(position);
      if (item.currency().equals(payment.currency())) {
        found.add(item);
        this.positions.putIfAbsent(item.documentId(), position);
      }
    }
    return found;
  }
}
