package io.credere.statements.internal;

import io.credere.core.error.InputPosition;
import io.credere.statements.BankStatement;
import io.credere.statements.Direction;
import io.credere.statements.EntryStatus;
import io.credere.statements.StatementFormat;
import io.credere.statements.StatementReader;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * SWIFT MT940 and MT942, line by line: tags {@code :20: :25: :28C: :60F/M: :61: :86: :62F/M:
 * :64:} (and MT942's {@code :34F: :13D: :90D/C:}), several statements per file, with or without
 * the {@code {1:..}{2:..}{4:} envelope and {@code -}} trailers. Immutable and thread-safe.
 */
public final class Mt940Reader implements StatementReader {

  private static final Pattern TAG = Pattern.compile("^:(\\d\\d[A-Z]?|NS):(.*)$");
  /** A {@code :61:} line; amounts with or without the decimal comma (banks write both). */
  private static final Pattern LINE61 = Pattern.compile(
      "^(\\d{6})(\\d{4}| {4})?(RC|RD|EC|ED|C|D)([A-Z])?(\\d{1,20}(?:,\\d*)?)"
          + "([A-Z][A-Z0-9]{3})?(.*?)(?://(.*))?$");
  /** A balance; the currency may be left out in legacy German files (the statement's then). */
  private static final Pattern BALANCE = Pattern.compile(
      "^([CD])(\\d{6})([A-Z]{3})?(\\d{1,20}(?:,\\d*)?)\\s*$");
  private static final Pattern FLOOR = Pattern.compile("^([A-Z]{3})([CD]?)(\\d{1,20}(?:,\\d*)?)$");
  /** MT942 {@code :90D:}/{@code :90C:}: number of entries, currency, sum. */
  private static final Pattern SUM = Pattern.compile("^(\\d{1,6})([A-Z]{3})(\\d{1,20}(?:,\\d*)?)$");
  /** A message end: {@code -} alone, or {@code -}} with the trailer blocks. */
  private static final Pattern END = Pattern.compile("^-(\\}.*)?\\s*$");
  /** {@code /OCMT/EUR12,50/} and {@code /CHGS/EUR1,00/} in {@code :61:} supplementary details or {@code :86:}. */
  private static final Pattern OCMT_CHGS = Pattern.compile(
      "/(OCMT|CHGS)/([A-Z]{3})(\\d{1,20}(?:,\\d*)?)(?=/|$|\\s)");
  /** Old Rabobank: a 16-character reference (account number, NONREF, P-number) then the name. */
  private static final Pattern PADDED_REFERENCE = Pattern.compile("^(\\S{1,15}) +(\\S.*)$");

  @Override
  public StatementFormat read(InputStream in, String source, Consumer<BankStatement> sink) {
    State state = new State(new Lines(in, source), source, sink);
    state.run();
    return state.mt942 ? StatementFormat.MT942 : StatementFormat.MT940;
  }

  private static final class State {
    private final Lines lines;
    private final String source;
    private final Consumer<BankStatement> sink;
    private boolean mt942;
    private StatementDraft stmt;
    private TxDraft tx;
    private boolean txHasInfo;
    /** Transactions read before the statement's currency was known (an MT942 without :34F:). */
    private final List<TxDraft> pending = new ArrayList<>();
    private String tag;
    private long tagLine;
    private final List<String> value = new ArrayList<>();
    private int statements;
    private int tags;

    State(Lines lines, String source, Consumer<BankStatement> sink) {
      this.lines = lines;
      this.source = source;
      this.sink = sink;
    }

    void run() {
      String line;
      while ((line = lines.next()) != null) {
        int envelope = line.indexOf("{4:");
        if (envelope >= 0 && line.startsWith("{")) {
          if (line.contains("{2:I942") || line.contains("{2:O942")) {
            mt942 = true;
          }
          flushTag();
          line = line.substring(envelope + 3);
        } else if (line.startsWith("{")) {
          flushTag();
          if (line.startsWith("{2:") && line.length() > 6 && line.startsWith("942", 4)) {
            mt942 = true;
          }
          continue;
        }
        if (END.matcher(line).matches()) {
          flushTag();
          endStatement();
          continue;
        }
        Matcher m = TAG.matcher(line);
        if (m.matches()) {
          flushTag();
          tag = m.group(1);
          tagLine = lines.number();
          value.add(m.group(2));
          tags++;
        } else if (tag != null && !line.isBlank()) {
          value.add(line);
        }
      }
      flushTag();
      endStatement();
      if (statements == 0) {
        throw Inputs.error(InputPosition.ofSource(source), "MT940", null, tags == 0
            ? "holds no SWIFT tag (:20:, :25:, :60F:, :61:, ...): not an MT940/MT942 file"
            : "holds no statement: not a readable MT940/MT942 file");
      }
    }

    private InputPosition here() {
      return Inputs.at(source, tagLine, 0);
    }

    private void flushTag() {
      if (tag == null) {
        return;
      }
      String t = tag;
      List<String> v = new ArrayList<>(value);
      tag = null;
      value.clear();
      handle(t, v);
    }

    private StatementDraft statement() {
      if (stmt == null) {
        stmt = new StatementDraft(mt942 ? StatementFormat.MT942 : StatementFormat.MT940);
      }
      return stmt;
    }

    private void handle(String t, List<String> v) {
      String first = v.get(0).strip();
      switch (t) {
        case "20":
          endStatement();
          statement().id = first;
          break;
        case "25":
          if (stmt != null && stmt.account != null && !stmt.account.equals(first)
              && (tx != null || !pending.isEmpty() || !stmt.transactions.isEmpty()
                  || stmt.opening != null)) {
            String id = stmt.id;
            endStatement();
            statement().id = id;
          }
          statement().account = first;
          break;
        case "60F":
        case "60M":
          if (stmt != null && (stmt.opening != null || stmt.closing != null)) {
            endStatement();
          }
          statement().opening = balance(first, ":" + t + ":");
          break;
        case "62F":
        case "62M":
          finishTx();
          statement().closing = balance(first, ":" + t + ":");
          break;
        case "61":
          transaction(v);
          break;
        case "86":
          if (tx != null) {
            if (txHasInfo) {
              tx.addText(String.join(" ", v).replaceAll("\\s+", " "));
            } else {
              Mt86.parse(v, tx);
              txHasInfo = true;
            }
            amounts(String.join("", v), tx);
          }
          break;
        case "34F":
          mt942 = true;
          statement().format = StatementFormat.MT942;
          Matcher floor = FLOOR.matcher(first);
          if (floor.matches() && statement().currency == null) {
            statement().currency = Inputs.currency(floor.group(1), here(), ":34F:");
          }
          break;
        case "90D":
        case "90C":
          Matcher sum = SUM.matcher(first);
          if (sum.matches() && statement().currency == null) {
            statement().currency = Inputs.currency(sum.group(2), here(), ":" + t + ":");
          }
          mt942 = true;
          statement().format = StatementFormat.MT942;
          break;
        case "13D":
          mt942 = true;
          statement().format = StatementFormat.MT942;
          break;
        default:
          break;
      }
    }

    private Money balance(String text, String field) {
      Matcher m = BALANCE.matcher(text);
      if (!m.matches()) {
        throw Inputs.error(here(), field, text, "is not a balance (expected C or D, yyMMdd,"
            + " currency, amount with a decimal comma, e.g. C240131EUR1234,56)");
      }
      CurrencyUnit currency;
      if (m.group(3) != null) {
        currency = Inputs.currency(m.group(3), here(), field);
      } else if (stmt != null && stmt.currency != null) {
        currency = stmt.currency;
      } else {
        throw Inputs.error(here(), field, text, "names no currency, and no earlier balance of"
            + " the statement does");
      }
      if (stmt != null && stmt.currency == null) {
        stmt.currency = currency;
      }
      LocalDate date = date(m.group(2), field);
      if (field.startsWith(":60")) {
        stmt.from = date;
      } else {
        stmt.to = date;
      }
      Money amount = Inputs.amount(currency, m.group(4), here(), field);
      return m.group(1).equals("D") ? amount.negated() : amount;
    }

    private LocalDate date(String yymmdd, String field) {
      try {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        return day(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
            Integer.parseInt(yymmdd.substring(4, 6)));
      } catch (DateTimeException | NumberFormatException e) {
        throw Inputs.error(here(), field, yymmdd, "is not a date (expected yyMMdd)");
      }
    }

    /**
     * A date; a day past the month's end up to the 31st (German banks book year-end interest on
     * 30 February) is read as the month's last day.
     */
    private static LocalDate day(int year, int month, int day) {
      if (day >= 29 && day <= 31 && month >= 1 && month <= 12) {
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
      }
      return LocalDate.of(year, month, day);
    }

    private void transaction(List<String> v) {
      finishTx();
      StatementDraft s = statement();
      String first = v.get(0).strip();
      Matcher m = LINE61.matcher(first);
      if (!m.matches()) {
        throw Inputs.error(here(), ":61:", first, "is not a statement line (expected value"
            + " date yyMMdd, optional entry date MMdd, C/D/RC/RD, amount with a decimal comma,"
            + " transaction type, reference)");
      }
      TxDraft d = new TxDraft();
      LocalDate valueDate = date(m.group(1), ":61: value date");
      d.valueDate = valueDate;
      String entry = m.group(2);
      if (entry != null && !entry.isBlank()) {
        int month = Integer.parseInt(entry.substring(0, 2));
        int day = Integer.parseInt(entry.substring(2));
        int year = valueDate.getYear();
        if (month - valueDate.getMonthValue() > 6) {
          year--;
        } else if (valueDate.getMonthValue() - month > 6) {
          year++;
        }
        try {
          d.bookingDate = day(year, month, day);
        } catch (DateTimeException e) {
          throw Inputs.error(here(), ":61: entry date", entry, "is not a date (expected MMdd)");
        }
      } else {
        d.bookingDate = valueDate;
      }
      switch (m.group(3)) {
        case "C":
          d.direction = Direction.CREDIT;
          break;
        case "D":
          d.direction = Direction.DEBIT;
          break;
        case "RC":
          d.direction = Direction.DEBIT;
          d.reversal = true;
          break;
        case "RD":
          d.direction = Direction.CREDIT;
          d.reversal = true;
          break;
        case "EC":
          d.direction = Direction.CREDIT;
          d.status = EntryStatus.PENDING;
          break;
        default:
          d.direction = Direction.DEBIT;
          d.status = EntryStatus.PENDING;
          break;
      }
      if (s.currency != null && pending.isEmpty()) {
        d.amount = Inputs.amount(s.currency, m.group(5), here(), ":61: amount");
      } else {
        Inputs.decimal(m.group(5), here(), ":61: amount");
        d.amountText = m.group(5);
        d.amountLine = tagLine;
      }
      d.code = m.group(6);
      d.customerReference = m.group(7);
      d.bankReference = m.group(8);
      Matcher padded = PADDED_REFERENCE.matcher(d.customerReference);
      if (d.code != null && d.code.matches("N\\d{3}|N[A-Z]{3}")
          && d.customerReference.length() > 16 && padded.matches()
          && d.customerReference.charAt(15) == ' ') {
        String token = padded.group(1);
        if (token.matches("\\d{7,15}")) {
          d.counterpartyAccount = token;
          d.customerReference = null;
        } else {
          d.customerReference = token;
        }
        d.counterpartyName = padded.group(2).strip();
      }
      if (v.size() > 1) {
        String supplementary = String.join(" ", v.subList(1, v.size())).strip();
        String compact = supplementary.replace(" ", "");
        if (compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
          d.counterpartyAccount = compact;
        } else if (!supplementary.isEmpty()) {
          d.additionalText = supplementary;
        }
        amounts(supplementary, d);
      }
      tx = d;
      txHasInfo = false;
    }

    /** {@code /OCMT/} (the instructed amount) and {@code /CHGS/} (charges), where well formed. */
    private void amounts(String text, TxDraft d) {
      if (text.indexOf("/OCMT/") < 0 && text.indexOf("/CHGS/") < 0) {
        return;
      }
      Matcher m = OCMT_CHGS.matcher(text);
      while (m.find()) {
        Money money;
        try {
          money = Inputs.amount(CurrencyUnit.of(m.group(2)), m.group(3), here(),
              "/" + m.group(1) + "/");
        } catch (IllegalArgumentException e) {
          continue; // an unknown currency in free text is no amount
        }
        if (m.group(1).equals("OCMT")) {
          if (d.instructed == null) {
            d.instructed = money;
          }
        } else if (d.charges.isEmpty()) {
          TxDraft.ChargeDraft charge = new TxDraft.ChargeDraft();
          charge.amount = money;
          d.charges.add(charge);
        }
      }
    }

    private void finishTx() {
      if (tx != null) {
        if (tx.amount == null || !pending.isEmpty()) {
          pending.add(tx);
        } else {
          stmt.booked(tx.amount, tx.direction, tx.status);
          stmt.transactions.add(tx.build());
        }
        tx = null;
      }
    }

    /** Gives the transactions read before the currency was known their amounts, in order. */
    private void resolvePending() {
      if (pending.isEmpty()) {
        return;
      }
      if (stmt.currency == null) {
        throw Inputs.error(Inputs.at(source, pending.get(0).amountLine, 0), ":61:",
            pending.get(0).amountText, "has no currency: no balance, :34F: or :90D:/:90C:"
                + " of its statement names one");
      }
      for (TxDraft d : pending) {
        if (d.amount == null) {
          d.amount = Inputs.amount(stmt.currency, d.amountText,
              Inputs.at(source, d.amountLine, 0), ":61: amount");
        }
        stmt.booked(d.amount, d.direction, d.status);
        stmt.transactions.add(d.build());
      }
      pending.clear();
    }

    private void endStatement() {
      if (stmt == null) {
        return;
      }
      finishTx();
      resolvePending();
      StatementDraft done = stmt;
      stmt = null;
      statements++;
      sink.accept(done.build());
    }
  }
}
