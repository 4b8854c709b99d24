package io.credere.allocation;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The built-in {@link AllocationRule}s, by id, and the standard chain.
 *
 * <table>
 *   <caption>Built-in rules</caption>
 *   <tr><th>id</th><th>does</th></tr>
 *   <tr><td>{@code GIVEN_CUSTOMER}</td><td>identifies the payer by the customer id given with the
 *       payment</td></tr>
 *   <tr><td>{@code BANK_ACCOUNT}</td><td>identifies the payer by a bank account known for exactly
 *       one customer (spaces and case ignored)</td></tr>
 *   <tr><td colspan="2">The legacy chain's rules ({@link #legacy()}):</td></tr>
 *   <tr><td>{@code DOCUMENT_REFERENCE}</td><td>finds document numbers (whatever the case,
 *       separators, spacing or prefix), ISO 11649 creditor references (checksum validated) and
 *       customer references (PO numbers) in the remittance and structured references; identifies
 *       an unknown payer when every document named is of one customer</td></tr>
 *   <tr><td>{@code PAYER_NAME}</td><td>identifies the payer by a name similar to one customer's
 *       only (legal forms, punctuation, case, diacritics, truncation set aside)</td></tr>
 *   <tr><td>{@code REFERENCE_MATCH}</td><td>applies the cash to the documents named: exact,
 *       several summing up, credit notes netted, early-payment discount, write-off within
 *       tolerance, over-payment on account, partial payment oldest due first</td></tr>
 *   <tr><td>{@code AMOUNT_MATCH}</td><td>without references: applies the cash when exactly one
 *       set of the customer's open items sums to it (bounded search), refusing when two
 *       do</td></tr>
 *   <tr><td>{@code EVIDENCE}</td><td>the evidence engine: reads every reference form, weighs
 *       references, amount and payer readings against each other ({@link EvidenceWeights}) and
 *       applies one only when it explains the evidence and no other comes close; attributes the
 *       cash to the customer whose documents it pays (a third party paying)</td></tr>
 *   <tr><td>{@code FIFO_OLDEST_FIRST}</td><td>(not in the standard chain) without references:
 *       settles whole open items, oldest due first</td></tr>
 * </table>
 */
public final class AllocationRules {

  /** {@code GIVEN_CUSTOMER}. */
  public static final AllocationRule GIVEN_CUSTOMER = new IdentificationRules.GivenCustomer();
  /** {@code BANK_ACCOUNT}. */
  public static final AllocationRule BANK_ACCOUNT = new IdentificationRules.BankAccount();
  /** {@code DOCUMENT_REFERENCE}. */
  public static final AllocationRule DOCUMENT_REFERENCE = new ReferenceExtraction();
  /** {@code PAYER_NAME}. */
  public static final AllocationRule PAYER_NAME = new IdentificationRules.PayerName();
  /** {@code REFERENCE_MATCH}. */
  public static final AllocationRule REFERENCE_MATCH = new ReferenceMatch();
  /** {@code AMOUNT_MATCH}. */
  public static final AllocationRule AMOUNT_MATCH = new AmountMatch();
  /** {@code EVIDENCE}. */
  public static final AllocationRule EVIDENCE = new EvidenceMatch();
  /** {@code FIFO_OLDEST_FIRST}. */
  public static final AllocationRule FIFO_OLDEST_FIRST = new FifoOldestFirst();

  private static final List<AllocationRule> ALL = List.of(GIVEN_CUSTOMER, BANK_ACCOUNT,
      DOCUMENT_REFERENCE, PAYER_NAME, REFERENCE_MATCH, AMOUNT_MATCH, EVIDENCE, FIFO_OLDEST_FIRST);
  private static final Map<String, AllocationRule> BY_ID = ALL.stream()
      .collect(Collectors.toMap(AllocationRule::id, Function.identity()));

  private AllocationRules() {}

  /**
   * The standard chain, in order: {@code GIVEN_CUSTOMER}, {@code BANK_ACCOUNT},
   * {@code EVIDENCE}. A host's deciding rule goes before {@code EVIDENCE}; its evidence goes
   * into an {@link EvidenceSource}.
   */
  public static List<AllocationRule> standard() {
    return List.of(GIVEN_CUSTOMER, BANK_ACCOUNT, EVIDENCE);
  }

  /**
   * Today's chain before the evidence engine, where the first rule that fires decides:
   * {@code GIVEN_CUSTOMER}, {@code BANK_ACCOUNT}, {@code DOCUMENT_REFERENCE}, {@code PAYER_NAME},
   * {@code REFERENCE_MATCH}, {@code AMOUNT_MATCH}. Kept as the baseline the benchmarks measure
   * the evidence engine against; it makes wrong matches on hard remittances.
   */
  public static List<AllocationRule> legacy() {
    return List.of(GIVEN_CUSTOMER, BANK_ACCOUNT, DOCUMENT_REFERENCE, PAYER_NAME, REFERENCE_MATCH,
        AMOUNT_MATCH);
  }

  /** Every built-in rule. */
  public static List<AllocationRule> all() {
    return ALL;
  }

  /**
   * The built-in rule with this id (case-insensitive).
   *
   * @throws IllegalArgumentException naming the known ids when there is none
   */
  public static AllocationRule of(String id) {
    AllocationRule rule = BY_ID.get(id.strip().toUpperCase(Locale.ROOT));
    if (rule == null) {
      throw new IllegalArgumentException("Unknown allocation rule '" + id + "' (known: "
          + ALL.stream().map(AllocationRule::id).collect(Collectors.joining(", ")) + ")");
    }
    return rule;
  }
}
