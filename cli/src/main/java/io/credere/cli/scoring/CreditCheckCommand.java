package io.credere.cli.scoring;

import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.io.FinancialsRow;
import io.credere.io.Rejects;
import io.credere.io.SettledInvoiceRow;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.core.customer.Customer;
import io.credere.core.error.ValidationException;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import io.credere.scoring.CreditAssessment;
import io.credere.scoring.CreditAssessor;
import io.credere.scoring.CreditCheck;
import io.credere.scoring.CreditCheckRequest;
import io.credere.scoring.CreditCheckResult;
import io.credere.scoring.CustomerData;
import io.credere.scoring.ExchangeRates;
import io.credere.scoring.ExposureComponent;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credere credit-check}: checks one new order of one customer against the credit limit
 * and writes one row: the decision, the exposure broken down, limit, headroom, score, grade,
 * reason codes and a sentence.
 */
@Command(name = "credit-check", mixinStandardHelpOptions = true,
    description = {"Check a new order against the customer's credit limit: OK, WATCH, HOLD or "
        + "BLOCK.",
        "Columns: " + CreditCheckCommand.COLUMNS_TEXT})
public final class CreditCheckCommand implements Callable<Integer> {

  static final String COLUMNS_TEXT = "customer_id,currency,decision,open_receivables,"
      + "open_credits,open_orders,new_order,exposure,credit_limit,headroom,score,grade,reasons,"
      + "explanation";

  /** The output columns, in order. */
  public static final List<String> COLUMNS = List.of(COLUMNS_TEXT.split(","));

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.Customers customers;

  @Mixin
  InputFiles.Ledger ledger;

  @Option(names = "--customer", required = true, paramLabel = "ID",
      description = "The customer placing the order.")
  String customerId;

  @Option(names = "--order-amount", required = true, paramLabel = "X",
      description = "The new order's amount in the account currency (0 checks the account).")
  String orderAmount;

  @Mixin
  InputFiles.AsOf asOf;

  @Mixin
  InputFiles.OptionalFinancials financials;

  @Mixin
  InputFiles.OptionalHistory history;

  @Option(names = "--components", split = ",", paramLabel = "LIST",
      description = "Exposure components that count (default all): OPEN_RECEIVABLES,"
          + "OPEN_CREDITS,OPEN_ORDERS,NEW_ORDER.")
  Set<ExposureComponent> components;

  @Mixin
  InputFiles.OptionalFxRates fxRates;

  @Mixin
  OutputOptions outputOptions;

  @Mixin
  ProgressOption progressOption;

  @Override
  public Integer call() {
    String amountText = orderAmount.strip();
    if (!amountText.matches("-?\\d+(\\.\\d+)?")
        || new java.math.BigDecimal(amountText).abs().compareTo(Monies.MAX_AMOUNT) > 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Invalid value for option '--order-amount': '" + orderAmount + "' is not a plain "
              + "amount within the contract's limit of 10^15");
    }
    Rejects rejects = Rejects.failFast();
    List<Customer> accounts = customers.read(rejects);
    Customer customer = accounts.stream()
        .filter(c -> c.customerId().value().equals(customerId.strip())).findFirst()
        .orElseThrow(() -> ValidationException.of("customer", Optional.of(customerId),
            "is not a customer in " + customers.path()));
    Money order = Monies.parse(customer.currency(), amountText, "order_amount");
    ExchangeRates rates = fxRates.read(rejects);
    List<OpenItem> items = ledger.read(rejects, progressOption.open(spec.commandLine().getErr()));
    List<SettledInvoiceRow> settled = history.read(rejects);
    List<FinancialsRow> statements = financials.read(rejects);
    CustomerData data = ScoringInputs.of(List.of(customer), asOf.date(), items, settled, statements)
        .get(0);
    CreditAssessment assessment = CreditAssessor.builder().exchangeRates(rates).build()
        .assess(data);
    CreditCheck check = CreditCheck.standard().withExchangeRates(rates);
    if (components != null && !components.isEmpty()) {
      check = check.withComponents(EnumSet.copyOf(components));
    }
    CreditCheckResult result = check.check(CreditCheckRequest.builder()
        .customer(customer)
        .addAllOpenItems(data.openItems())
        .newOrder(order)
        .asOf(asOf.date())
        .knockOut(assessment.knockOut())
        .build());
    outputOptions.write(List.of(report(customer, assessment, result)),
        spec.commandLine().getOut());
    return 0;
  }

  /** The one-row report of a check. */
  public static Report report(Customer customer, CreditAssessment assessment,
      CreditCheckResult result) {
    return Report.builder("credit-check", COLUMNS).row(
        Cell.input(customer.customerId().value()),
        Cell.text(customer.currency().getCode()),
        Cell.text(result.decision().name()),
        component(result, ExposureComponent.OPEN_RECEIVABLES),
        component(result, ExposureComponent.OPEN_CREDITS),
        component(result, ExposureComponent.OPEN_ORDERS),
        component(result, ExposureComponent.NEW_ORDER),
        Cell.amount(result.exposure().total()),
        result.limit().map(Cell::amount).orElse(Cell.empty()),
        result.headroom().map(Cell::amount).orElse(Cell.empty()),
        Cell.integer(assessment.score().score()),
        Cell.input(assessment.score().grade()),
        Cell.text(String.join(";", result.reasonCodes())),
        Cell.input(result.explanation().sentence())).build();
  }

  private static Cell component(CreditCheckResult result, ExposureComponent component) {
    Money amount = result.exposure().components().get(component);
    return amount == null ? Cell.empty() : Cell.amount(amount);
  }
}
