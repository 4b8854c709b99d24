package io.credere.examples.spark;

import io.credere.core.id.CustomerId;
import io.credere.scoring.PaymentBehaviour;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A {@link PaymentBehaviour} in serializable form, as it comes back from the executors (the
 * library's values are not {@link Serializable}); {@link #toBehaviour()} gives back an equal
 * value. Absent figures are held as {@code null} here only, never handed out.
 */
final class BehaviourRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String customerId;
  private final int settledInvoices;
  private final BigDecimal weightedDays;
  private final Integer paymentIndex;
  private final Integer recentIndex;
  private final Integer priorIndex;
  private final BigDecimal shareLate;
  private final Long largestDelay;
  private final BigDecimal openOverdueShare;
  private final Long oldestOverdue;

  private BehaviourRecord(PaymentBehaviour b) {
    this.customerId = b.customerId().value();
    this.settledInvoices = b.settledInvoices();
    this.weightedDays = b.weightedDaysBeyondTerms().orElse(null);
    this.paymentIndex = b.paymentIndex().orElse(null);
    this.recentIndex = b.recentPaymentIndex().orElse(null);
    this.priorIndex = b.priorPaymentIndex().orElse(null);
    this.shareLate = b.shareOfAmountPaidLate().orElse(null);
    this.largestDelay = b.largestDelayDays().orElse(null);
    this.openOverdueShare = b.openOverdueShare().orElse(null);
    this.oldestOverdue = b.oldestOverdueDays().orElse(null);
  }

  static BehaviourRecord of(PaymentBehaviour behaviour) {
    return new BehaviourRecord(behaviour);
  }

  String customerId() {
    return customerId;
  }

  PaymentBehaviour toBehaviour() {
    return PaymentBehaviour.builder()
        .customerId(CustomerId.of(customerId))
        .settledInvoices(settledInvoices)
        .weightedDaysBeyondTerms(Optional.ofNullable(weightedDays))
        .paymentIndex(Optional.ofNullable(paymentIndex))
        .recentPaymentIndex(Optional.ofNullable(recentIndex))
        .priorPaymentIndex(Optional.ofNullable(priorIndex))
        .shareOfAmountPaidLate(Optional.ofNullable(shareLate))
        .largestDelayDays(Optional.ofNullable(largestDelay))
        .openOverdueShare(Optional.ofNullable(openOverdueShare))
        .oldestOverdueDays(Optional.ofNullable(oldestOverdue))
        .build();
  }
}
