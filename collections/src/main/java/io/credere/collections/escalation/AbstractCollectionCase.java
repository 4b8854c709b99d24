package io.credere.collections.escalation;

import io.credere.collections.promise.AppliedPayment;
import io.credere.collections.statemachine.StateChange;
import io.credere.collections.statemachine.TransitionTable;
import io.credere.core.Checks;
import io.credere.core.error.ValidationException;
import io.credere.core.explain.Explanation;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * <p>Invariants, checked on every instance: amounts never negative, all in the debt's currency,
 * and nothing created or lost: {@code originalDebt + interestCharged + costsCharged =
 * paidApplied + writtenOff + principal + interest + costs}; a closed case has a zero balance.
 * Open with {@link #open}; send events with {@link #apply}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCollectionCase {

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
    CollectionCase opened = CollectionCase.builder().caseId(caseId).customerId(customerId)
        .addAllDocuments(documents).openedOn(openedOn).policy(policy).stage(CaseStage.REMINDER_1)
        .anchorDate(openedOn).originalDebt(debt).principal(debt).interest(zero).costs(zero)
        .interestCharged(zero).costsCharged(zero).paidApplied(zero).overpaid(zero)
        .writtenOff(zero).build();
    return ((AbstractCollectionCase) opened).verified();
  }

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
    CollectionCase self = (CollectionCase) this;
    switch (event.kind()) {
      case ESCALATE: {
        requireDue(event);
        CaseStage next = policy().nextAfter(stage());
        return record(self.withAnchorDate(event.date()), event, next,
            next + " for " + balance());
      }
      case HAND_OVER: {
        requireDue(event);
        CaseStage target = ((CaseEvent.HandOverTo) event).target();
        TRANSITIONS.checkTarget(stage(), event.kind(), target);
        HandOver file = handOverFile(target, event.date());
        return record(self.withAnchorDate(event.date()).withHandOver(file), event, target,
            "handed over " + file.total());
      }
      case PAYMENT:
        return pay(self, (CaseEvent.Payment) event);
      case CHARGE: {
        CaseEvent.Charge charge = (CaseEvent.Charge) event;
        requireCurrency(charge.amount(), "amount");
        CollectionCase charged = charge.chargeKind() == ChargeKind.INTEREST
            ? self.withInterest(interest().plus(charge.amount()))
                .withInterestCharged(interestCharged().plus(charge.amount()))
            : self.withCosts(costs().plus(charge.amount()))
                .withCostsCharged(costsCharged().plus(charge.amount()));
        return record(charged, event, stage(), charge.chargeKind() + " " + charge.amount());
      }
      case CONTACT: {
        ContactNote note = ((CaseEvent.Contact) event).note();
        List<ContactNote> contacts = new ArrayList<>(contacts());
        contacts.add(note);
        return record(self.withContacts(contacts), event, stage(),
            note.channel() + " " + note.outcome());
      }
      default: {
        Money zero = Money.zero(currency());
        Money left = balance();
        return record(self.withWrittenOff(writtenOff().plus(left)).withPrincipal(zero)
            .withInterest(zero).withCosts(zero), event, CaseStage.CLOSED_WRITTEN_OFF,
            "written off " + left);
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

  private static CollectionCase pay(CollectionCase self, CaseEvent.Payment event) {
    AppliedPayment payment = event.payment();
    ((AbstractCollectionCase) self).requireCurrency(payment.amount(), "amount");
    Money left = payment.amount();
    Money toCosts = min(left, self.costs());
    left = left.minus(toCosts);
    Money toInterest = min(left, self.interest());
    left = left.minus(toInterest);
    Money toPrincipal = min(left, self.principal());
    left = left.minus(toPrincipal);
    Money applied = payment.amount().minus(left);
    List<AppliedPayment> payments = new ArrayList<>(self.payments());
    payments.add(payment);
    CollectionCase paid = self.withCosts(self.costs().minus(toCosts))
        .withInterest(self.interest().minus(toInterest))
        .withPrincipal(self.principal().minus(toPrincipal))
        .withPaidApplied(self.paidApplied().plus(applied))
        .withOverpaid(self.overpaid().plus(left))
        .withPayments(payments);
    if (paid.balance().isZero()) {
      return record(paid, event, CaseStage.CLOSED_PAID, payment.amount() + " paid"
          + (left.isZero() ? "" : ", overpaid by " + left));
    }
    LocalDate anchor = payment.date().isAfter(self.anchorDate()) ? payment.date()
        : self.anchorDate();
    return record(paid.withAnchorDate(anchor), event, self.stage(), payment.amount()
        + " paid, " + paid.balance() + " left; waiting period re-anchored on " + anchor);
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

  private static CollectionCase record(CollectionCase kase, CaseEvent event, CaseStage next,
      String detail) {
    TRANSITIONS.checkTarget(kase.stage(), event.kind(), next);
    List<StateChange<CaseStage>> history = new ArrayList<>(kase.history());
    history.add(StateChange.of(event.date(), event.kind(), kase.stage(), next, detail));
    return ((AbstractCollectionCase) kase.withStage(next).withHistory(history)).verified();
  }

  @Value.Check
  void check() {
    Checks.notBlank(caseId(), "caseId");
  }

  /**
   * The case's money invariants; checked on every case a command returns (not in
   * {@code @Value.Check}, as a command derives the new case through several {@code with} steps).
   */
  private CollectionCase verified() {
    for (Money amount : List.of(originalDebt(), principal(), interest(), costs(),
        interestCharged(), costsCharged(), paidApplied(), overpaid(), writtenOff())) {
      if (!amount.getCurrencyUnit().equals(currency()) || amount.isNegative()) {
        throw new IllegalStateException("Case " + caseId() + " has an amount " + amount
            + " that is negative or not in " + currency());
      }
    }
    Money in = originalDebt().plus(interestCharged()).plus(costsCharged());
    Money out = paidApplied().plus(writtenOff()).plus(balance());
    if (!in.equals(out)) {
      throw new IllegalStateException("Case " + caseId() + " does not balance: debt and charges "
          + in + " but paid, written off and open " + out);
    }
    if (stage().isClosed() && !balance().isZero()) {
      throw new IllegalStateException("Case " + caseId() + " is " + stage() + " with "
          + balance() + " open");
    }
    return (CollectionCase) this;
  }
}
