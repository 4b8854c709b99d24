package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import io.credere.core.item.OpenItem;
import io.credere.core.item.OpenItemColumns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger read in two halves ({@link LedgerSplit}) against the same file read on one thread:
 * the same items in the same order, the same error (the first by file order, with its line), the
 * same rejects file byte for byte, with the cut put at every offset around the rows that try to
 * break it (a quoted field with line ends and doubled quotes, a duplicate, a bad row, a byte
 * order mark inside the file, blank lines) and on hostile files with every line end.
 */
class LedgerSplitTest {

  private static final String HEADER = HostileLedgers.HEADER;
  /** An as-of date that puts the test ledgers' items in several buckets. */
  static final AgingPolicy POLICY = AgingPolicy.of(LocalDate.of(2026, 7, 5));

  @TempDir
  Path dir;

  @AfterEach
  void no_second_thread_outlives_a_read() {
    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(t -> t.getName().equals("credere-ledger-half") && t.isAlive());
  }

  private static String good(int i) {
    return "C-" + (i % 7) + ",INV-" + i + ",INVOICE,2026-01-" + (10 + i % 19)
        + ",2026-07-01,EUR," + (i % 500 + 1) + ".25," + (i % 3 == 0 ? "0" : "1.25") + ",ref "
        + i + ",,,";
  }

  /** What a read gave: its items or its error, then the rejects file's bytes. */
  private String outcome(Path file, Function<Rejects, List<OpenItem>> read, boolean keep)
      throws IOException {
    return ReadOutcome.of(dir, keep, rejects -> {
      List<OpenItem> items = read.apply(rejects);
      return items.size() + " items " + items;
    });
  }

  private String oneThread(Path file, boolean keep) throws IOException {
    return outcome(file, r -> LedgerFile.read(file, r, Progress.NONE,
        ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.ONE_THREAD), keep);
  }

  /**
   * The ways of reading a ledger, each of which can be split: items in a list, items as columns
   * (which must read exactly as the list), a check, an aging.
   */
  enum Way { READ, COLUMNS, CHECK, AGE }

  /** What a read of {@code file} the {@code way} given, with {@code split}, gave. */
  String outcome(Path file, Way way, LedgerSplit.Settings split, boolean keep)
      throws IOException {
    return ReadOutcome.of(dir, keep, rejects -> {
      switch (way) {
        case READ:
          List<OpenItem> items = LedgerFile.read(file, rejects, Progress.NONE,
              ReadAhead.Settings.ONE_THREAD, split);
          return items.size() + " items " + items;
        case COLUMNS:
          // the same text as READ's: a list of columns prints its items
          OpenItemColumns columns = LedgerFile.readColumns(file, rejects, Progress.NONE,
              ReadAhead.Settings.ONE_THREAD, split);
          return columns.size() + " items " + columns;
        case CHECK:
          return LedgerFile.check(file, rejects, Progress.NONE, ReadAhead.Settings.ONE_THREAD,
              split) + " good rows";
        default:
          return aged(LedgerFile.age(file, POLICY, rejects, Progress.NONE,
              ReadAhead.Settings.ONE_THREAD, split));
      }
    });
  }

  /** Every row and total of {@code report}, as text. */
  static String aged(AgingReport report) {
    return report.size() + " aged rows " + report.rows() + " totals " + report.currencyTotals();
  }

  /**
   * Reads {@code file} every way cut after every offset in {@code [from, to)}, with and without
   * rejects, comparing with one thread; returns how the reads went (so a test can show both the
   * halves and the fallback were taken).
   */
  private Set<String> assertEveryCut(Path file, long from, long to) throws IOException {
    return assertCuts(file, from, to, 1);
  }

  /** Like {@link #assertEveryCut}, with the cut after every {@code step}-th offset. */
  private Set<String> assertCuts(Path file, long from, long to, int step) throws IOException {
    Set<String> ways = new TreeSet<>();
    for (Way way : Way.values()) {
      for (boolean keep : new boolean[] {false, true}) {
        String one = outcome(file, way, LedgerSplit.Settings.ONE_THREAD, keep);
        if (way == Way.COLUMNS) {
          assertThat(one).as("columns read as the items, %s", keep).isEqualTo(
              outcome(file, Way.READ, LedgerSplit.Settings.ONE_THREAD, keep));
        }
        for (long guess = Math.max(0, from); guess < to; guess += step) {
          List<String> told = new ArrayList<>();
          String two = outcome(file, way, LedgerSplit.Settings.at(guess, told::add), keep);
          assertThat(two).as("%s %s cut after %d (%s), %s", way, file.getFileName(), guess,
              told, keep ? "rejects" : "fail fast").isEqualTo(one);
          ways.addAll(told);
        }
      }
    }
    return ways;
  }

  private static String way(Set<String> ways) {
    return String.join("; ", ways);
  }

  private Path write(String name, String text) throws IOException {
    return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_quoted_field_with_line_ends_straddling_the_cut_reads_as_one_thread()
      throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 20; i++) {
      text.append(good(i)).append('\n');
    }
    long middle = text.length();
    // line ends and doubled quotes inside quotes, lines that look like rows inside quotes
    text.append("C-1,Q-1,INVOICE,2026-01-01,2026-07-01,EUR,5,5,\"first \"\"q\"\"\n")
        .append(good(900)).append("\n\r\n\"\"\"\",\"\"\"\"\r\n,,,\",,,\n");
    text.append("C-1,Q-2,INVOICE,2026-01-01,2026-07-01,EUR,5,5,\"\n\n\",,,\r\n");
    for (int i = 20; i < 40; i++) {
      text.append(good(i)).append(i % 2 == 0 ? "\n" : "\r\n");
    }
    Path file = write("straddle.csv", text.toString());
    Set<String> ways = assertEveryCut(file, middle - 80, middle + 160);
    assertThat(ways).as(way(ways)).contains("halves", "one thread: the cut is inside a row");
    assertThat(oneThread(file, false)).startsWith("42 items").contains("first \"q\"\n"
        + good(900) + "\n\r\n\"\",\"\"\r\n,,,");
  }

  @Test
  void hostile_files_read_in_halves_as_on_one_thread() throws IOException {
    Set<String> ways = new TreeSet<>();
    for (long seed = 1; seed <= 6; seed++) {
      String tail = List.of("", "C-1,LAST-1,INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,",
          "C-1,LAST-2,INVOICE,2026-01-01,2026-07-01,EUR,1,1,\"no end",
          "C-1,LAST-3,INVOICE,2026-01-01,2026-07-01,EUR,1,1,\"quoted\r\nlast\",,,")
          .get((int) (seed % 4));
      Path file = HostileLedgers.write(dir.resolve("hostile-" + seed + ".csv"), seed, 120, tail);
      long size = Files.size(file);
      // cuts around the middle, and a few everywhere else
      ways.addAll(assertCuts(file, size / 2 - 150, size / 2 + 150, 2));
      for (long guess = 0; guess < size; guess += 211) {
        ways.addAll(assertEveryCut(file, guess, guess + 1));
      }
    }
    assertThat(ways).as(way(ways)).contains("halves", "one thread: the cut is inside a row");
  }

  @Test
  void a_duplicate_across_the_halves_names_the_first_line() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 50; i++) {
      text.append(good(i)).append('\n');
    }
    long middle = text.length();
    for (int i = 50; i < 100; i++) {
      text.append(i == 70 ? good(7) : i == 80 ? good(75) : good(i)).append('\n');
    }
    Path file = write("dup.csv", text.toString());
    assertThat(assertEveryCut(file, middle - 40, middle + 40)).contains("halves");
    List<String> told = new ArrayList<>();
    assertThatThrownBy(() -> LedgerFile.read(file, Rejects.failFast(), Progress.NONE,
        ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.at(middle - 1, told::add)))
        .hasMessage(file + ", line 72, column document_id: 'INV-7' appears twice in the ledger "
            + "(first on line 9)");
    assertThat(told).containsExactly("halves");
    String rejected = oneThread(file, true);
    assertThat(rejected).contains("line 82, column document_id: 'INV-75' appears twice in the "
        + "ledger (first on line 77)").startsWith("98 items");
  }

  @Test
  void the_first_bad_row_by_file_order_wins_and_every_one_is_rejected() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 60; i++) {
      String row = good(i);
      if (i == 25) {
        row = row.replace("2026-07-01", "2026-02-30");
      } else if (i == 40) {
        row = row.replace(",EUR,", ",XYZ,");
      } else if (i == 45) {
        row = row.replace("INVOICE", "CREDIT_NOTE");
      }
      text.append(row).append('\n');
    }
    Path file = write("bad.csv", text.toString());
    long size = Files.size(file);
    // cuts before, between and after the bad rows
    Set<String> ways = assertCuts(file, size / 3, size - 30, 5);
    assertThat(ways).contains("halves");
    assertThat(oneThread(file, false)).contains("line 27, column due_date: '2026-02-30'");
    assertThat(oneThread(file, true)).startsWith("57 items").contains("line 42, column currency")
        .contains("line 47, column amount");
  }

  @Test
  void a_bad_row_only_in_the_second_half_is_named_with_its_line() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 40; i++) {
      text.append(i == 34 ? good(i).replace("1.25,ref", "x1,ref") : good(i)).append("\r\n");
    }
    Path file = write("late.csv", text.toString());
    List<String> told = new ArrayList<>();
    assertThatThrownBy(() -> LedgerFile.read(file, Rejects.failFast(), Progress.NONE,
        ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.at(Files.size(file) / 2,
            told::add)))
        .hasMessageStartingWith(file + ", line 36, column open_amount: 'x1' is not an amount");
    assertThat(told).containsExactly("halves");
  }

  @Test
  void an_unclosed_quote_in_the_second_half_fails_as_on_one_thread() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 40; i++) {
      text.append(i == 5 ? good(i).replace("EUR", "EU") : good(i)).append('\n');
    }
    text.append("C-1,OPEN-1,INVOICE,2026-01-01,2026-07-01,EUR,1,1,\"never closed,,,\n");
    text.append(good(41)).append('\n');
    Path file = write("open.csv", text.toString());
    long size = Files.size(file);
    Set<String> ways = assertEveryCut(file, size / 2 - 40, size / 2 + 40);
    assertThat(ways).anyMatch(w -> w.startsWith("one thread: the second half failed"));
    assertThat(oneThread(file, true)).contains("a quote opened on line 42 is never closed")
        .contains("line 7, column currency");
  }

  @Test
  void blank_lines_and_empty_rows_at_the_cut() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 30; i++) {
      text.append(good(i)).append(i % 5 == 0 ? "\n\n\r\n" : i % 7 == 0 ? "\n,,, ,,\n" : "\n");
    }
    Path file = write("blank.csv", text.toString());
    assertThat(assertCuts(file, 0, Files.size(file) + 2, 2)).contains("halves",
        "one thread: no line end after the guess");
  }

  @Test
  void a_byte_order_mark_inside_the_file_is_text_on_either_side_of_the_cut()
      throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF\"document_id\",\"CUSTOMER_ID\","
        + "\"Document_Type\",\"document_date\",\"due_date\",\"currency\",\"amount\","
        + "\"open_amount\"\r\n");
    for (int i = 0; i < 30; i++) {
      // even rows start with the bytes of a byte order mark, unquoted
      String id = "\uFEFFD-" + (i == 20 ? 4 : i);
      text.append(i % 2 == 0 ? id : "\"" + id + "\"").append(",\"C-").append(i % 3)
          .append("\",\"INVOICE\",\"2026-01-01\",\"2026-02-01\",\"EUR\",\"10.00\","
              + "\"5.00\"\r\n");
    }
    Path file = write("bom.csv", text.toString());
    assertThat(assertCuts(file, 0, Files.size(file), 3)).contains("halves");
    // the duplicate of an id that starts with U+FEFF is found (its first row is read again
    // from inside the file)
    assertThat(oneThread(file, false)).contains("line 22, column document_id: '\uFEFFD-4' "
        + "appears twice in the ledger (first on line 6)");
  }

  @Test
  void header_only_and_tiny_files() throws IOException {
    Path header = write("header.csv", HEADER + "\r\n");
    Path one = write("one.csv", HEADER + "\n" + good(1));
    Path two = write("two.csv", "\uFEFF" + HEADER + "\r\n" + good(1) + "\r\n" + good(2) + "\r\n");
    for (Path file : List.of(header, one, two)) {
      assertEveryCut(file, 0, Files.size(file) + 3);
    }
    assertThat(oneThread(header, false)).startsWith("0 items");
    assertThat(oneThread(two, false)).startsWith("2 items");
  }

  @Test
  void the_halves_share_one_instance_of_each_customer_and_date() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 400; i++) {
      text.append(good(i)).append('\n');
    }
    Path file = write("shared.csv", text.toString());
    List<String> told = new ArrayList<>();
    List<OpenItem> items = LedgerFile.read(file, Rejects.failFast(), Progress.NONE,
        ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.at(Files.size(file) / 2, told::add));
    assertThat(told).containsExactly("halves");
    assertThat(items).hasSize(400);
    Map<String, Object> customers = new HashMap<>();
    Map<Object, Boolean> dates = new IdentityHashMap<>();
    for (OpenItem item : items) {
      Object first = customers.putIfAbsent(item.customerId().value(), item.customerId());
      if (first != null) {
        assertThat(item.customerId()).isSameAs(first);
      }
      dates.put(item.documentDate(), true);
      dates.put(item.dueDate(), true);
    }
    assertThat(customers).hasSize(7);
    assertThat(dates).hasSize(20); // 19 document dates and one due date, one instance each
  }

  @Test
  void a_large_file_reads_in_halves_by_default_and_as_on_one_thread() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 200_000; i++) {
      String row = good(i);
      text.append(i % 5 == 0 ? row.replace("ref " + i + ",", "\"quoted\r\n\"\"line\"\"\",")
          : row).append('\n');
    }
    Path file = write("large.csv", text.toString());
    assertThat(Files.size(file)).isGreaterThan(LedgerSplit.Settings.TWO_HALVES.minBytes);
    List<String> progress = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    List<OpenItem> two = LedgerFile.read(file, Rejects.failFast(), (s, rows, bytes, total) -> {
      progress.add(rows + "@" + bytes + "/" + total);
      counts.add(rows);
      assertThat(bytes).isBetween(0L, total);
    });
    List<OpenItem> one = LedgerFile.read(file, Rejects.failFast(), Progress.NONE,
        ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.ONE_THREAD);
    assertThat(two).hasSize(200_000).isEqualTo(one);
    // as columns, by default in halves: the same items, each a field read away
    OpenItemColumns columns = LedgerFile.readColumns(file, Rejects.failFast(), Progress.NONE);
    assertThat(columns).isEqualTo(one);
    for (int i = 0; i < one.size(); i += 997) {
      assertThat(columns.documentId(i)).isEqualTo(one.get(i).documentId().value());
      assertThat(columns.customerId(i)).isEqualTo(one.get(i).customerId());
      assertThat(columns.openMinor(i)).isEqualTo(one.get(i).openAmount().getAmountMinorLong());
    }
    assertThat(progress).last().isEqualTo("200000@" + Files.size(file) + "/" + Files.size(file));
    assertThat(counts).isSorted().hasSizeGreaterThan(1);
  }

  @Test
  void a_large_file_with_bad_rows_and_duplicates_in_both_halves_rejects_as_one_thread()
      throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF" + HEADER).append("\r\n");
    for (int i = 0; i < 120_000; i++) {
      String row = i % 9973 == 5 ? good(i).replace(",EUR,", ",EURO,")
          : i % 7919 == 3 ? good(i / 3) // a duplicate of an earlier row, often from the other half
          : i % 5 == 0 ? good(i).replace("ref " + i + ",", "\"quoted\r\n\"\"line\"\"\",")
          : good(i);
      text.append(row).append("\r\n");
    }
    Path file = write("large-bad.csv", text.toString());
    assertThat(Files.size(file)).isGreaterThan(LedgerSplit.Settings.TWO_HALVES.minBytes);
    for (boolean keep : new boolean[] {false, true}) {
      String two = outcome(file, r -> LedgerFile.read(file, r, Progress.NONE), keep);
      assertThat(two).isEqualTo(oneThread(file, keep));
      assertThat(outcome(file, r -> LedgerFile.readColumns(file, r, Progress.NONE), keep))
          .isEqualTo(two);
      List<String> told = new ArrayList<>();
      assertThat(outcome(file, r -> LedgerFile.read(file, r, Progress.NONE,
          ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.at(-1, told::add)), keep))
          .isEqualTo(two);
      // fail fast stops at the first half's duplicate before the halves meet
      assertThat(told).isEqualTo(keep ? List.of("halves") : List.of());
      assertThat(two).contains("line 6, column document_id: 'INV-1' appears twice in the "
          + "ledger (first on line 4)");
      if (keep) {
        // i = 79193 repeats i = 26397, across the halves; i = 99735 has a currency of four letters
        assertThat(two).contains("'INV-26397' appears twice in the ledger (first on line ")
            .contains("'EURO'").startsWith((120_000 - 16 - 13) + " items");
      }
    }
  }

  /**
   * A row of customer {@code customer} in one of four currencies (two, zero and three
   * decimals), of every document type, dated around the policies' as-of dates, some settled,
   * some with a discount or disputed, some quoted with line ends; {@code i} makes the id.
   */
  private static String rich(int i, String customer) {
    String[] currencies = {"EUR", "JPY", "BHD", "USD"};
    String[] amounts = {"120.50", "9800", "7.125", "0.99"};
    int c = (i / 3) % 4;
    boolean credit = i % 5 == 1;
    boolean payment = i % 11 == 2;
    String type = payment ? "PAYMENT" : credit ? "CREDIT_NOTE" : i % 13 == 4 ? "DEBIT_NOTE"
        : "INVOICE";
    String sign = credit || payment ? "-" : "";
    String amount = sign + amounts[c];
    String open = i % 7 == 3 ? "0" : amount;
    String document = "2026-0" + (1 + i % 6) + "-" + (10 + i % 18);
    String due = "2026-0" + (2 + i % 7) + "-" + (10 + (i * 7) % 19);
    String reference = i % 9 == 0 ? "\"line\r\nend \"\"q\"\"\"" : "r" + i;
    String discount = i % 17 == 0 ? "2026-03-01,2.5" : ",";
    return customer + "," + (i % 10 == 6 ? "\"DOC-" + i + "\"" : "DOC-" + i) + "," + type
        + "," + document + "," + due + "," + currencies[c] + "," + amount + "," + open + ","
        + reference + "," + discount + "," + (i % 8 == 5 ? "true" : "");
  }

  /** The line that starts at {@code offset} of {@code text} (line ends \n, \r\n, \r). */
  private static long lineAt(CharSequence text, long offset) {
    long line = 1;
    for (int k = 0; k < offset; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' && (k + 1 == text.length() || text.charAt(k + 1) != '\n')) {
        line++;
      }
    }
    return line;
  }

  /** Policies that age by due date and by document date, with credits apart and netted. */
  private static final List<AgingPolicy> POLICIES = List.of(POLICY,
      AgingPolicy.builder().asOf(LocalDate.of(2026, 6, 1))
          .buckets(io.credere.aging.AgingBuckets.of(io.credere.aging.AgingBasis.DOCUMENT_DATE,
              10, 45, 100))
          .netCredits(true).build());

  /** Every policy's report of {@code file} cut after {@code guess}, against one thread's. */
  private Set<String> assertAgedAlike(Path file, long from, long to, int step)
      throws IOException {
    Set<String> ways = new TreeSet<>();
    for (AgingPolicy policy : POLICIES) {
      AgingReport one = LedgerFile.age(file, policy, Rejects.failFast(), Progress.NONE,
          ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.ONE_THREAD);
      assertThat(one).isEqualTo(AgingReport.of(policy, LedgerFile.read(file,
          Rejects.failFast(), Progress.NONE, ReadAhead.Settings.ONE_THREAD)));
      for (long guess = from; guess < to; guess += step) {
        List<String> told = new ArrayList<>();
        AgingReport two = LedgerFile.age(file, policy, Rejects.failFast(), Progress.NONE,
            ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.at(guess, told::add));
        assertThat(two).as("cut after %d (%s)", guess, told).isEqualTo(one);
        assertThat(aged(two)).isEqualTo(aged(one));
        ways.addAll(told);
      }
    }
    return ways;
  }

  @Test
  void few_customers_over_both_halves_and_one_only_in_the_second_age_as_on_one_thread()
      throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF" + HEADER).append("\r\n");
    int rows = 600;
    long[] starts = new long[rows];
    for (int i = 0; i < rows; i++) {
      starts[i] = text.length();
      // two customers throughout, one only in the first half, one only in the second
      String customer = i < rows / 2 && i % 3 == 0 ? "FIRST-ONLY"
          : i >= rows / 2 && i % 3 == 0 ? "SECOND-ONLY" : i % 2 == 0 ? "C-A" : "C-B";
      text.append(rich(i, customer)).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    Path file = write("few.csv", text.toString());
    // cuts all over the file, every 7 bytes around the middle
    Set<String> ways = assertAgedAlike(file, 0, Files.size(file), 97);
    ways.addAll(assertAgedAlike(file, starts[rows / 2 - 3], starts[rows / 2 + 3], 7));
    assertThat(ways).as(way(ways)).contains("halves", "one thread: the cut is inside a row");
    AgingReport report = LedgerFile.age(file, POLICY, Rejects.failFast(), Progress.NONE);
    List<String> customers = new ArrayList<>();
    report.rows().forEach(r -> customers.add(r.customerId().value() + " "
        + r.balance().currency()));
    assertThat(customers).contains("SECOND-ONLY EUR", "SECOND-ONLY JPY", "SECOND-ONLY BHD",
        "SECOND-ONLY USD", "FIRST-ONLY EUR", "C-A BHD").isSorted();
    assertThat(report.currencies()).hasSize(4);
    assertThat(LedgerFile.check(file, Rejects.failFast(), Progress.NONE,
        ReadAhead.Settings.ONE_THREAD, LedgerSplit.Settings.at(starts[rows / 2], s -> { })))
        .isEqualTo(rows);
    assertEveryCut(file, starts[rows / 2] - 40, starts[rows / 2] + 40);
  }

  @Test
  void a_repeat_across_the_halves_reads_on_alone_and_names_the_first_line() throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 300; i++) {
      text.append(rich(i, "C-" + i % 3)).append('\n');
    }
    long middle = text.length();
    long repeatLine = lineAt(text, text.length());
    // the second half is the first again, with a few new rows and a bad row among them
    for (int i = 0; i < 300; i++) {
      text.append(i % 50 == 7 ? rich(1000 + i, "C-9") : i == 120
          ? rich(i, "C-0").replace("DOC-", "DOX-").replace("2026-", "2025-13-") : rich(i,
          "C-" + i % 3)).append('\n');
    }
    Path file = write("twice.csv", text.toString());
    for (Way way : List.of(Way.CHECK, Way.AGE)) {
      for (boolean keep : new boolean[] {false, true}) {
        List<String> told = new ArrayList<>();
        String two = outcome(file, way, LedgerSplit.Settings.at(middle - 1, told::add), keep);
        assertThat(two).isEqualTo(outcome(file, way, LedgerSplit.Settings.ONE_THREAD, keep));
        assertThat(two).contains("line " + repeatLine + ", column document_id: 'DOC-0' appears "
            + "twice in the ledger (first on line 2)");
        assertThat(told).singleElement().asString()
            .startsWith("one thread: an id hash of the second half is in the first");
        if (keep) {
          // 300 first rows, 6 new ones; 293 repeats and one bad row rejected
          assertThat(two).startsWith(way == Way.CHECK ? "306 good rows rejected 294"
              : "").contains("rejected 294");
        }
      }
    }
    assertThat(assertEveryCut(file, middle - 30, middle + 30)).anyMatch(
        w -> w.startsWith("one thread: an id hash of the second half is in the first"));
  }

  @Test
  void repeats_and_bad_rows_inside_the_second_half_are_found_by_the_caller_in_file_order()
      throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 200; i++) {
      text.append(rich(i, "C-" + i % 2)).append('\n');
    }
    long middle = text.length();
    long[] lines = new long[400];
    for (int i = 200; i < 400; i++) {
      lines[i] = lineAt(text, text.length());
      String row = i % 40 == 9 ? rich(i - 4, "C-1") // a repeat of a row of the second half
          : i % 40 == 23 ? rich(i, "C-1").replace(",DOC-", ",,DOC-") // a cell too many
          : i % 40 == 31 ? rich(i, "C-1").replace("2026-0", "2026-1") // month 10 to 18
          : rich(i, "C-" + i % 3);
      text.append(row).append(i % 2 == 0 ? "\r\n" : "\n");
    }
    Path file = write("late-repeats.csv", text.toString());
    for (Way way : Way.values()) {
      for (boolean keep : new boolean[] {false, true}) {
        List<String> told = new ArrayList<>();
        String two = outcome(file, way, LedgerSplit.Settings.at(middle - 1, told::add), keep);
        assertThat(two).as("%s %s", way, keep).isEqualTo(outcome(file, way,
            LedgerSplit.Settings.ONE_THREAD, keep));
        assertThat(told).containsExactly("halves");
        assertThat(two).contains("line " + lines[209] + ", column document_id: 'DOC-205' appears "
            + "twice in the ledger (first on line " + lines[205] + ")");
        if (keep) {
          assertThat(two).contains("line " + lines[249] + ", column document_id: 'DOC-245' "
              + "appears twice in the ledger (first on line " + lines[245] + ")")
              .contains("rejected 15");
        }
      }
    }
  }

  @Test
  void a_large_file_checks_and_ages_in_halves_by_default_and_as_on_one_thread()
      throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (int i = 0; i < 150_000; i++) {
      String row = i % 8_000 == 77 // a repeat of a row 50 rows before, in either half
          ? "CUST-2,DOC-" + (i - 50) + ",INVOICE,2026-01-01,2026-02-01,EUR,1,1,,,,"
          : i % 9_000 == 5 ? "CUST-1,DOC-" + i + ",INVOICE,2026-01-01,2026-02-01,EURO,1,1,,,,"
          : rich(i, "CUST-" + (i % 2_000 < 1_000 ? i % 37 : 100 + i % 3));
      text.append(row).append(i % 2 == 0 ? "\r\n" : "\n");
    }
    Path file = write("large-rich.csv", text.toString());
    assertThat(Files.size(file)).isGreaterThan(LedgerSplit.Settings.TWO_HALVES.minBytes);
    for (Way way : List.of(Way.CHECK, Way.AGE)) {
      List<Long> counts = new ArrayList<>();
      List<Long> bytes = new ArrayList<>();
      Progress progress = (s, rows, at, total) -> {
        counts.add(rows);
        bytes.add(at);
        assertThat(at).isBetween(0L, total);
      };
      // the settings of a machine with the processors to read in two halves
      LedgerSplit.Settings split = LedgerSplit.Settings.TWO_HALVES;
      String two = ReadOutcome.of(dir, true, rejects -> way == Way.CHECK
          ? LedgerFile.check(file, rejects, progress, ReadAhead.Settings.DEFAULT, split)
              + " good rows"
          : aged(LedgerFile.age(file, POLICY, rejects, progress, ReadAhead.Settings.DEFAULT,
              split)));
      String one = outcome(file, way, LedgerSplit.Settings.ONE_THREAD, true);
      assertThat(two).isEqualTo(one);
      assertThat(counts).isSorted().hasSizeGreaterThan(1).last().isEqualTo(150_000L);
      assertThat(bytes).isSorted().last().isEqualTo(Files.size(file));
    }
    assertThat(outcome(file, Way.CHECK, LedgerSplit.Settings.ONE_THREAD, true))
        .startsWith("149964 good rows rejected 36");
    // and as this machine's settings say
    assertThat(ReadOutcome.of(dir, true, rejects -> aged(LedgerFile.age(file, POLICY, rejects,
        Progress.NONE)))).isEqualTo(outcome(file, Way.AGE, LedgerSplit.Settings.ONE_THREAD, true));
    assertThat(LedgerSplit.Settings.STREAMING.minProcessors).isGreaterThanOrEqualTo(
        Boolean.parseBoolean(System.getProperty("credere.io.split")) ? 2 : 3);
  }
}
