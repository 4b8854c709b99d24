package io.credere.workflow;

import io.credere.collections.dispute.Dispute;
import io.credere.collections.dispute.DisputedAmounts;
import io.credere.collections.dispute.DisputedItem;
import io.credere.collections.dunning.DunningExclusions;
import io.credere.collections.escalation.CollectionCase;
import io.credere.collections.plan.PaymentPlan;
import io.credere.collections.plan.PlanState;
import io.credere.collections.promise.PromiseOutcome;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import io.credere.core.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Disputes, promises, payment plans and collection cases to the exclusions of a dunning run:
 *
 * <ul>
 *   <li>an open dispute (OPEN or IN_REVIEW) keeps its amount out of dunning, not its whole
 *       document: a partial dispute of 300.00 on a 3,000.00 invoice leaves 2,700.00 to dun
 *       (several open disputes on one document add up; resolved and cancelled ones hold
 *       nothing);
 *   <li>an OPEN promise keeps its documents out, or the customer's whole account when it names
 *       none ({@code UNDER_PROMISE}); a kept, partly kept, broken or cancelled promise keeps
 *       nothing out (what is still owed is dunned);
 *   <li>an ACTIVE payment plan keeps its documents out, or the whole account when it names none
 *       ({@code PAYMENT_PLAN});
 *   <li>a collection case handed over to an agency or a lawyer ends dunning for the customer
 *       ({@code LEGAL_ESCALATION}).
 * </ul>
 *
 * <pre>{@code
 * DunningExclusions exclusions = DunningExclusionsFlow.builder()
 *     .disputes(disputes).promises(promises).plans(plans).cases(cases).build();
 * DunningRun.of(policy).propose(ledger, customers, notices, exclusions, asOf);
 * }</pre>
 *
 * <p>The builder is not thread-safe; what it builds is immutable.
 */
public final class DunningExclusionsFlow {

  private final List<Dispute> disputes = new ArrayList<>();
  private final List<PromiseToPay> promises = new ArrayList<>();
  private final List<PaymentPlan> plans = new ArrayList<>();
  private final List<CollectionCase> cases = new ArrayList<>();

  private DunningExclusionsFlow() {}

  /** An empty flow. */
  public static DunningExclusionsFlow builder() {
    return new DunningExclusionsFlow();
  }

  /** Adds disputes, in any state. */
  public DunningExclusionsFlow disputes(Collection<Dispute> values) {
    disputes.addAll(Checks.notNull(values, "disputes"));
    return this;
  }

  /** Adds promises, in any state (evaluate them first: only OPEN ones keep anything out). */
  public DunningExclusionsFlow promises(Collection<PromiseToPay> values) {
    promises.addAll(Checks.notNull(values, "promises"));
    return this;
  }

  /** Adds evaluated promises. */
  public DunningExclusionsFlow promiseOutcomes(Collection<PromiseOutcome> values) {
    Checks.notNull(values, "promiseOutcomes").forEach(o -> promises.add(o.promise()));
    return this;
  }

  /** Adds payment plans, in any state. */
  public DunningExclusionsFlow plans(Collection<PaymentPlan> values) {
    plans.addAll(Checks.notNull(values, "plans"));
    return this;
  }

  /** Adds collection cases, in any stage. */
  public DunningExclusionsFlow cases(Collection<CollectionCase> values) {
    cases.addAll(Checks.notNull(values, "cases"));
    return this;
  }

  /** The exclusions. */
  public DunningExclusions build() {
    DunningExclusions.Builder exclusions = DunningExclusions.builder();
    java.util.Map<io.credere.core.id.DocumentId, org.joda.money.Money> disputed =
        new java.util.LinkedHashMap<>();
    for (DisputedItem item : DisputedAmounts.of(disputes).items()) {
      disputed.merge(item.documentId(), item.amount(), org.joda.money.Money::plus);
    }
    exclusions.putAllDisputedAmounts(disputed);
    for (PromiseToPay promise : promises) {
      if (promise.state() == PromiseState.OPEN) {
        if (promise.documents().isEmpty()) {
          exclusions.addPromisedCustomers(promise.customerId());
        } else {
          exclusions.addAllPromisedDocuments(promise.documents());
        }
      }
    }
    for (PaymentPlan plan : plans) {
      if (plan.state() == PlanState.ACTIVE) {
        if (plan.documents().isEmpty()) {
          exclusions.addPaymentPlanCustomers(plan.customerId());
        } else {
          exclusions.addAllPaymentPlanDocuments(plan.documents());
        }
      }
    }
    for (CollectionCase kase : cases) {
      if (kase.stage().isHandedOver()) {
        exclusions.addLegalEscalationCustomers(kase.customerId());
      }
    }
    return exclusions.build();
  }
}
