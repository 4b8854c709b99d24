package io.credere.cli.options;

import io.credere.core.customer.Customer;
import io.credere.core.item.OpenItem;
import io.credere.scoring.ExchangeRates;
import io.credere.io.ArHistoryFile;
import io.credere.io.ArPeriodRow;
import io.credere.io.CustomersFile;
import io.credere.io.DisputeRow;
import io.credere.io.DisputesFile;
import io.credere.io.FinancialsFile;
import io.credere.io.FinancialsRow;
import io.credere.io.FxRatesFile;
import io.credere.io.HistoryFile;
import io.credere.io.LedgerFile;
import io.credere.io.PaymentRow;
import io.credere.io.PaymentsFile;
import io.credere.io.Progress;
import io.credere.io.Rejects;
import io.credere.io.SettledInvoiceRow;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The input-file options of the contract, one picocli mixin per shape, so that every command
 * declares {@code --ledger}, {@code --customers}, {@code --payments}, {@code --history},
 * {@code --financials}, {@code --fx-rates}, {@code --ar-history}, {@code --disputes} and
 * {@code --as-of} the same way: same name, parameter label, help text and converter. Where the
 * contract makes a file required in one command and optional in another there are two mixins
 * ({@link Ledger} and {@link OptionalLedger}); a required one fails the parse (exit 2) when it is
 * missing, an optional one reads as empty (no rows, no rates) when it is not given.
 */
public final class InputFiles {

  static final String LEDGER = "The open items (the contract's ledger file).";
  static final String CUSTOMERS = "The customer accounts (the contract's customers file): "
      + "limits, terms, risk class, known bank accounts and names.";
  static final String PAYMENTS = "Incoming payments (the contract's payments file).";
  static final String HISTORY = "Settled invoices (the contract's history file), for payment "
      + "behaviour.";
  static final String FINANCIALS = "Financial statements (the contract's financials file).";
  static final String FX_RATES = "Exchange rates from_currency,to_currency,rate (to per unit of "
      + "from) on the as-of date; an amount in another currency than the account's without a "
      + "rate is UNCONVERTED_EXPOSURE.";
  static final String AR_HISTORY = "Month-end AR snapshots (the contract's ar-history file).";
  static final String DISPUTES = "Disputes, as a disputes run writes them.";
  static final String AS_OF = "The as-of date, yyyy-MM-dd (Credere never reads the clock).";

  private InputFiles() {}

  /**
   * An input file option and the contract reader of its file.
   *
   * @param <T> what the reader gives
   */
  public abstract static class InputFile<T> {
    private final String option;
    private final Reader<T> reader;
    private final T none;
    private Path file;

    InputFile(String option, BiFunction<Path, Rejects, T> reader, T none) {
      this(option, none, (path, rejects, progress) -> reader.apply(path, rejects));
    }

    InputFile(String option, T none, Reader<T> reader) {
      this.option = option;
      this.reader = reader;
      this.none = none;
    }

    final void set(Path value) {
      file = value;
    }

    /** The file given, or empty when the option was not given. */
    public final Optional<Path> file() {
      return Optional.ofNullable(file);
    }

    /** The file given; throws naming the option when it was not given. */
    public final Path path() {
      if (file == null) {
        throw new IllegalStateException("Option '" + option + "' was not given");
      }
      return file;
    }

    /** The file's rows, read by the contract; nothing when the option was not given. */
    public final T read(Rejects rejects) {
      return read(rejects, Progress.NONE);
    }

    /**
     * Like {@link #read(Rejects)}, telling {@code progress} how far the read got (the ledger,
     * the contract's one file that runs to millions of rows, reports it; the others are read
     * without).
     */
    public final T read(Rejects rejects, Progress progress) {
      return file == null ? none : reader.read(file, rejects, progress);
    }
  }

  /** A contract reader of one file. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Path file, Rejects rejects, Progress progress);
  }

  /** {@code --ledger FILE}, required. */
  public static final class Ledger extends InputFile<List<OpenItem>> {
    /** Picocli's constructor. */
    public Ledger() {
      super("--ledger", List.of(), LedgerFile::read);
    }

    @Option(names = "--ledger", required = true, paramLabel = "FILE", description = LEDGER)
    void ledger(Path value) {
      set(value);
    }
  }

  /** {@code --ledger FILE}, optional. */
  public static final class OptionalLedger extends InputFile<List<OpenItem>> {
    /** Picocli's constructor. */
    public OptionalLedger() {
      super("--ledger", List.of(), LedgerFile::read);
    }

    @Option(names = "--ledger", paramLabel = "FILE", description = LEDGER)
    void ledger(Path value) {
      set(value);
    }
  }

  /** {@code --customers FILE}, required. */
  public static final class Customers extends InputFile<List<Customer>> {
    /** Picocli's constructor. */
    public Customers() {
      super("--customers", CustomersFile::read, List.of());
    }

    @Option(names = "--customers", required = true, paramLabel = "FILE",
        description = CUSTOMERS)
    void customers(Path value) {
      set(value);
    }
  }

  /** {@code --customers FILE}, optional. */
  public static final class OptionalCustomers extends InputFile<List<Customer>> {
    /** Picocli's constructor. */
    public OptionalCustomers() {
      super("--customers", CustomersFile::read, List.of());
    }

    @Option(names = "--customers", paramLabel = "FILE", description = CUSTOMERS)
    void customers(Path value) {
      set(value);
    }
  }

  /**
   * {@code --payments FILE}, optional. (Where payments are required they come in a group:
   * {@code allocate}'s payments-or-statement, the contact options' contacts-and-payments.)
   */
  public static final class OptionalPayments extends InputFile<List<PaymentRow>> {
    /** Picocli's constructor. */
    public OptionalPayments() {
      super("--payments", PaymentsFile::read, List.of());
    }

    @Option(names = "--payments", paramLabel = "FILE", description = PAYMENTS)
    void payments(Path value) {
      set(value);
    }
  }

  /** {@code --history FILE}, optional. */
  public static final class OptionalHistory extends InputFile<List<SettledInvoiceRow>> {
    /** Picocli's constructor. */
    public OptionalHistory() {
      super("--history", HistoryFile::read, List.of());
    }

    @Option(names = "--history", paramLabel = "FILE", description = HISTORY)
    void history(Path value) {
      set(value);
    }
  }

  /** {@code --financials FILE}, optional. */
  public static final class OptionalFinancials extends InputFile<List<FinancialsRow>> {
    /** Picocli's constructor. */
    public OptionalFinancials() {
      super("--financials", FinancialsFile::read, List.of());
    }

    @Option(names = "--financials", paramLabel = "FILE", description = FINANCIALS)
    void financials(Path value) {
      set(value);
    }
  }

  /** {@code --fx-rates FILE}, optional: no rates when not given. */
  public static final class OptionalFxRates extends InputFile<ExchangeRates> {
    /** Picocli's constructor. */
    public OptionalFxRates() {
      super("--fx-rates", FxRatesFile::read, ExchangeRates.none());
    }

    @Option(names = "--fx-rates", paramLabel = "FILE", description = FX_RATES)
    void fxRates(Path value) {
      set(value);
    }
  }

  /** {@code --ar-history FILE}, required. */
  public static final class ArHistory extends InputFile<List<ArPeriodRow>> {
    /** Picocli's constructor. */
    public ArHistory() {
      super("--ar-history", ArHistoryFile::read, List.of());
    }

    @Option(names = "--ar-history", required = true, paramLabel = "FILE",
        description = AR_HISTORY)
    void arHistory(Path value) {
      set(value);
    }
  }

  /** {@code --ar-history FILE}, optional. */
  public static final class OptionalArHistory extends InputFile<List<ArPeriodRow>> {
    /** Picocli's constructor. */
    public OptionalArHistory() {
      super("--ar-history", ArHistoryFile::read, List.of());
    }

    @Option(names = "--ar-history", paramLabel = "FILE", description = AR_HISTORY)
    void arHistory(Path value) {
      set(value);
    }
  }

  /** {@code --disputes FILE}, optional (a previous run's disputes, or those to keep out). */
  public static final class OptionalDisputes extends InputFile<List<DisputeRow>> {
    /** Picocli's constructor. */
    public OptionalDisputes() {
      super("--disputes", DisputesFile::read, List.of());
    }

    @Option(names = "--disputes", paramLabel = "FILE", description = DISPUTES)
    void disputes(Path value) {
      set(value);
    }
  }

  /**
   * {@code --ledger FILE --customers FILE --as-of DATE}, all required: the accounts as of a day,
   * what the collections commands ({@code dunning}, {@code worklist}, {@code refunds}) start from.
   */
  public static final class Accounts {
    @Mixin
    Ledger ledger;

    @Mixin
    Customers customers;

    @Mixin
    AsOf asOf;

    /** The ledger option. */
    public Ledger ledger() {
      return ledger;
    }

    /** The customers option. */
    public Customers customers() {
      return customers;
    }

    /** The as-of date. */
    public LocalDate asOf() {
      return asOf.date();
    }
  }

  /** {@code --as-of DATE}, required wherever a date matters (the contract's rule). */
  public static final class AsOf {
    @Option(names = "--as-of", required = true, paramLabel = "DATE", description = AS_OF)
    LocalDate date;

    /** The date given. */
    public LocalDate date() {
      return date;
    }
  }
}
