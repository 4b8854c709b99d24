package io.credere.cli.collections;

import io.credere.cli.options.Converters;
import picocli.CommandLine;
import io.credere.io.RatesFile;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.report.Cell;
import io.credere.cli.report.Report;
import io.credere.collections.interest.InterestRegime;
import io.credere.collections.interest.LateInterest;
import io.credere.collections.interest.LateInterestCalculator;
import io.credere.core.money.Monies;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code credere interest}: statutory late-payment interest and fixed compensation on one
 * commercial debt. Columns
 * {@code regime,days_late,reference_rate,statutory_rate,interest,compensation,total}.
 */
@Command(name = "interest", mixinStandardHelpOptions = true,
    description = {"Statutory late-payment interest and fixed compensation on one debt.",
        "Columns: regime,days_late,reference_rate,statutory_rate,interest,compensation,total "
            + "(rates of several half-years in time order, separated by ';')."})
public final class InterestCommand implements Callable<Integer> {

  /** The output columns, in order. */
  public static final List<String> COLUMNS = List.of("regime", "days_late", "reference_rate",
      "statutory_rate", "interest", "compensation", "total");

  @Spec
  CommandSpec spec;

  @Option(names = "--amount", required = true, paramLabel = "X",
      description = "The debt, e.g. 1250.00 (at most the currency's decimals).")
  String amount;

  @Option(names = "--currency", required = true, paramLabel = "C",
      description = "ISO 4217 code of the debt.")
  String currency;

  @Option(names = "--due-date", required = true, paramLabel = "DATE",
      description = "Due date, yyyy-MM-dd.")
  java.time.LocalDate dueDate;

  @Option(names = "--paid-date", required = true, paramLabel = "DATE",
      description = "Date paid (or the date to compute to), yyyy-MM-dd; interest runs from the "
          + "day after the due date to this date inclusive.")
  java.time.LocalDate paidDate;

  @Option(names = "--regime", required = true, paramLabel = "REGIME",
      description = "uk-late-payment, eu-directive or de-bgb.")
  String regime;

  @Option(names = "--rates", required = true, paramLabel = "FILE",
      description = "The regime's reference rates: CSV effective_date,rate (percent).")
  Path rates;

  @Mixin
  OutputOptions outputOptions;

  @Override
  public Integer call() {
    CommandLine command = spec.commandLine();
    CurrencyUnit unit = Converters.read(command, "--currency",
        () -> Monies.currency(currency, "--currency"));
    Money debt = Converters.read(command, "--amount", () -> Monies.parse(unit, amount,
        "--amount"));
    InterestRegime chosen = Converters.read(command, "--regime",
        () -> InterestRegime.parse(regime));
    LateInterestCalculator calculator = LateInterestCalculator.of(chosen, RatesFile.read(rates));
    LateInterest result = calculator.compute(debt, dueDate,
        paidDate);
    Report report = Report.builder("interest", COLUMNS)
        .row(Cell.text(chosen.id()), Cell.integer(result.daysLate()),
            Cell.text(joined(result.referenceRates())), Cell.text(joined(result.statutoryRates())),
            Cell.amount(result.interest()), Cell.amount(result.compensation()),
            Cell.amount(result.total()))
        .build();
    outputOptions.write(List.of(report), spec.commandLine().getOut());
    return 0;
  }

  static String joined(List<java.math.BigDecimal> rates) {
    return rates.stream().map(LateInterestCalculator::plain).collect(Collectors.joining(";"));
  }
}
