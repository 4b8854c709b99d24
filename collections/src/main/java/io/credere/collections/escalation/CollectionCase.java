package io.credere.collections.escalation;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.Checks;
import io.credere.core.CredereAggregate;
import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A collection case: the overdue debt of a customer on its way from reminders through the final
 * demand to a collection agency or legal action, until it is paid or written off.
 *
 * <p>The state machine ({@link #TRANSITIONS}); every open stage also takes PAYMENT (staying, or
 * CLOSED_PAID when nothing is left), CHARGE and CONTACT (staying) and WRITE_OFF
 * (CLOSED_WRITTEN_OFF):
 *
 * <pre>
 * REMINDER_1 --ESCALATE--> REMINDER_2 | REMINDER_3 | FINAL_DEMAND   (by the policy's reminders)
 * REMINDER_2 --ESCALATE--> REMINDER_3 | FINAL_DEMAND
 * REMINDER_3 --ESCALATE--> FINAL_DEMAND
 * FINAL_DEMAND --HAND_OVER--> AGENCY | LEGAL
 * AGENCY --HAND_OVER--> LEGAL
 * </pre>
 *
 * <p>ESCALATE and HAND_OVER are refused before {@link #nextStepDue()}: the stage's anchor plus
 * its waiting days ({@link EscalationPolicy#waitingDays}). The anchor is the day the stage was
 * entered, and moves to the day of a part payment: <b>a part payment never sends the case back
 * to the first reminder</b> (it stays at its stage) but gives the customer the stage's full
 * waiting period on the remaining balance, which is what a hand-over then claims. (An overdue
 * engine that derives the stage from the age of the oldest unpaid invoice, as Kill Bill's does,
 * restarts or skips stages when a part payment changes that invoice.)
 *
 * <p>A payment settles costs first, then interest, then principal (the order of BGB §367(1));
 * what exceeds the balance is recorded as {@link #overpaid()}.
 *
 * <p>Invariants, checked on every instance (an opened case, each state a command returns, a
 * restored one): amounts never negative, all in the debt's currency, and nothing created or
 * lost: {@code originalDebt + interestCharged + costsCharged = paidApplied + writtenOff +
 * principal + interest + costs}; the payments sum to {@code paidApplied + overpaid}, one per
 * PAYMENT in the history, and the contacts are one per CONTACT; a closed case has a zero
 * balance; a hand-over file exactly when the history has a HAND_OVER; the anchor not before the
 * opening; the history a walk through {@link #TRANSITIONS} from REMINDER_1 to the stage.
 *
 * <p>Open with {@link #open}; send events with {@link #apply}; load a saved case with
 * {@link #restore}. There is no other way to make or change one (no public builder or
 * {@code with*}). Immutable and thread-safe.
 */
@Value.Immutable
@CredereAggregate
public abstract class CollectionCase {

  private static final CaseStage[] OPEN_STAGES = {CaseStage.REMINDER_1, CaseStage.REMINDER_2,
      CaseStage.REMINDER_3, CaseStage.FINAL_DEMAND, CaseStage.AGENCY, CaseStage.LEGAL};

  /** The transition table of every collection case. */
  public static final TransitionTable<CaseStage, CaseEvent.Kind> TRANSITIONS = table();

  private static TransitionTable<CaseStage, CaseEvent.Kind> table() {
    TransitionTable.Builder<CaseStage, CaseEvent.Kind> table = TransitionTable.builder(
        "collection case", CaseStage.class, CaseEvent.Kind.class)
        .allow(CaseStage.REMINDER_1, CaseEvent.Kind.ESCALATE, CaseStage.REMINDER_2,
            CaseStage.REMINDER_3, CaseStage.FINAL_DEMAND)
        .allow(CaseStage.REMINDER_2, CaseEvent.Kind.ESCALATE, CaseStage.REMINDER_3,
            CaseStage.FINAL_DEMAND)
        .allow(CaseStage.REMINDER_3, CaseEvent.Kind.ESCALATE, CaseStage.FINAL_DEMAND)
        .allow(CaseStage.FINAL_DEMAND, CaseEvent.Kind.HAND_OVER, CaseStage.AGENCY,
            CaseStage.LEGAL)
        .allow(CaseStage.AGENCY, CaseEvent.Kind.HAND_OVER, CaseStage.LEGAL);
    for (CaseStage stage : OPEN_STAGES) {
      table.allow(stage, CaseEvent.Kind.PAYMENT, stage, CaseStage.CLOSED_PAID)
          .allow(stage, CaseEvent.Kind.CHARGE, stage)
          .allow(stage, CaseEvent.Kind.CONTACT, stage)
          .allow(stage, CaseEvent.Kind.WRITE_OFF, CaseStage.CLOSED_WRITTEN_OFF);
    }
    return table.build();
  }

  /**
   * A case opened at the first reminder.
   *
   * @param caseId the host's id for the case, not blank
   * @param customerId the customer
   * @param documents the overdue documents of the debt
   * @param debt the overdue principal, positive
   * @param openedOn the date the first reminder went out (the first anchor)
   * @param policy the waiting periods
   */
  public static CollectionCase open(String caseId, CustomerId customerId,
      List<DocumentId> documents, Money debt, LocalDate openedOn, EscalationPolicy policy) {
    Money zero = Money.zero(Checks.notNull(debt, "debt").getCurrencyUnit());
    if (!debt.isPositive()) {
      throw ValidationException.of("debt", Optional.of(debt.toString()), "must be positive");
    }
    return ImmutableCollectionCase.builder().caseId(caseId).customerId(customerId)
        .addAllDocuments(documents).openedOn(openedOn).policy(policy).stage(CaseStage.REMINDER_1)
        .anchorDate(openedOn).originalDebt(debt).principal(debt).interest(zero).costs(zero)
        .interestCharged(zero).costsCharged(zero).paidApplied(zero).overpaid(zero)
        .writtenOff(zero).build();
  }

  /**
   * A case as a host saved it, checked against every invariant (the balance above all): a state
   * that the commands could not have produced is refused.
   *
   * @param caseId the host's id for the case, not blank
   * @param customerId the customer
   * @param documents the documents of the debt
   * @param openedOn the date the case was opened
   * @param policy the waiting periods
   * @param stage where it stands
   * @param anchorDate the date the current waiting period counts from
   * @param amounts the case's money, see {@link SavedAmounts}
   * @param payments the payments, in the order applied
   * @param contacts the contacts logged, oldest first
   * @param handOver the hand-over file, when the case was handed over
   * @param history what happened to it, oldest first
   * @throws ValidationException naming the attribute and the rule when the saved case is
   *     inconsistent (it does not balance, a closed case with money open, a stage its history
   *     does not lead to)
   */
  public static CollectionCase restore(String caseId, CustomerId customerId,
      List<DocumentId> documents, LocalDate openedOn, EscalationPolicy policy, CaseStage stage,
      LocalDate anchorDate, SavedAmounts amounts, List<AppliedPayment> payments,
      List<ContactNote> contacts, Optional<HandOver> handOver,
      List<StateChange<CaseStage>> history) {
    Checks.notNull(amounts, "amounts");
    return ImmutableCollectionCase.builder().caseId(caseId).customerId(customerId)
        .addAllDocuments(documents).openedOn(openedOn).policy(policy).stage(stage)
        .anchorDate(anchorDate).originalDebt(amounts.originalDebt())
        .principal(amounts.principal()).interest(amounts.interest()).costs(amounts.costs())
        .interestCharged(amounts.interestCharged()).costsCharged(amounts.costsCharged())
        .paidApplied(amounts.paidApplied()).overpaid(amounts.overpaid())
        .writtenOff(amounts.writtenOff()).addAllPayments(payments).addAllContacts(contacts)
        .handOver(handOver).addAllHistory(history).build();
  }

  /**
   * The money of a saved case, named one by one so that a host's columns cannot be swapped by
   * position; {@link CollectionCase#restore} checks that they balance.
   *
   * @param originalDebt the overdue principal the case was opened for
   * @param principal the principal still open
   * @param interest the interest still open
   * @param costs the costs still open
   * @param interestCharged all interest added to the case
   * @param costsCharged all costs added to the case
   * @param paidApplied what payments settled of the case
   * @param overpaid what was paid beyond the balance
   * @param writtenOff what was written off
   */
  public record SavedAmounts(Money originalDebt, Money principal, Money interest, Money costs,
      Money interestCharged, Money costsCharged, Money paidApplied, Money overpaid,
      Money writtenOff) {

    /** Every amount is required. */
    public SavedAmounts {
      Checks.notNull(originalDebt, "originalDebt");
      Checks.notNull(principal, "principal");
      Checks.notNull(interest, "interest");
      Checks.notNull(costs, "costs");
      Checks.notNull(interestCharged, "interestCharged");
      Checks.notNull(costsCharged, "costsCharged");
      Checks.notNull(paidApplied, "paidApplied");
      Checks.notNull(overpaid, "overpaid");
      Checks.notNull(writtenOff, "writtenOff");
    }

    /** The amounts of {@code kase}, for a host to save. */
    public static SavedAmounts of(CollectionCase kase) {
      return new SavedAmounts(kase.originalDebt(), kase.principal(), kase.interest(),
          kase.costs(), kase.interestCharged(), kase.costsCharged(), kase.paidApplied(),
          kase.overpaid(), kase.writtenOff());
    }
  }

  /** Only the generated implementation extends it. */
  CollectionCase() {}

  /** The host's id for the case. */
  public abstract String caseId();

  /** The customer. */
  public abstract CustomerId customerId();

  /** The documents of the debt. */
  public abstract List<DocumentId> documents();

  /** The date the case was opened. */
  public abstract LocalDate openedOn();

  /** The waiting periods. */
  public abstract EscalationPolicy policy();

  /** Where the case stands. */
  public abstract CaseStage stage();

  /** The date the current waiting period counts from (stage entered, or last part payment). */
  public abstract LocalDate anchorDate();

  /** The overdue principal the case was opened for. */
  public abstract Money originalDebt();

  /** The principal still open. */
  public abstract Money principal();

  /** The interest still open. */
  public abstract Money interest();

  /** The costs still open. */
  public abstract Money costs();

  /** All interest added to the case. */
  public abstract Money interestCharged();

  /** All costs added to the case. */
  public abstract Money costsCharged();

  /** What payments settled of the case. */
  public abstract Money paidApplied();

  /** What was paid beyond the balance. */
  public abstract Money overpaid();

  /** What was written off. */
  public abstract Money writtenOff();

  /** The payments, in the order applied. */
  public abstract List<AppliedPayment> payments();

  /** The contacts logged, oldest first. */
  public abstract List<ContactNote> contacts();

  /** The hand-over file, once the case went to an agency or to legal action (the latest). */
  public abstract Optional<HandOver> handOver();

  /** What happened to the case, oldest first (append-only). */
  public abstract List<StateChange<CaseStage>> history();

  /** The case's currency. */
  public final CurrencyUnit currency() {
    return originalDebt().getCurrencyUnit();
  }

  /** Principal plus interest plus costs still open. */
  public final Money balance() {
    return principal().plus(interest()).plus(costs());
  }

  /** The first day the next step (escalation or hand-over) may be taken; absent when none. */
  public final Optional<LocalDate> nextStepDue() {
    if (stage().isClosed() || stage() == CaseStage.LEGAL) {
      return Optional.empty();
    }
    return Optional.of(anchorDate().plusDays(policy().waitingDays(stage())));
  }

  /**
   * The case after {@code event}.
   *
   * @throws io.credere.collections.statemachine.IllegalTransitionException when the stage does
   *     not allow the event, or an escalation or hand-over comes before {@link #nextStepDue()}
   * @throws ValidationException when a payment or charge is in another currency
   */
  public final CollectionCase apply(CaseEvent event) {
    Checks.notNull(event, "event");
    TRANSITIONS.check(stage(), event.kind());
    ImmutableCollectionCase.Builder next = ImmutableCollectionCase.builder().from(this);
    switch (event.kind()) {
      case ESCALATE: {
        requireDue(event);
        CaseStage stage = policy().nextAfter(stage());
        return record(next.anchorDate(event.date()), event, stage, stage + " for " + balance());
      }
      case HAND_OVER: {
        requireDue(event);
        CaseStage target = ((CaseEvent.HandOverTo) event).target();
        TRANSITIONS.checkTarget(stage(), event.kind(), target);
        HandOver file = handOverFile(target, event.date());
        return record(next.anchorDate(event.date()).handOver(file), event, target,
            "handed over " + file.total());
      }
      case PAYMENT:
        return pay(next, (CaseEvent.Payment) event);
      case CHARGE: {
        CaseEvent.Charge charge = (CaseEvent.Charge) event;
        requireCurrency(charge.amount(), "amount");
        if (charge.chargeKind() == ChargeKind.INTEREST) {
          next.interest(interest().plus(charge.amount()))
              .interestCharged(interestCharged().plus(charge.amount()));
        } else {
          next.costs(costs().plus(charge.amount()))
              .costsCharged(costsCharged().plus(charge.amount()));
        }
        return record(next, event, stage(), charge.chargeKind() + " " + charge.amount());
      }
      case CONTACT: {
        ContactNote note = ((CaseEvent.Contact) event).note();
        return record(next.addContacts(note), event, stage(),
            note.channel() + " " + note.outcome());
      }
      default: {
        Money zero = Money.zero(currency());
        Money left = balance();
        return record(next.writtenOff(writtenOff().plus(left)).principal(zero).interest(zero)
            .costs(zero), event, CaseStage.CLOSED_WRITTEN_OFF, "written off " + left);
      }
    }
  }

  /** Where the case stands and what comes next, in one sentence. */
  public final Explanation explain() {
    String next = nextStepDue().map(d -> "; next step ("
        + (stage() == CaseStage.FINAL_DEMAND ? "hand-over" : stage() == CaseStage.AGENCY
            ? "legal action" : policy().nextAfter(stage()).toString())
        + ") due from " + d + ", counted from " + anchorDate()).orElse("");
    String sentence = "Case " + caseId() + " of " + customerId() + " is at " + stage() + " with "
        + balance() + " open (principal " + principal() + ", interest " + interest()
        + ", costs " + costs() + ") of an original " + originalDebt() + next + ".";
    return Explanation.builder().ruleId("COLLECTION_CASE_" + stage()).sentence(sentence)
        .addReasonCodes(stage().name())
        .putFacts("balance", balance().toString())
        .putFacts("anchor_date", anchorDate().toString())
        .putFacts("next_step_due", nextStepDue().map(LocalDate::toString).orElse(""))
        .build();
  }

  private void requireDue(CaseEvent event) {
    LocalDate due = nextStepDue().orElseThrow();
    if (event.date().isBefore(due)) {
      throw TRANSITIONS.refusal(stage(), event.kind(), "the waiting period for the "
          + balance() + " open runs until " + due.minusDays(1) + " (counted from "
          + anchorDate() + ")");
    }
  }

  private HandOver handOverFile(CaseStage target, LocalDate date) {
    String sentence = "Case " + caseId() + " of " + customerId() + " handed over to " + target
        + " on " + date + " for " + balance() + " (principal " + principal() + ", interest "
        + interest() + ", costs " + costs() + "), after " + paidApplied() + " paid and "
        + contacts().size() + " contact(s).";
    return HandOver.builder().caseId(caseId()).customerId(customerId()).target(target)
        .date(date).addAllDocuments(documents()).principal(principal()).interest(interest())
        .costs(costs()).paidBefore(paidApplied()).addAllContacts(contacts())
        .explanation(Explanation.builder().ruleId("HAND_OVER_" + target).sentence(sentence)
            .putFacts("total", balance().toString()).build())
        .build();
  }

  private CollectionCase pay(ImmutableCollectionCase.Builder next, CaseEvent.Payment event) {
    AppliedPayment payment = event.payment();
    requireCurrency(payment.amount(), "amount");
    Money left = payment.amount();
    Money toCosts = min(left, costs());
    left = left.minus(toCosts);
    Money toInterest = min(left, interest());
    left = left.minus(toInterest);
    Money toPrincipal = min(left, principal());
    left = left.minus(toPrincipal);
    Money applied = payment.amount().minus(left);
    next.costs(costs().minus(toCosts)).interest(interest().minus(toInterest))
        .principal(principal().minus(toPrincipal)).paidApplied(paidApplied().plus(applied))
        .overpaid(overpaid().plus(left)).addPayments(payment);
    Money balanceLeft = balance().minus(applied);
    if (balanceLeft.isZero()) {
      return record(next, event, CaseStage.CLOSED_PAID, payment.amount() + " paid"
          + (left.isZero() ? "" : ", overpaid by " + left));
    }
    LocalDate anchor = payment.date().isAfter(anchorDate()) ? payment.date() : anchorDate();
    return record(next.anchorDate(anchor), event, stage(), payment.amount()
        + " paid, " + balanceLeft + " left; waiting period re-anchored on " + anchor);
  }

  private static Money min(Money a, Money b) {
    return a.isLessThan(b) ? a : b;
  }

  private void requireCurrency(Money amount, String field) {
    if (!amount.getCurrencyUnit().equals(currency())) {
      throw ValidationException.of(field, Optional.of(amount.toString()),
          "is not in the case's currency " + currency());
    }
  }

  /** The next case: the changes in {@code next} plus one history entry, checked once. */
  private CollectionCase record(ImmutableCollectionCase.Builder next, CaseEvent event,
      CaseStage to, String detail) {
    TRANSITIONS.checkTarget(stage(), event.kind(), to);
    return next.stage(to)
        .addHistory(StateChange.of(event.date(), event.kind(), stage(), to, detail)).build();
  }

  /** Every invariant of the class comment, on every instance. */
  @Value.Check
  void check() {
    Checks.notBlank(caseId(), "caseId");
    List<Money> amounts = List.of(originalDebt(), principal(), interest(), costs(),
        interestCharged(), costsCharged(), paidApplied(), overpaid(), writtenOff());
    for (Money amount : amounts) {
      if (!amount.getCurrencyUnit().equals(currency()) || amount.isNegative()) {
        throw invalid("amounts", amount.toString(), "must be positive or zero and in "
            + currency());
      }
    }
    if (!originalDebt().isPositive()) {
      throw invalid("original_debt", originalDebt().toString(), "must be positive");
    }
    Money in = originalDebt().plus(interestCharged()).plus(costsCharged());
    Money out = paidApplied().plus(writtenOff()).plus(balance());
    if (!in.equals(out)) {
      throw invalid("balance", balance().toString(), "does not balance: debt and charges " + in
          + " but paid, written off and open " + out);
    }
    Money paid = Money.zero(currency());
    for (AppliedPayment payment : payments()) {
      if (!payment.currency().equals(currency())) {
        throw invalid("payments", payment.amount().toString(), "must be in " + currency());
      }
      paid = paid.plus(payment.amount());
    }
    if (!paid.equals(paidApplied().plus(overpaid()))) {
      throw invalid("payments", paid.toString(), "must sum to what was applied, "
          + paidApplied() + ", plus what was overpaid, " + overpaid());
    }
    if (anchorDate().isBefore(openedOn())) {
      throw invalid("anchor_date", anchorDate().toString(), "is before the case was opened on "
          + openedOn());
    }
    TRANSITIONS.checkHistory(CaseStage.REMINDER_1, history(), stage());
    if (stage().isClosed() && !balance().isZero()) {
      throw invalid("stage", stage().name(), "is closed with " + balance() + " open");
    }
    if (count(CaseEvent.Kind.PAYMENT) != payments().size()) {
      throw invalid("payments", Integer.toString(payments().size()), "must be one per PAYMENT "
          + "of the history (" + count(CaseEvent.Kind.PAYMENT) + ")");
    }
    if (count(CaseEvent.Kind.CONTACT) != contacts().size()) {
      throw invalid("contacts", Integer.toString(contacts().size()), "must be one per CONTACT "
          + "of the history (" + count(CaseEvent.Kind.CONTACT) + ")");
    }
    if (handOver().isPresent() != (count(CaseEvent.Kind.HAND_OVER) > 0)) {
      throw invalid("hand_over", handOver().map(h -> h.target().name()).orElse(""),
          "must be present exactly when the history has a HAND_OVER");
    }
  }

  private long count(CaseEvent.Kind kind) {
    return history().stream().filter(change -> change.event().equals(kind.name())).count();
  }

  private ValidationException invalid(String field, String value, String rule) {
    return ValidationException.of(field, Optional.of(value), "of case " + caseId() + " " + rule);
  }
}
