package io.credere.allocation;

import io.credere.core.id.CustomerId;
import java.util.List;
import java.util.Locale;

/** The built-in rules that identify the payer. */
final class IdentificationRules {

  private IdentificationRules() {}

  /** {@code GIVEN_CUSTOMER}: the customer id given with the payment. */
  static final class GivenCustomer implements AllocationRule {
    @Override
    public void apply(AllocationWork work) {
      if (work.customerId().isEmpty() && work.payment().customerId().isPresent()) {
        CustomerId given = work.payment().customerId().get();
        work.identify(given, id(), "customer id " + given.value() + " given with the payment");
      }
    }

    @Override
    public String id() {
      return "GIVEN_CUSTOMER";
    }
  }

  /** {@code BANK_ACCOUNT}: an account known for exactly one customer. */
  static final class BankAccount implements AllocationRule {
    @Override
    public void apply(AllocationWork work) {
      if (work.customerId().isPresent() || work.payment().payerAccount().isEmpty()
          || work.payment().payerAccount().get().isBlank()) {
        return;
      }
      String account = work.payment().payerAccount().get();
      List<CustomerId> owners = work.customersWithAccount(account);
      if (owners.size() == 1) {
        work.identify(owners.get(0), id(), "bank account " + account.strip()
            .toUpperCase(Locale.ROOT) + " known for " + owners.get(0).value());
      } else if (owners.size() > 1) {
        work.note("bank account " + account.strip() + " is known for " + owners.size()
            + " customers");
      }
    }

    @Override
    public String id() {
      return "BANK_ACCOUNT";
    }
  }

  /** {@code PAYER_NAME}: a payer name like one customer's name only. */
  static final class PayerName implements AllocationRule {
    @Override
    public void apply(AllocationWork work) {
      if (work.customerId().isPresent() || work.payment().payerName().isEmpty()
          || work.payment().payerName().get().isBlank()) {
        return;
      }
      String name = work.payment().payerName().get().strip();
      List<CustomerMatch> best = work.closestCustomers(name);
      if (best.isEmpty() || best.get(0).similarity() < work.policy().nameThreshold()) {
        work.note("payer name '" + name + "' matches no customer");
        return;
      }
      CustomerMatch first = best.get(0);
      if (best.size() > 1
          && best.get(1).similarity() > first.similarity() - work.policy().nameMargin()) {
        work.note("payer name '" + name + "' matches " + first.customerId().value() + " and "
            + best.get(1).customerId().value() + " alike");
        return;
      }
      String customerName = work.customer(first.customerId()).map(c -> c.name())
          .orElse(first.customerId().value());
      work.identify(first.customerId(), id(), String.format(Locale.ROOT,
          "payer name '%s' matches %s (%s, similarity %.2f)", name, customerName,
          first.customerId().value(), first.similarity()));
    }

    @Override
    public String id() {
      return "PAYER_NAME";
    }
  }
}
