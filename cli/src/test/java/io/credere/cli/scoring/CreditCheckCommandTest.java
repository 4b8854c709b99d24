package io.credere.cli.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code credere credit-check} byte for byte. K-1 has a limit of 10000.00, open orders 2000.00,
 * an open invoice of 5000.00 (not yet due) and an open credit note of -500.00: exposure before
 * the order is 6500.00. Its score: payment index missing 15, trend missing 6, Z missing 10,
 * bureau missing 12, under 2 years 4, utilisation (5000 + 2000) / 10000 = 70% 10, nothing
 * overdue 20: 77 of 120 = 64.17 -> 64, grade C.
 */
class CreditCheckCommandTest {

  static final String HEADER = "customer_id,currency,decision,open_receivables,open_credits,"
      + "open_orders,new_order,exposure,credit_limit,headroom,score,grade,reasons,explanation\n";

  @TempDir
  Path dir;

  Path customers;
  Path ledger;

  @BeforeEach
  void files() throws IOException {
    customers = Files.writeString(dir.resolve("customers.csv"),
        "customer_id,name,currency,credit_limit,open_orders,credit_hold\n"
            + "K-1,Kappa GmbH,EUR,10000.00,2000.00,false\n"
            + "K-2,Held GmbH,EUR,10000.00,0.00,true\n");
    ledger = Files.writeString(dir.resolve("ledger.csv"),
        "customer_id,document_id,document_type,document_date,due_date,currency,amount,"
            + "open_amount\n"
            + "K-1,INV-1,INVOICE,2026-10-31,2026-11-30,EUR,5000.00,5000.00\n"
            + "K-1,CN-1,CREDIT_NOTE,2026-11-02,2026-11-02,EUR,-500.00,-500.00\n"
            + "K-2,INV-2,INVOICE,2026-08-01,2026-08-31,EUR,1000.00,1000.00\n");
  }

  private CliRun check(String customer, String amount, String... more) {
    return run(ledger, customer, amount, more);
  }

  private CliRun run(Path items, String customer, String amount, String... more) {
    String[] base = {"credit-check", "--customers", customers.toString(), "--ledger",
        items.toString(), "--customer", customer, "--order-amount", amount, "--as-of",
        "2026-11-20"};
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void order_within_limit_is_ok_with_headroom() {
    CliRun run = check("K-1", "1000.00");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo(HEADER + "K-1,EUR,OK,5000.00,-500.00,2000.00,1000.00,"
        + "7500.00,10000.00,2500.00,64,C,,\"OK: exposure EUR 7500.00 is within the limit "
        + "EUR 10000.00, headroom EUR 2500.00.\"\n");
  }

  @Test
  void order_taking_exposure_to_95_percent_is_watched() {
    CliRun run = check("K-1", "3000");
    assertThat(run.out()).isEqualTo(HEADER + "K-1,EUR,WATCH,5000.00,-500.00,2000.00,3000.00,"
        + "9500.00,10000.00,500.00,64,C,NEAR_LIMIT,WATCH: Exposure EUR 9500.00 uses 95.0% of "
        + "the limit EUR 10000.00.\n");
  }

  @Test
  void order_over_the_limit_is_held_saying_by_how_much() {
    CliRun run = check("K-1", "4000.00");
    assertThat(run.out()).isEqualTo(HEADER + "K-1,EUR,HOLD,5000.00,-500.00,2000.00,4000.00,"
        + "10500.00,10000.00,-500.00,64,C,OVER_LIMIT,HOLD: Exposure EUR 10500.00 exceeds the "
        + "limit EUR 10000.00 by EUR 500.00.\n");
  }

  @Test
  void only_the_configured_components_count() {
    // 5000 + 4000 = 9000: 90% of the limit, credits and orders not counted
    CliRun run = check("K-1", "4000.00", "--components", "OPEN_RECEIVABLES,NEW_ORDER");
    assertThat(run.out()).isEqualTo(HEADER + "K-1,EUR,WATCH,5000.00,,,4000.00,9000.00,"
        + "10000.00,1000.00,64,C,NEAR_LIMIT,WATCH: Exposure EUR 9000.00 uses 90.0% of the "
        + "limit EUR 10000.00.\n");
  }

  @Test
  void account_on_hold_with_an_item_81_days_overdue_is_held_for_both() {
    CliRun run = check("K-2", "0");
    assertThat(run.out()).startsWith(HEADER + "K-2,EUR,HOLD,1000.00,0.00,0.00,0.00,1000.00,"
        + "10000.00,9000.00,")
        .contains(",CUSTOMER_ON_HOLD;OVERDUE_BEYOND_60_DAYS,HOLD: The account is on credit "
            + "hold. INV-2 (EUR 1000.00) is 81 days past due.\n");
  }

  @Test
  void unknown_customer_exits_1_with_a_clear_message() {
    CliRun run = check("K-9", "100");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("customer: 'K-9' is not a customer in " + customers);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void order_amount_with_too_many_decimals_exits_1() {
    CliRun run = check("K-1", "10.001");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("order_amount: '10.001' has more decimals than EUR allows");
  }

  @Test
  void negative_order_amount_exits_1() {
    assertThat(check("K-1", "-5.00").exitCode()).isEqualTo(1);
  }

  @Test
  void order_amount_that_cannot_be_read_or_is_beyond_the_limit_is_wrong_usage() {
    CliRun huge = check("K-1", "123456789012345678901234");
    assertThat(huge.exitCode()).isEqualTo(2);
    assertThat(huge.err()).contains("--order-amount").contains("10^15")
        .doesNotContain("Exception");
    assertThat(check("K-1", "1,000.00").exitCode()).isEqualTo(2);
  }

  @Test
  void missing_customer_option_is_wrong_usage() {
    CliRun run = CliRun.of("credit-check", "--customers", customers.toString(), "--ledger",
        ledger.toString(), "--order-amount", "1", "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isEqualTo(2);
  }

  private Path usdLedger() throws IOException {
    return Files.writeString(dir.resolve("ledger-usd.csv"),
        "customer_id,document_id,document_type,document_date,due_date,currency,amount,"
            + "open_amount\n"
            + "K-1,INV-1,INVOICE,2026-10-31,2026-11-30,EUR,5000.00,5000.00\n"
            + "K-1,INV-US,INVOICE,2026-11-01,2026-12-01,USD,2200.00,2200.00\n");
  }

  private CliRun checkWith(Path items, String... more) {
    return run(items, "K-1", "100.00", more);
  }

  @Test
  void an_item_in_another_currency_without_a_rate_holds_unconverted_exposure() throws IOException {
    // Before: the USD invoice was silently left out and the order was OK.
    CliRun run = checkWith(usdLedger());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(HEADER + "K-1,EUR,HOLD,5000.00,0.00,2000.00,100.00,"
        + "7100.00,10000.00,2900.00,")
        .contains(",UNCONVERTED_EXPOSURE,HOLD: Exposure in USD cannot be converted to EUR (no "
            + "exchange rate on 2026-11-20): the exposure is not known.\n");
  }

  @Test
  void fx_rates_convert_the_other_currency_into_the_exposure() throws IOException {
    // USD 2,200.00 at 1.10 USD per EUR (only EUR -> USD given): EUR 2,000.00.
    Path rates = Files.writeString(dir.resolve("fx.csv"),
        "from_currency,to_currency,rate\nEUR,USD,1.10\nGBP,EUR,1.17\n");
    CliRun run = checkWith(usdLedger(), "--fx-rates", rates.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith(HEADER + "K-1,EUR,WATCH,7000.00,0.00,2000.00,100.00,"
        + "9100.00,10000.00,900.00,")
        .contains(",NEAR_LIMIT,WATCH: Exposure EUR 9100.00 uses 91.0% of the limit "
            + "EUR 10000.00.\n");
  }

  @Test
  void a_bad_fx_rates_row_exits_1_naming_file_line_and_column() throws IOException {
    Path rates = Files.writeString(dir.resolve("fx.csv"),
        "from_currency,to_currency,rate\nUSD,EUR,0.91\nUSD,EUR,-1\n");
    CliRun run = checkWith(usdLedger(), "--fx-rates", rates.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(rates.toString()).contains("3").contains("rate")
        .contains("'-1'");
    assertThat(run.out()).isEmpty();
    Path twice = Files.writeString(dir.resolve("fx2.csv"),
        "from_currency,to_currency,rate\nUSD,EUR,0.91\nUSD,EUR,0.92\n");
    CliRun again = checkWith(usdLedger(), "--fx-rates", twice.toString());
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.err()).contains("already given on line 2");
  }

  @Test
  void score_takes_fx_rates_too() throws IOException {
    Path items = usdLedger();
    CliRun without = CliRun.of("score", "--customers", customers.toString(), "--ledger",
        items.toString(), "--as-of", "2026-11-20");
    Path rates = Files.writeString(dir.resolve("fx.csv"),
        "from_currency,to_currency,rate\nUSD,EUR,0.90\n");
    CliRun with = CliRun.of("score", "--customers", customers.toString(), "--ledger",
        items.toString(), "--as-of", "2026-11-20", "--fx-rates", rates.toString());
    assertThat(without.exitCode()).isZero();
    assertThat(without.out().lines().filter(l -> l.startsWith("K-1,")).findFirst()
        .orElseThrow()).contains(",UNCONVERTED_EXPOSURE;");
    assertThat(with.exitCode()).isZero();
    assertThat(with.out()).doesNotContain("UNCONVERTED_EXPOSURE");
  }
}
