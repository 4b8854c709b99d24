package io.credere.cli.casework;

import io.credere.cli.options.InputFiles;
import io.credere.allocation.AllocationPolicy;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.Rejects;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.refund.Offset;
import io.credere.collections.refund.RefundPlanner;
import io.credere.collections.refund.RefundPolicy;
import io.credere.collections.refund.RefundProposal;
import io.credere.core.customer.Customer;
import io.credere.core.id.CustomerId;
import io.credere.core.item.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code credere refunds}: per customer and currency with credit items (credit notes, unapplied
 * payments), the offset of the credits against the customer's open invoices in the currency,
 * oldest due first, then the refund of the rest, with approval above a threshold
 * ({@link #COLUMNS}, sorted by customer id then currency). Cash under {@code SUSPENSE}
 * (unidentified) is never offset or refunded.
 */
@Command(name = "refunds", mixinStandardHelpOptions = true,
    description = {"Propose offsets of credit balances against open invoices (oldest due first) "
        + "and refunds of the rest, with approval above a threshold; cash in SUSPENSE is never "
        + "offset or refunded; a refund to an account not in --customers always needs "
        + "approval.",
        "Columns: customer_id,currency,credit_balance,offset_documents,offset_amount,"
            + "refund_amount,needs_approval,explanation"})
public final class RefundsCommand implements Callable<Integer> {

  /** The columns, in order. */
  public static final List<String> COLUMNS = List.of("customer_id", "currency",
      "credit_balance", "offset_documents", "offset_amount", "refund_amount", "needs_approval",
      "explanation");

  /** The approval threshold in every currency not given otherwise. */
  public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(500);

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.Accounts book;

  @Option(names = "--approval-above", paramLabel = "X",
      description = "A refund above X needs approval: a number applied in each currency, or per "
          + "currency as EUR:500,JPY:50000 (a currency not listed keeps 500). Default: 500.")
  String approvalAbove;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  ProgressOption progressOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    Thresholds thresholds = Thresholds.parse(approvalAbove == null ? "500" : approvalAbove)
        .orElseThrow(() -> new ParameterException(spec.commandLine(), "--approval-above '"
            + approvalAbove + "' is not a number or a list like EUR:500,GBP:400 of amounts "
            + "not below 0"));
    List<OpenItem> items;
    List<Customer> accounts;
    try (Rejects rejects = rejectsOption.open()) {
      items = book.ledger().read(rejects, progressOption.open(spec.commandLine().getErr()));
      accounts = book.customers().read(rejects);
    }
    outputOptions.write(List.of(report(propose(items, accounts, thresholds, book.asOf()))),
        spec.commandLine().getOut());
    return 0;
  }

  /** One proposal with what the report needs. */
  public record Proposal(RefundProposal proposal, boolean needsApproval, String explanation) {}

  /**
   * The proposals for {@code ledger}: offset first, SUSPENSE left out, refunds above the
   * threshold (or to a customer not in {@code customers}) needing approval.
   */
  public static List<Proposal> propose(List<OpenItem> ledger, List<Customer> customers,
      Thresholds thresholds, LocalDate asOf) {
    CustomerId suspense = AllocationPolicy.defaults().suspenseAccount();
    Set<CustomerId> known = new HashSet<>();
    customers.forEach(c -> known.add(c.customerId()));
    List<RefundProposal> proposals = RefundPlanner.propose(ledger.stream()
        .filter(item -> !item.customerId().equals(suspense)).toList(), RefundPolicy.standard());
    return proposals.stream().map(p -> {
      Money refund = p.refundTotal();
      boolean unknown = !known.contains(p.customerId());
      boolean approval = refund.isPositive()
          && (unknown || refund.getAmount().compareTo(thresholds.of(p.currency())) > 0);
      String invoices = p.offsets().stream().map(o -> o.invoice().value()).distinct()
          .collect(Collectors.joining(", "));
      StringBuilder why = new StringBuilder(p.customerId().value()).append(" has ")
          .append(p.creditBalance()).append(" of credits as of ").append(asOf);
      if (p.offsetTotal().isPositive()) {
        why.append(": ").append(p.offsetTotal()).append(" offset against ").append(invoices)
            .append(" (oldest due first)");
      } else {
        why.append(": no open invoice in ").append(p.currency().getCode()).append(" to offset");
      }
      if (refund.isPositive()) {
        why.append(", ").append(refund).append(" to refund");
        if (unknown) {
          why.append(" (needs approval: the customer is not in the customers file)");
        } else {
          why.append(approval ? " (needs approval: above " : " (no approval needed: not above ")
              .append(thresholds.text(p.currency())).append(')');
        }
      } else {
        why.append(", nothing left to refund");
      }
      return new Proposal(p, approval, why.append('.').toString());
    }).toList();
  }

  /** The proposals as the contract's report. */
  public static Report report(List<Proposal> proposals) {
    Report.Builder report = Report.builder("refunds", COLUMNS);
    for (Proposal each : proposals) {
      RefundProposal p = each.proposal();
      report.row(Cell.input(p.customerId().value()), Cell.text(p.currency().getCode()),
          Cell.amount(p.creditBalance()),
          Cell.input(p.offsets().stream().map(Offset::invoice).map(d -> d.value()).distinct()
              .collect(Collectors.joining(";"))),
          Cell.amount(p.offsetTotal()), Cell.amount(p.refundTotal()),
          Cell.text(Boolean.toString(each.needsApproval())), Cell.input(each.explanation()));
    }
    return report.build();
  }

  /** Approval thresholds: one number for every currency, or per currency with a default. */
  public record Thresholds(BigDecimal fallback, Map<CurrencyUnit, BigDecimal> byCurrency) {

    /** The threshold of {@code currency}. */
    BigDecimal of(CurrencyUnit currency) {
      return byCurrency.getOrDefault(currency, fallback);
    }

    /** The threshold as a person reads it: {@code EUR 500}. */
    String text(CurrencyUnit currency) {
      return currency.getCode() + " " + of(currency).stripTrailingZeros().toPlainString();
    }

    /** {@code 500} or {@code EUR:500,GBP:400}; empty when neither can be read. */
    static java.util.Optional<Thresholds> parse(String text) {
      String value = text.strip();
      try {
        if (!value.contains(":")) {
          BigDecimal plain = number(value);
          return java.util.Optional.of(new Thresholds(plain, Map.of()));
        }
        Map<CurrencyUnit, BigDecimal> map = new LinkedHashMap<>();
        for (String part : value.split(",", -1)) {
          String[] pair = part.split(":", -1);
          if (pair.length != 2) {
            return java.util.Optional.empty();
          }
          CurrencyUnit currency = CurrencyUnit.of(pair[0].strip().toUpperCase(Locale.ROOT));
          if (map.put(currency, number(pair[1].strip())) != null) {
            return java.util.Optional.empty();
          }
        }
        return java.util.Optional.of(new Thresholds(DEFAULT_THRESHOLD, Map.copyOf(map)));
      } catch (IllegalArgumentException e) {
        return java.util.Optional.empty();
      }
    }

    private static BigDecimal number(String text) {
      if (!text.matches("[0-9]{1,16}(\\.[0-9]{1,6})?")) {
        throw new IllegalArgumentException(text);
      }
      return new BigDecimal(text);
    }
  }
}
