package io.credere.examples;

import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.id.DocumentId;
import io.credere.scoring.Bins;
import io.credere.scoring.Characteristic;
import io.credere.scoring.CreditAssessment;
import io.credere.scoring.CreditAssessor;
import io.credere.scoring.CustomerData;
import io.credere.scoring.LimitPolicies;
import io.credere.scoring.LimitPolicy;
import io.credere.scoring.LimitProposal;
import io.credere.scoring.LimitRecommender;
import io.credere.scoring.Scorecard;
import io.credere.scoring.SettledInvoice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.joda.money.Money;

/**
 * A host plugging its own scorecard (payment index plus a sector risk the host knows) and its
 * own limit policy (a flat amount per grade, never above the bureau's recommendation) into
 * Credere's credit assessment.
 */
public final class CustomScorecardExample {

  private CustomScorecardExample() {}

  /** Prints the customer's score, grade, reasons and recommended limit. */
  public static void main(String[] args) {
    Scorecard scorecard = Scorecard.builder()
        .name("WHOLESALE")
        .addCharacteristics(Characteristic.builder().variable("PAYMENT_INDEX").weight(2)
            .addBins(Bins.atLeast("80", 10, null), Bins.range("50", "80", 5, "PAYS_LATE"),
                Bins.below("50", 0, "PAYS_VERY_LATE"))
            .missing(Bins.any(5, "NO_PAYMENT_HISTORY")).build())
        .addCharacteristics(Characteristic.builder().variable("SECTOR_RISK")
            .addBins(Bins.below("3", 10, null), Bins.atLeast("3", 2, "RISKY_SECTOR"))
            .missing(Bins.any(5, "NO_SECTOR")).build())
        .build();
    LimitPolicy flatByGrade = (profile, score) -> LimitProposal.of("FLAT_BY_GRADE",
        Money.of(profile.customer().currency(), score.grade().equals("A") ? 50_000 : 10_000),
        "Grade " + score.grade() + " gets a flat limit.");
    CreditAssessor assessor = CreditAssessor.builder()
        .scorecard(scorecard)
        .variable("SECTOR_RISK", profile -> Optional.of(BigDecimal.valueOf(4)))
        .limits(LimitRecommender.of(LimitPolicies.minimumOf("HOST",
            List.of(flatByGrade, LimitPolicies.bureauRecommended())), BigDecimal.valueOf(1000)))
        .build();

    Customer customer = Customer.builder().customerId(CustomerId.of("C-1001"))
        .name("Acme GmbH").currency(org.joda.money.CurrencyUnit.EUR)
        .creditLimit(Money.parse("EUR 20000.00")).build();
    CreditAssessment assessment = assessor.assess(CustomerData.builder()
        .customer(customer)
        .asOf(LocalDate.of(2026, 11, 20))
        .addSettledInvoices(SettledInvoice.builder().customerId(customer.customerId())
            .documentId(DocumentId.of("INV-1")).amount(Money.parse("EUR 5000.00"))
            .dueDate(LocalDate.of(2026, 10, 1)).paidDate(LocalDate.of(2026, 10, 1)).build())
        .build());
    System.out.println("score " + assessment.score().score() + ", grade "
        + assessment.score().grade() + ", reasons " + assessment.reasonCodes() + ", limit "
        + assessment.limit().recommended().orElseThrow());
  }
}
