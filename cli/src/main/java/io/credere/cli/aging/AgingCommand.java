package io.credere.cli.aging;

import io.credere.aging.AgingBasis;
import io.credere.aging.AgingBuckets;
import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.cli.options.InputFiles;
import io.credere.cli.options.OutputOptions;
import io.credere.cli.options.ProgressOption;
import io.credere.cli.options.RejectsOption;
import io.credere.io.LedgerFile;
import io.credere.io.Rejects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code credere aging}: the aged receivables report of a ledger, per customer and currency, with
 * a total row per currency.
 */
@Command(name = "aging", mixinStandardHelpOptions = true,
    description = {"Age the open items of a ledger into buckets, per customer and currency.",
        "Columns: customer_id,currency,<buckets>,unapplied_credits,total; then one row per "
            + "currency with customer_id '*' holding the currency's sums."})
public final class AgingCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  InputFiles.Ledger ledger;

  @Mixin
  InputFiles.AsOf asOf;

  @Option(names = "--buckets", paramLabel = "DAYS", defaultValue = "30,60,90",
      description = "Ascending bucket boundaries in days (default: ${DEFAULT-VALUE}).")
  String buckets;

  @Option(names = "--basis", paramLabel = "due|document", defaultValue = "due",
      converter = BasisConverter.class,
      description = "Age from the due date (default) or the document date.")
  AgingBasis basis;

  @Option(names = "--net-credits",
      description = "Age credit notes and unapplied payments like any other item "
          + "(unapplied_credits is then 0).")
  boolean netCredits;

  @Mixin
  RejectsOption rejectsOption;

  @Mixin
  OutputOptions outputOptions;

  @Mixin
  ProgressOption progressOption;

  @Override
  public Integer call() {
    int[] boundaries;
    try {
      boundaries = new BoundariesConverter().convert(buckets);
    } catch (TypeConversionException e) {
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--buckets': "
          + e.getMessage());
    }
    AgingPolicy policy = AgingPolicy.builder().asOf(asOf.date())
        .buckets(AgingBuckets.of(basis, boundaries)).netCredits(netCredits).build();
    AgingReport report;
    try (Rejects rejects = rejectsOption.open()) {
      report = LedgerFile.age(ledger.path(), policy, rejects,
          progressOption.open(spec.commandLine().getErr()));
    }
    outputOptions.write(List.of(AgingTable.of(report)), spec.commandLine().getOut());
    return 0;
  }

  /** Reads {@code 30,60,90}: ascending whole days, at least 1. */
  static final class BoundariesConverter implements ITypeConverter<int[]> {
    @Override
    public int[] convert(String value) {
      List<Integer> days = new ArrayList<>();
      for (String part : value.split(",", -1)) {
        try {
          days.add(Integer.parseInt(part.strip()));
        } catch (NumberFormatException e) {
          throw new TypeConversionException("'" + value
              + "' is not a list of whole days (expected e.g. 30,60,90)");
        }
      }
      int[] result = days.stream().mapToInt(Integer::intValue).toArray();
      try {
        AgingBuckets.of(AgingBasis.DUE_DATE, result);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "': " + e.getMessage());
      }
      return result;
    }
  }

  /** Reads {@code due} or {@code document}, any case. */
  static final class BasisConverter implements ITypeConverter<AgingBasis> {
    @Override
    public AgingBasis convert(String value) {
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "due":
          return AgingBasis.DUE_DATE;
        case "document":
          return AgingBasis.DOCUMENT_DATE;
        default:
          throw new TypeConversionException("'" + value + "' is not a basis (expected due or "
              + "document)");
      }
    }
  }
}
