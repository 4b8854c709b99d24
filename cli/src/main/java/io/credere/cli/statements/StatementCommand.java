package io.credere.cli.statements;

import io.credere.cli.options.OutputOptions;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.core.error.CredereException;
import io.credere.statements.BankStatement;
import io.credere.statements.BankTransaction;
import io.credere.statements.StatementFile;
import io.credere.statements.StatementReaders;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code credere statement --file FILE [--summary]}: one row per transaction of a camt.053,
 * camt.054, camt.052, MT940, MT942 or BAI2 file (format detected from content), with the
 * instructed amount and the deducted charges where the file gives them, or one row per
 * statement with its balance control and the file's issues.
 */
@Command(name = "statement", mixinStandardHelpOptions = true,
    description = {"Read a bank statement: one row per transaction, or per statement.",
        "camt.053, camt.054, camt.052, MT940, MT942 or BAI2, the format detected from content;",
        "with --summary one row per statement with its balance check and the file's issues."})
public final class StatementCommand implements Callable<Integer> {

  /** The transaction columns of the contract. */
  public static final List<String> COLUMNS = List.of("account", "booking_date", "value_date",
      "currency", "amount", "direction", "reference", "counterparty_name",
      "counterparty_account", "remittance", "instructed_amount", "instructed_currency",
      "charges");

  /** The --summary columns. */
  public static final List<String> SUMMARY_COLUMNS = List.of("account", "statement_id",
      "format", "currency", "opening", "credits", "debits", "closing", "transactions",
      "balance_check", "issues");

  @Spec
  CommandSpec spec;

  @Option(names = "--file", required = true, paramLabel = "FILE",
      description = "The statement file.")
  Path file;

  @Option(names = "--summary",
      description = "One row per statement: opening, credits, debits, closing, balance check,"
          + " and the file's own inconsistencies (issues).")
  boolean summary;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    StatementFile statements = read(file);
    Report report = summary ? summary(statements) : transactions(statements);
    outputOptions.write(List.of(report), spec.commandLine().getOut());
    return 0;
  }

  /** Reads a statement file; a missing or unreadable file is an input error. */
  public static StatementFile read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return StatementReaders.read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new CredereException(file + ": no such file");
    } catch (IOException e) {
      throw new CredereException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** The contract's one row per transaction, in file order. */
  public static Report transactions(StatementFile file) {
    Report.Builder report = Report.builder("bank-statement", COLUMNS);
    for (BankStatement statement : file.statements()) {
      for (BankTransaction t : statement.transactions()) {
        String remittance = t.remittance();
        report.row(Cell.input(statement.account()), Cell.date(t.bookingDate()),
            Cell.date(t.valueDate()), Cell.text(t.currency().getCode()), Cell.amount(t.amount()),
            Cell.text(t.direction().name()), Cell.input(t.reference()),
            Cell.input(t.counterpartyName()), Cell.input(t.counterpartyAccount()),
            remittance.isEmpty() ? Cell.empty() : Cell.input(remittance),
            t.instructedAmount().map(Cell::amount).orElse(Cell.empty()),
            t.instructedAmount().map(m -> Cell.text(m.getCurrencyUnit().getCode()))
                .orElse(Cell.empty()),
            t.deductedCharges().map(Cell::amount).orElse(Cell.empty()));
      }
    }
    return report.build();
  }

  /** One row per statement with its balance control. */
  public static Report summary(StatementFile file) {
    Report.Builder report = Report.builder("bank-statement-summary", SUMMARY_COLUMNS);
    for (BankStatement s : file.statements()) {
      report.row(Cell.input(s.account()), Cell.input(s.statementId()),
          Cell.text(s.format().label()),
          s.currency().map(c -> Cell.text(c.getCode())).orElse(Cell.empty()),
          s.openingBalance().map(Cell::amount).orElse(Cell.empty()),
          s.bookedCredits().map(Cell::amount).orElse(Cell.empty()),
          s.bookedDebits().map(Cell::amount).orElse(Cell.empty()),
          s.closingBalance().map(Cell::amount).orElse(Cell.empty()),
          Cell.integer(s.transactions().size()), Cell.text(s.balanceCheck().toString()),
          s.issues().isEmpty() ? Cell.empty() : Cell.input(String.join("; ", s.issues())));
    }
    return report.build();
  }
}
