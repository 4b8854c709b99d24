package io.credere.cli.demo;

import io.credere.cli.statements.StatementCommand;
import io.credere.core.money.Monies;
import io.credere.statements.BankStatement;
import io.credere.statements.StatementFile;

/**
 * The demo's bank statement: reads {@code bank-statement.camt053.xml}, prints each statement's
 * credits, debits and balance check, writes {@code bank-statement.csv}, and leaves the
 * {@link StatementFile} for later steps (cash application).
 */
public final class StatementStep implements DemoStep {

  /** The sample statement file's name. */
  public static final String FILE = "bank-statement.camt053.xml";

  @Override
  public String title() {
    return "Reading the bank statement";
  }

  @Override
  public void run(DemoContext context) {
    StatementFile file = StatementCommand.read(context.input(FILE));
    context.say("BANK  %s: %d statements, %d transactions", file.format().label(),
        file.statements().size(), file.transactions().size());
    for (BankStatement s : file.statements()) {
      long credits = s.transactions().stream().filter(t -> t.isCredit()).count();
      context.say("  %s %s  opening %s  +%d credits %s  -%d debits %s  closing %s  %s",
          s.currency().map(Object::toString).orElse("?"), s.account().orElse("?"),
          s.openingBalance().map(Monies::format).orElse("-"), credits,
          s.bookedCredits().map(Monies::format).orElse("-"),
          s.transactions().size() - credits, s.bookedDebits().map(Monies::format).orElse("-"),
          s.closingBalance().map(Monies::format).orElse("-"), s.balanceCheck());
    }
    context.write(StatementCommand.transactions(file));
    context.put(StatementFile.class, file);
  }
}
