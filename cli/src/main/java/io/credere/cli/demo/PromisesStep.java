package io.credere.cli.demo;

import io.credere.cli.casework.AccountStandings;
import io.credere.cli.casework.PaymentAttribution;
import io.credere.cli.casework.PromiseBook;
import io.credere.cli.casework.PromisesCommand;
import io.credere.allocation.AllocationRun;
import io.credere.io.ContactRow;
import io.credere.io.ContactsFile;
import io.credere.io.Rejects;
import io.credere.collections.promise.PromiseState;
import io.credere.collections.promise.PromiseToPay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The collector's contact log ({@code contacts.csv}) against the month's cash: every promise to
 * pay KEPT, PARTIALLY_KEPT, BROKEN or OPEN, as {@code ./credere promises} decides it with the
 * cash application's attribution of payments; prints the count by status and what follows for
 * the accounts whose promise is not kept (what {@code worklist} and {@code dunning} do with
 * {@code --contacts}), writes {@code promises.csv} and leaves the {@link AccountStandings} for
 * later steps.
 */
public final class PromisesStep implements DemoStep {

  @Override
  public String title() {
    return "Checking promises to pay";
  }

  @Override
  public void run(DemoContext context) {
    List<ContactRow> log = ContactsFile.read(context.input("contacts.csv"), Rejects.failFast())
        .stream().filter(c -> !c.date().isAfter(context.asOf())).toList();
    var cash = context.find(AllocationRun.class)
        .map(io.credere.workflow.CustomerPayments::of)
        .orElseGet(() -> PaymentAttribution.of(context.payments(), context.ledger(),
            context.customers()));
    List<PromiseBook.Evaluated> evaluated = PromiseBook.evaluate(log, cash, context.asOf(),
        PromiseToPay.DEFAULT_GRACE_DAYS);
    Map<PromiseState, Integer> counts = new EnumMap<>(PromiseState.class);
    evaluated.forEach(e -> counts.merge(e.state(), 1, Integer::sum));
    context.say("PROMISES  %d contacts, %d promises to pay: %d kept, %d partly kept, %d broken, "
        + "%d open", log.size(), evaluated.size(), counts.getOrDefault(PromiseState.KEPT, 0),
        counts.getOrDefault(PromiseState.PARTIALLY_KEPT, 0),
        counts.getOrDefault(PromiseState.BROKEN, 0), counts.getOrDefault(PromiseState.OPEN, 0));
    for (PromiseBook.Evaluated e : evaluated) {
      PromiseToPay p = e.promise();
      String follows;
      switch (p.state()) {
        case KEPT:
          follows = "kept";
          break;
        case OPEN:
          follows = context.asOf().isBefore(p.promisedDate())
              ? "under promise: not dunned, off the call list until " + p.promisedDate()
              : "under promise: not dunned, on today's call list to check the cash";
          break;
        default:
          follows = "dunning restarts, call first";
          break;
      }
      context.say("  %-14s %-8s %s %10s by %s, paid %10s: %s", p.state(),
          p.customerId().value(), e.currency(), p.promisedAmount().getAmount().toPlainString(),
          p.promisedDate(), p.paidAmount().getAmount().toPlainString(), follows);
    }
    context.put(AccountStandings.class, AccountStandings.of(log, evaluated));
    context.write(PromisesCommand.report(evaluated));
  }
}
