package io.credere.cli.demo;

import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The ledger at a glance: open balance per currency (what is owed, credits, net), the share
 * overdue, and the largest debtors of each currency.
 */
final class LedgerSummaryStep implements DemoStep {

  private static final int TOP = 3;

  @Override
  public String title() {
    return "Reading the ledger";
  }

  @Override
  public void run(DemoContext context) {
    List<OpenItem> open = context.ledger().stream().filter(i -> !i.isSettled()).toList();
    Map<CustomerId, Customer> customers = context.customers().stream()
        .collect(Collectors.toMap(Customer::customerId, Function.identity()));
    context.say("LEDGER  %d open items of %d customers",
        open.size(), open.stream().map(OpenItem::customerId).distinct().count());
    Report.Builder report = Report.builder("ledger-summary", "currency", "receivable",
        "credits", "net_open", "overdue", "overdue_percent", "items", "largest_debtors");
    Map<CurrencyUnit, List<OpenItem>> byCurrency = open.stream().collect(
        Collectors.groupingBy(OpenItem::currency, TreeMap::new, Collectors.toList()));
    for (Map.Entry<CurrencyUnit, List<OpenItem>> entry : byCurrency.entrySet()) {
      CurrencyUnit currency = entry.getKey();
      Money receivable = Money.zero(currency);
      Money credits = Money.zero(currency);
      Money overdue = Money.zero(currency);
      Map<CustomerId, Money> perCustomer = new TreeMap<>();
      for (OpenItem item : entry.getValue()) {
        if (item.documentType().isDebit()) {
          receivable = receivable.plus(item.openAmount());
          if (item.isOverdue(context.asOf())) {
            overdue = overdue.plus(item.openAmount());
          }
        } else {
          credits = credits.plus(item.openAmount());
        }
        perCustomer.merge(item.customerId(), item.openAmount(), Money::plus);
      }
      BigDecimal overduePercent = receivable.isZero() ? BigDecimal.ZERO
          : overdue.getAmount().multiply(BigDecimal.valueOf(100))
              .divide(receivable.getAmount(), 1, RoundingMode.HALF_EVEN);
      String largest = perCustomer.entrySet().stream()
          .sorted(Map.Entry.<CustomerId, Money>comparingByValue(Comparator.comparing(
              Money::getAmount)).reversed())
          .limit(TOP)
          .map(e -> name(customers, e.getKey()) + " " + e.getValue().getAmount().toPlainString())
          .collect(Collectors.joining("; "));
      Money net = receivable.plus(credits);
      context.say("  %s  net open %14s  of which overdue %5s%%  largest: %s", currency,
          String.format(java.util.Locale.ROOT, "%,.2f", net.getAmount()), overduePercent,
          largest);
      report.row(Cell.text(currency.getCode()), Cell.amount(receivable), Cell.amount(credits),
          Cell.amount(net), Cell.amount(overdue), Cell.decimal(overduePercent, 1),
          Cell.integer(entry.getValue().size()), Cell.input(largest));
    }
    context.write(report.build());
  }

  private static String name(Map<CustomerId, Customer> customers, CustomerId id) {
    Customer customer = customers.get(id);
    return customer == null ? id.value() : customer.name() + " (" + id.value() + ")";
  }
}
