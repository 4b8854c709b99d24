package io.credere.collections.escalation;

import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.joda.money.Money;

/**
 * The file handed to a collection agency or a lawyer: who owes what (principal, interest, costs
 * still open on the hand-over date), what was paid already, and the contact history, as plain
 * values a host prints or sends. {@code total = principal + interest + costs}. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractHandOver {

  /** The case's id. */
  public abstract String caseId();

  /** The customer. */
  public abstract CustomerId customerId();

  /** {@link CaseStage#AGENCY} or {@link CaseStage#LEGAL}. */
  public abstract CaseStage target();

  /** The hand-over date. */
  public abstract LocalDate date();

  /** The documents of the debt. */
  public abstract List<DocumentId> documents();

  /** The principal still open. */
  public abstract Money principal();

  /** The interest still open. */
  public abstract Money interest();

  /** The costs still open. */
  public abstract Money costs();

  /** What the customer paid on the case before the hand-over. */
  public abstract Money paidBefore();

  /** The contacts with the customer, oldest first. */
  public abstract List<ContactNote> contacts();

  /** Why and what is handed over. */
  public abstract Explanation explanation();

  /** Principal plus interest plus costs. */
  public final Money total() {
    return principal().plus(interest()).plus(costs());
  }
}
