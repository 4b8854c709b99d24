package io.credere.cli.casework;

import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.AllocationsFile;
import io.credere.io.DisputeRow;
import io.credere.io.DisputesFile;
import io.credere.io.PaymentRow;
import io.credere.io.Rejects;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.dispute.ShortPaymentClaim;
import io.credere.core.error.ValidationException;
import io.credere.core.id.DocumentId;
import io.credere.core.id.PaymentId;
import io.credere.core.item.OpenItem;
import io.credere.core.money.Monies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credere disputes}: a dispute for every {@code SHORT_PAYMENT} row of an {@code allocate}
 * output, routed by the reason read from the payment's remittance; the disputes of a previous
 * run ({@code --disputes}) are kept as they are, with their ids and states, and none is opened
 * twice ({@link DisputesFile#COLUMNS}: the previous disputes in their order, then the new ones in
 * the order of the allocation rows).
 */
@Command(name = "disputes", mixinStandardHelpOptions = true,
    description = {"Open a dispute for every SHORT_PAYMENT of an allocate output, routed to its "
        + "owner with a due date; keep the disputes of a previous run (--disputes) as they are.",
        "--ledger: the ledger the allocation ran on; --payments: the payments allocated (their "
            + "remittances give the reasons, their dates the opening dates; without it a "
            + "dispute opens on --as-of).",
        "Columns: dispute_id,customer_id,document_id,payment_id,currency,amount,reason,owner,"
            + "status,opened,due,explanation"})
public final class DisputesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--allocations", required = true, paramLabel = "FILE",
      description = "An allocate output (payment_id,customer_id,document_id,kind,amount,...).")
  Path allocations;

  @Mixin
  InputFiles.Ledger ledger;

  @Mixin
  InputFiles.AsOf asOf;

  @Mixin
  InputFiles.OptionalPayments payments;

  @Mixin
  InputFiles.OptionalDisputes disputes;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  ProgressOption progressOption;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    List<DisputeRow> result;
    try (Rejects rejects = rejectsOption.open()) {
      Map<DocumentId, OpenItem> documents = new HashMap<>();
      ledger.read(rejects, progressOption.open(spec.commandLine().getErr()))
          .forEach(item -> documents.put(item.documentId(), item));
      Optional<Map<PaymentId, PaymentRow>> cash = Optional.empty();
      if (payments.file().isPresent()) {
        Map<PaymentId, PaymentRow> byId = new HashMap<>();
        payments.read(rejects).forEach(p -> byId.put(p.paymentId(), p));
        cash = Optional.of(byId);
      }
      List<DisputeRow> previous = disputes.read(rejects);
      result = run(documents, cash, previous, rejects);
    }
    outputOptions.write(List.of(report(result)), spec.commandLine().getOut());
    return 0;
  }

  private List<DisputeRow> run(Map<DocumentId, OpenItem> documents,
      Optional<Map<PaymentId, PaymentRow>> cash, List<DisputeRow> previous, Rejects rejects) {
    Map<String, Long> seen = new HashMap<>();
    List<ShortPaymentClaim> claims = new ArrayList<>();
    AllocationsFile.read(allocations, rejects, (row, a) -> {
      if (!a.isShortPayment()) {
        return;
      }
      DocumentId document = a.documentId().orElseThrow();
      OpenItem item = documents.get(document);
      if (item == null) {
        throw row.error("document_id", document.value(), "is not in the ledger " + ledger.path());
      }
      if (!a.customerId().orElseThrow().equals(item.customerId())) {
        throw row.error("customer_id", a.customerId().get().value(), "is not the customer "
            + item.customerId().value() + " of " + document.value() + " in the ledger");
      }
      Money amount;
      try {
        amount = Monies.parse(item.currency(), row.text("amount"), "amount");
      } catch (ValidationException e) {
        throw e.at(row.position("amount"));
      }
      if (cash.isPresent() && !cash.get().containsKey(a.paymentId())) {
        throw row.error("payment_id", a.paymentId().value(), "is not in the payments file "
            + payments.path());
      }
      Long first = seen.putIfAbsent(DisputesFile.key(document, a.paymentId().value()),
          row.line());
      if (first != null) {
        throw row.error("document_id", document.value(), "is paid short twice by payment "
            + a.paymentId().value() + " (first on line " + first + ")");
      }
      Optional<PaymentRow> paid = cash.map(byId -> byId.get(a.paymentId()));
      claims.add(ShortPaymentClaim.builder().customerId(item.customerId()).documentId(document)
          .shortAmount(amount).paymentId(a.paymentId())
          .paymentDate(paid.map(PaymentRow::paymentDate).orElse(asOf.date()))
          .remittance(paid.flatMap(PaymentRow::remittance)).build());
    });
    return ContractDisputes.open(previous, claims, cash.isPresent());
  }

  /** Disputes as the contract's report. */
  public static Report report(List<DisputeRow> disputes) {
    Report.Builder report = Report.builder("disputes", DisputesFile.COLUMNS);
    for (DisputeRow d : disputes) {
      report.row(Cell.input(d.disputeId()), Cell.input(d.customerId().value()),
          Cell.input(d.documentId().value()),
          Cell.input(d.paymentId().map(PaymentId::value)),
          Cell.text(d.amount().getCurrencyUnit().getCode()), Cell.amount(d.amount()),
          Cell.text(d.reason().name()), Cell.text(d.owner().name()), Cell.text(d.status().name()),
          Cell.date(d.opened()), Cell.date(d.due()), Cell.input(d.explanation()));
    }
    return report.build();
  }
}
