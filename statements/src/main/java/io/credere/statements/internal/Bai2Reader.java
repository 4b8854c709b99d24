package io.credere.statements.internal;

import io.credere.core.error.InputPosition;
import io.credere.statements.BankStatement;
import io.credere.statements.Direction;
import io.credere.statements.StatementFormat;
import io.credere.statements.StatementReader;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * BAI2: records {@code 01 02 03 16 49 88 98 99}, {@code 88} continuations (and text wrapped onto
 * a following line), type codes to direction (100-399 credit, 400-699 debit, 700-999 no money
 * movement), control totals and record counts of {@code 49}, {@code 98} and {@code 99} checked
 * (a mismatch is an {@link BankStatement#issues() issue} of the statement, not a refusal). One
 * statement per {@code 03} account. Immutable and thread-safe.
 */
public final class Bai2Reader implements StatementReader {

  private static final Pattern RECORD = Pattern.compile("^(01|02|03|16|49|88|98|99),");
  private static final Pattern NEXT = Pattern.compile("/\\s*(?=(01|02|03|16|49|88|98|99),)");
  private static final Pattern KEYED = Pattern.compile("^([A-Z]{4}): ?(.*)$");

  @Override
  public StatementFormat read(InputStream in, String source, Consumer<BankStatement> sink) {
    new State(new Lines(in, source), source, sink).run();
    return StatementFormat.BAI2;
  }

  /** One logical record: its type, its line, its text, and the 88s that continue it. */
  private static final class Rec {
    final String type;
    final long line;
    final StringBuilder body;
    final List<String> continuations = new ArrayList<>(0);

    Rec(String type, long line, String body) {
      this.type = type;
      this.line = line;
      this.body = new StringBuilder(body);
    }
  }

  private static final class State {
    private final Lines lines;
    private final String source;
    private final Consumer<BankStatement> sink;
    private Rec pending;
    private boolean fileOpen;
    private boolean fileClosed;
    private boolean groupOpen;
    private CurrencyUnit groupCurrency;
    private LocalDate asOf;
    private String fileId;
    private StatementDraft account;
    private long accountTotal;
    private long accountRecords;
    private long groupTotal;
    private long groupRecords;
    private int groupAccounts;
    private long fileTotal;
    private long fileRecords;
    private int fileGroups;
    private final List<StatementDraft> held = new ArrayList<>();
    private int statements;

    State(Lines lines, String source, Consumer<BankStatement> sink) {
      this.lines = lines;
      this.source = source;
      this.sink = sink;
    }

    void run() {
      String line;
      while ((line = lines.next()) != null) {
        if (fileClosed && line.isBlank()) {
          continue;
        }
        int from = 0;
        Matcher next = NEXT.matcher(line);
        while (true) {
          boolean found = next.find(from);
          int end = found ? next.start() + 1 : line.length();
          fragment(line.substring(from, end));
          if (!found) {
            break;
          }
          from = next.end();
        }
      }
      flush();
      if (!fileOpen) {
        throw Inputs.error(InputPosition.ofSource(source), "BAI2", null,
            "does not start with a 01 file header: not a BAI2 file");
      }
      if (!fileClosed) {
        throw Inputs.error(Inputs.at(source, lines.number(), 0), "BAI2", null,
            "ends before its 99 file trailer: the file is truncated");
      }
      emitHeld();
      if (statements == 0) {
        throw Inputs.error(InputPosition.ofSource(source), "BAI2", null,
            "holds no account (03 record): not a readable statement");
      }
    }

    private void fragment(String text) {
      if (text.isBlank()) {
        return;
      }
      Matcher m = RECORD.matcher(text);
      if (!m.find()) {
        if (pending == null) {
          throw Inputs.error(lines.position(), "record", text.strip(), "is not a BAI2 record"
              + " (expected 01, 02, 03, 16, 49, 88, 98 or 99 followed by a comma)");
        }
        appendText(pending, text);
        return;
      }
      String type = m.group(1);
      String body = text.substring(3);
      if (type.equals("88")) {
        if (pending == null) {
          throw Inputs.error(lines.position(), "88", text, "continues no record");
        }
        pending.continuations.add(body);
        count();
        return;
      }
      flush();
      pending = new Rec(type, lines.number(), body);
      count();
    }

    private void appendText(Rec rec, String text) {
      if (!rec.continuations.isEmpty()) {
        int last = rec.continuations.size() - 1;
        rec.continuations.set(last, rec.continuations.get(last) + " " + text.strip());
      } else {
        rec.body.append(' ').append(text.strip());
      }
    }

    private void count() {
      fileRecords++;
      if (groupOpen) {
        groupRecords++;
      }
      if (account != null) {
        accountRecords++;
      }
    }

    private InputPosition at(Rec rec) {
      return Inputs.at(source, rec.line, 0);
    }

    private static String stripSlash(String text) {
      String t = text.strip();
      return t.endsWith("/") ? t.substring(0, t.length() - 1) : t;
    }

    private void flush() {
      Rec rec = pending;
      pending = null;
      if (rec == null) {
        return;
      }
      if (fileClosed) {
        throw Inputs.error(at(rec), rec.type, null, "comes after the 99 file trailer");
      }
      if (!rec.type.equals("01") && !fileOpen) {
        throw Inputs.error(at(rec), rec.type, null, "comes before the 01 file header");
      }
      switch (rec.type) {
        case "01":
          fileHeader(rec);
          break;
        case "02":
          groupHeader(rec);
          break;
        case "03":
          accountHeader(rec);
          break;
        case "16":
          transaction(rec);
          break;
        case "49":
          accountTrailer(rec);
          break;
        case "98":
          groupTrailer(rec);
          break;
        default:
          fileTrailer(rec);
          break;
      }
    }

    private List<String> fields(Rec rec) {
      StringBuilder all = new StringBuilder(stripSlash(rec.body.toString()));
      for (String c : rec.continuations) {
        all.append(',').append(stripSlash(c));
      }
      return Arrays.asList(all.toString().split(",", -1));
    }

    private void fileHeader(Rec rec) {
      if (fileOpen) {
        throw Inputs.error(at(rec), "01", null, "is a second file header in one file");
      }
      fileOpen = true;
      List<String> f = fields(rec);
      fileId = f.size() > 4 ? f.get(4).strip() : null;
    }

    private void groupHeader(Rec rec) {
      if (groupOpen) {
        throw Inputs.error(at(rec), "02", null, "starts a group before the previous one's 98"
            + " trailer");
      }
      emitHeld();
      groupOpen = true;
      groupTotal = 0;
      groupAccounts = 0;
      groupRecords = 1 + rec.continuations.size();
      List<String> f = fields(rec);
      asOf = f.size() > 3 ? date(f.get(3).strip(), rec, "02 as-of date") : null;
      String ccy = f.size() > 5 ? f.get(5).strip() : "";
      groupCurrency = ccy.isEmpty() ? CurrencyUnit.USD : Inputs.currency(ccy, at(rec),
          "02 currency");
    }

    private void accountHeader(Rec rec) {
      if (!groupOpen) {
        throw Inputs.error(at(rec), "03", null, "comes outside a group (no 02 before it)");
      }
      if (account != null) {
        throw Inputs.error(at(rec), "03", null, "starts an account before the previous"
            + " one's 49 trailer");
      }
      List<String> f = fields(rec);
      account = new StatementDraft(StatementFormat.BAI2);
      accountRecords = 1 + rec.continuations.size();
      accountTotal = 0;
      account.id = fileId;
      account.account = f.get(0);
      String ccy = f.size() > 1 ? f.get(1).strip() : "";
      account.currency = ccy.isEmpty() ? groupCurrency : Inputs.currency(ccy, at(rec),
          "03 currency");
      account.from = asOf;
      account.to = asOf;
      int i = 2;
      while (i < f.size()) {
        String code = f.get(i).strip();
        if (code.isEmpty()) {
          i += 4;
          continue;
        }
        String amountText = i + 1 < f.size() ? f.get(i + 1).strip() : "";
        String funds = i + 3 < f.size() ? f.get(i + 3).strip() : "";
        i += 4 + extras(funds, f, i + 4, rec);
        if (amountText.isEmpty()) {
          continue;
        }
        long minor = signed(amountText, rec, "03 amount of type " + code);
        accountTotal = Math.addExact(accountTotal, minor);
        if (code.equals("010")) {
          account.opening = Money.ofMinor(account.currency, minor);
        } else if (code.equals("015")) {
          account.closing = Money.ofMinor(account.currency, minor);
        }
      }
    }

    private int extras(String funds, List<String> f, int at, Rec rec) {
      switch (funds.toUpperCase(java.util.Locale.ROOT)) {
        case "V":
          return 2;
        case "S":
          return 3;
        case "D":
          if (at < f.size() && !f.get(at).isBlank()) {
            return distributionFields(f.get(at).strip(), f.size() - at, rec,
                "03 distribution count");
          }
          return 1;
        default:
          return 0;
      }
    }

    /**
     * How many fields funds type D takes from {@code given} on: the count, then a days and an
     * amount field a distribution; at most {@code available} (a count beyond the record's fields
     * takes the rest, and never overflows). A count that is not a number or is negative is an
     * input error naming the record and {@code field}.
     */
    private int distributionFields(String given, int available, Rec rec, String field) {
      long count = signed(given, rec, field);
      if (count < 0) {
        throw Inputs.error(at(rec), field, given, "is negative");
      }
      return count >= available ? available : (int) Math.min(available, 1 + 2 * count);
    }

    private long signed(String text, Rec rec, String field) {
      String t = text.startsWith("+") ? text.substring(1) : text;
      try {
        if (t.isEmpty() || !t.matches("-?\\d{1,18}")) {
          throw new NumberFormatException(t);
        }
        return Long.parseLong(t);
      } catch (NumberFormatException e) {
        throw Inputs.error(at(rec), field, text, "is not an amount in minor units (digits with"
            + " an optional sign)");
      }
    }

    private LocalDate date(String yymmdd, Rec rec, String field) {
      if (yymmdd.isEmpty()) {
        return null;
      }
      try {
        if (yymmdd.length() != 6) {
          throw new NumberFormatException(yymmdd);
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy,
            Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
      } catch (DateTimeException | NumberFormatException e) {
        throw Inputs.error(at(rec), field, yymmdd, "is not a date (expected yyMMdd)");
      }
    }

    private void transaction(Rec rec) {
      if (account == null) {
        throw Inputs.error(at(rec), "16", null, "comes outside an account (no 03 before it)");
      }
      String body = rec.body.toString();
      String[] head = body.split(",", 4);
      if (head.length < 3) {
        throw Inputs.error(at(rec), "16", body, "is too short (expected type code, amount,"
            + " funds type, references and text)");
      }
      String codeText = head[0].strip();
      int code;
      try {
        code = Integer.parseInt(codeText);
      } catch (NumberFormatException e) {
        throw Inputs.error(at(rec), "16 type code", codeText, "is not a number");
      }
      if (code < 100 || code > 999) {
        throw Inputs.error(at(rec), "16 type code", codeText, "is not a transaction type code"
            + " (100-999)");
      }
      long minor = signed(stripSlash(head[1]), rec, "16 amount");
      if (minor < 0) {
        throw Inputs.error(at(rec), "16 amount", head[1], "is negative (the type code gives"
            + " the direction)");
      }
      accountTotal = Math.addExact(accountTotal, minor);
      if (code >= 700) {
        return;
      }
      String rest = head.length > 3 ? head[3] : "";
      String funds = stripSlash(head[2]).toUpperCase(java.util.Locale.ROOT);
      LocalDate valueDate = null;
      List<String> tail = new ArrayList<>(Arrays.asList(rest.split(",", -1)));
      int skip = 0;
      if (funds.equals("V")) {
        valueDate = tail.isEmpty() ? null : date(tail.get(0).strip(), rec, "16 value date");
        skip = 2;
      } else if (funds.equals("S")) {
        skip = 3;
      } else if (funds.equals("D")) {
        skip = 1;
        if (!tail.isEmpty() && !tail.get(0).isBlank()) {
          skip = distributionFields(tail.get(0).strip(), tail.size(), rec,
              "16 distribution count");
        }
      }
      String remaining = String.join(",", tail.subList(Math.min(skip, tail.size()), tail.size()));
      String[] refs = remaining.split(",", 3);
      TxDraft d = new TxDraft();
      d.code = codeText;
      d.direction = code < 400 ? Direction.CREDIT : Direction.DEBIT;
      d.amount = Money.ofMinor(account.currency, minor);
      d.bookingDate = asOf;
      d.valueDate = valueDate != null ? valueDate : asOf;
      d.bankReference = refs.length > 0 ? stripSlash(refs[0]) : null;
      d.customerReference = refs.length > 1 ? stripSlash(refs[1]) : null;
      String text = refs.length > 2 ? stripSlash(refs[2]) : null;
      if (text != null && !text.isBlank() && !text.strip().equals("-")) {
        d.addText(text.replaceAll("\\s+", " "));
      }
      String remi = null;
      for (String c : rec.continuations) {
        String line = stripSlash(c);
        Matcher k = KEYED.matcher(line.strip());
        if (k.matches()) {
          String value = k.group(2).strip();
          switch (k.group(1)) {
            case "REMI":
              remi = value;
              continue;
            case "EREF":
              d.endToEndId = value;
              continue;
            case "DBNM":
              d.debtorName = value;
              continue;
            case "CRNM":
              d.creditorName = value;
              continue;
            case "DACT":
              d.debtorAccount = value;
              continue;
            case "CACT":
              d.creditorAccount = value;
              continue;
            default:
              break;
          }
        }
        if (!line.isBlank()) {
          d.addText(line.replaceAll("\\s+", " "));
        }
      }
      if (remi != null && !remi.isEmpty()) {
        d.text = null;
        d.addText(remi);
      }
      account.booked(d.amount, d.direction, d.status);
      account.transactions.add(d.build());
    }

    private void accountTrailer(Rec rec) {
      if (account == null) {
        throw Inputs.error(at(rec), "49", null, "closes no account (no 03 before it)");
      }
      List<String> f = fields(rec);
      long total = signed(f.get(0).strip(), rec, "49 control total");
      long records = f.size() > 1 ? signed(f.get(1).strip(), rec, "49 record count") : -1;
      if (total != accountTotal) {
        account.issues.add("BAI2 account trailer (49) at line " + rec.line
            + " gives control total " + total + " but the account's amounts add up to "
            + accountTotal);
      }
      if (records != accountRecords) {
        account.issues.add("BAI2 account trailer (49) at line " + rec.line + " counts "
            + records + " records but the account has " + accountRecords);
      }
      groupTotal = Math.addExact(groupTotal, total);
      groupAccounts++;
      held.add(account);
      account = null;
    }

    private void groupTrailer(Rec rec) {
      if (!groupOpen || account != null) {
        throw Inputs.error(at(rec), "98", null, account != null
            ? "closes a group whose last account has no 49 trailer" : "closes no group");
      }
      List<String> f = fields(rec);
      long total = signed(f.get(0).strip(), rec, "98 control total");
      List<String> issues = trailerIssues(rec, f, total, "group trailer (98)",
          "accounts' totals", groupTotal, "accounts", "the group", groupAccounts, groupRecords);
      held.forEach(s -> s.issues.addAll(issues));
      fileTotal = Math.addExact(fileTotal, total);
      fileGroups++;
      groupOpen = false;
    }

    /**
     * What a 98 or 99 trailer gets wrong: its control total ({@code total}), its count of the level
     * below (field 2) and its record count (field 3), each against what was read.
     */
    private List<String> trailerIssues(Rec rec, List<String> f, long total, String trailer,
        String totalsOf, long expectedTotal, String countName, String scope, long expectedCount,
        long expectedRecords) {
      String code = trailer.substring(trailer.indexOf('(') + 1, trailer.indexOf(')'));
      long count = f.size() > 1 ? signed(f.get(1).strip(), rec, code + " "
          + countName.replaceAll("s$", "") + " count") : -1;
      long records = f.size() > 2 ? signed(f.get(2).strip(), rec, code + " record count") : -1;
      List<String> issues = new ArrayList<>();
      String where = "BAI2 " + trailer + " at line " + rec.line;
      if (total != expectedTotal) {
        issues.add(where + " gives control total " + total + " but the " + totalsOf
            + " add up to " + expectedTotal);
      }
      if (count != expectedCount) {
        issues.add(where + " counts " + count + " " + countName + " but " + scope + " has "
            + expectedCount);
      }
      if (records != expectedRecords) {
        issues.add(where + " counts " + records + " records but " + scope + " has "
            + expectedRecords);
      }
      return issues;
    }

    private void fileTrailer(Rec rec) {
      if (groupOpen) {
        throw Inputs.error(at(rec), "99", null, "closes the file inside a group (no 98"
            + " trailer)");
      }
      List<String> f = fields(rec);
      long total = signed(f.get(0).strip(), rec, "99 control total");
      List<String> issues = trailerIssues(rec, f, total, "file trailer (99)", "groups' totals",
          fileTotal, "groups", "the file", fileGroups, fileRecords);
      held.forEach(s -> s.issues.addAll(issues));
      fileClosed = true;
    }

    private void emitHeld() {
      for (StatementDraft s : held) {
        statements++;
        sink.accept(s.build());
      }
      held.clear();
    }
  }
}
