package io.credere.statements.internal;

import io.credere.core.error.InputPosition;
import io.credere.statements.BankStatement;
import io.credere.statements.Direction;
import io.credere.statements.EntryStatus;
import io.credere.statements.StatementFormat;
import io.credere.statements.StatementReader;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * camt.052, camt.053 and camt.054 (001.01 to 001.13) with a StAX cursor: no DOM, no DTD, no external
 * entities, a depth limit and a text-length limit. Immutable and thread-safe.
 */
public final class CamtReader implements StatementReader {

  /** Deepest element nesting accepted (camt files nest about 12 deep). */
  public static final int MAX_DEPTH = 64;
  /** Longest text of one element accepted, in characters. */
  public static final int MAX_TEXT = 100_000;

  private static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([234])\\.001\\.(\\d\\d)");
  /** Deepest the message element (BkToCstmrStmt...) may sit, for files in an envelope. */
  private static final int MAX_MESSAGE_DEPTH = 6;
  /** The highest message version read (001.13). */
  public static final int MAX_VERSION = 13;

  private static final XMLInputFactory FACTORY = factory();

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    // the JDK parser prints "[Fatal Error] ..." on standard error unless a reporter takes it;
    // every problem reaches the caller as an exception anyway
    factory.setXMLReporter((message, errorType, relatedInformation, location) -> { });
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("external entities are refused: " + systemId);
    });
    return factory;
  }

  private enum Ctx { NONE, STMT, BAL, NTRY, TX }

  @Override
  public StatementFormat read(InputStream in, String source, Consumer<BankStatement> sink) {
    XMLStreamReader xml = null;
    State state = new State(source);
    try {
      xml = FACTORY.createXMLStreamReader(XmlText.of(Inputs.limited(in, source), source));
      state.xml = xml;
      state.run(sink);
      return state.format;
    } catch (XMLStreamException e) {
      Location location = e.getLocation() != null ? e.getLocation()
          : xml != null ? xml.getLocation() : null;
      String message = e.getMessage() == null ? "is not well-formed XML" : e.getMessage();
      int cut = message.indexOf("Message: ");
      if (cut >= 0) {
        message = message.substring(cut + "Message: ".length());
      }
      throw Inputs.error(location == null ? InputPosition.ofSource(source)
              : Inputs.at(source, location.getLineNumber(), location.getColumnNumber()),
          "XML", null, "is not a readable camt file: " + message.strip());
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException e) {
          // nothing more to report
        }
      }
    }
  }

  /** The state of one read. */
  private static final class State {
    private final String source;
    private XMLStreamReader xml;
    private StatementFormat format;
    private final String[] stack = new String[MAX_DEPTH + 1];
    private int depth;
    private Ctx ctx = Ctx.NONE;
    private int ctxDepth;
    private int statements;
    private int messageDepth;
    private long entryLine;
    private StatementDraft stmt;
    // balance being read
    private String balType;
    private Money balAmount;
    private boolean balDebit;
    private LocalDate balDate;
    // entry and detail being read
    private TxDraft entry;
    private Direction entryDirection;
    private final List<TxDraft> details = new ArrayList<>();
    private TxDraft detail;
    private String domain;
    private String family;
    private String subFamily;
    private String proprietary;

    State(String source) {
      this.source = source;
    }

    private InputPosition here() {
      Location l = xml.getLocation();
      return Inputs.at(source, l.getLineNumber(), l.getColumnNumber());
    }

    void run(Consumer<BankStatement> sink) throws XMLStreamException {
      boolean root = true;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw Inputs.error(here(), "DOCTYPE", null, "is refused: a DOCTYPE (DTD) is never part of a statement; statements never declare a"
              + " DTD, and one could expand entities (XXE, billion laughs)");
        } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw Inputs.error(here(), "entity", xml.getLocalName(), "is refused (no entities"
              + " are expanded)");
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          if (root) {
            root = false;
            checkRootNamespace(xml.getNamespaceURI());
          }
          start(xml.getLocalName(), sink);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(sink);
        }
      }
      if (format == null) {
        throw Inputs.error(InputPosition.ofSource(source), "document", null,
            "is not a camt.052, camt.053 or camt.054 message (no BkToCstmrAcctRpt,"
                + " BkToCstmrStmt or BkToCstmrDbtCdtNtfctn)");
      }
      if (statements == 0) {
        throw Inputs.error(InputPosition.ofSource(source), format.label(), null,
            "holds no statement (no " + statementElement() + " element): not a readable"
                + " statement");
      }
    }

    private String statementElement() {
      switch (format) {
        case CAMT_052:
          return "Rpt";
        case CAMT_053:
          return "Stmt";
        default:
          return "Ntfctn";
      }
    }

    /** A root in another ISO 20022 namespace (pain, pacs, ...) is refused at once. */
    private void checkRootNamespace(String namespace) {
      if (namespace != null && namespace.startsWith("urn:iso:std:iso:20022:tech:xsd:")
          && !namespace.contains(":camt.05") && !namespace.contains(":head.")) {
        throw Inputs.error(here(), "namespace", namespace, "is not a camt.052, camt.053 or"
            + " camt.054 namespace (urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 and the like)");
      }
    }

    private void checkNamespace(String namespace) {
      if (namespace == null || namespace.isEmpty()) {
        return;
      }
      java.util.regex.Matcher m = NAMESPACE.matcher(namespace);
      if (!m.matches()) {
        throw Inputs.error(here(), "namespace", namespace, "is not a camt.052, camt.053 or"
            + " camt.054 namespace (urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 and the like)");
      }
      int version = Integer.parseInt(m.group(2));
      if (version < 1 || version > MAX_VERSION) {
        throw Inputs.error(here(), "namespace", namespace, "is a camt version this reader"
            + " does not support (001.01 to 001." + MAX_VERSION + " are)");
      }
    }

    private String text() throws XMLStreamException {
      String text = xml.getElementText();
      depth--; // getElementText consumed the end element
      if (text.length() > MAX_TEXT) {
        throw Inputs.error(here(), stack[depth + 1], null, "has a text longer than "
            + MAX_TEXT + " characters");
      }
      return text.strip();
    }

    private String rel() {
      StringBuilder path = new StringBuilder();
      for (int i = ctxDepth + 1; i <= depth; i++) {
        if (path.length() > 0) {
          path.append('/');
        }
        path.append(stack[i]);
      }
      return path.toString();
    }

    /** The message element's name without the version suffix 001.01 gives it ({@code V01}). */
    private static String messageName(String name) {
      int n = name.length();
      if (n > 3 && name.charAt(n - 3) == 'V' && Character.isDigit(name.charAt(n - 2))
          && Character.isDigit(name.charAt(n - 1))) {
        return name.substring(0, n - 3);
      }
      return name;
    }

    private void start(String name, Consumer<BankStatement> sink) throws XMLStreamException {
      if (depth >= MAX_DEPTH) {
        throw Inputs.error(here(), name, null, "is nested deeper than " + MAX_DEPTH
            + " elements: not a statement");
      }
      stack[++depth] = name;
      if (format == null) {
        String message = messageName(name);
        if (message.equals("BkToCstmrStmt")) {
          format = StatementFormat.CAMT_053;
        } else if (message.equals("BkToCstmrDbtCdtNtfctn")) {
          format = StatementFormat.CAMT_054;
        } else if (message.equals("BkToCstmrAcctRpt")) {
          format = StatementFormat.CAMT_052;
        } else if (depth > MAX_MESSAGE_DEPTH) {
          throw Inputs.error(here(), name, null, "is not where a camt message starts"
              + " (expected Document/BkToCstmrStmt, Document/BkToCstmrDbtCdtNtfctn or"
              + " Document/BkToCstmrAcctRpt)");
        }
        if (format != null) {
          messageDepth = depth;
          checkNamespace(xml.getNamespaceURI());
        }
        return;
      }
      switch (ctx) {
        case NONE:
          if (depth == messageDepth + 1 && name.equals(statementElement())) {
            stmt = new StatementDraft(format);
            enter(Ctx.STMT);
          }
          break;
        case STMT:
          statementField(name);
          break;
        case BAL:
          balanceField(name);
          break;
        case NTRY:
          entryField(name);
          break;
        case TX:
          detailField(name);
          break;
        default:
          break;
      }
    }

    private void enter(Ctx next) {
      ctx = next;
      ctxDepth = depth;
    }

    private void statementField(String name) throws XMLStreamException {
      if (depth == ctxDepth + 1) {
        switch (name) {
          case "Id":
            stmt.id = text();
            return;
          case "Bal":
            balType = null;
            balAmount = null;
            balDebit = false;
            balDate = null;
            enter(Ctx.BAL);
            return;
          case "Ntry":
            entryLine = xml.getLocation().getLineNumber();
            entry = new TxDraft();
            entryDirection = null;
            details.clear();
            resetCode();
            enter(Ctx.NTRY);
            return;
          default:
            return;
        }
      }
      String path = rel();
      switch (path) {
        case "Acct/Id/IBAN":
        case "Acct/Id/Othr/Id":
        case "Acct/Id/PrtryAcct/Id":
        case "Acct/Id/BBAN":
          stmt.account = text();
          break;
        case "Acct/Ccy":
          stmt.currency = Inputs.currency(text(), here(), "Acct/Ccy");
          break;
        case "FrToDt/FrDtTm":
        case "FrToDt/FrDt":
          stmt.from = date(text(), "FrToDt");
          break;
        case "FrToDt/ToDtTm":
        case "FrToDt/ToDt":
          stmt.to = date(text(), "FrToDt");
          break;
        default:
          break;
      }
    }

    private void balanceField(String name) throws XMLStreamException {
      String path = rel();
      switch (path) {
        case "Tp/CdOrPrtry/Cd":
        case "Tp/CdOrPrtry/Prtry":
          balType = text();
          break;
        case "Amt":
          balAmount = amount("Bal/Amt");
          break;
        case "CdtDbtInd":
          balDebit = direction(text(), "Bal/CdtDbtInd") == Direction.DEBIT;
          break;
        case "Dt/Dt":
        case "Dt/DtTm":
          balDate = date(text(), "Bal/Dt");
          break;
        default:
          break;
      }
    }

    private void entryField(String name) throws XMLStreamException {
      if (name.equals("TxDtls")) {
        detail = new TxDraft();
        saveCode(entry);
        resetCode();
        enter(Ctx.TX);
        return;
      }
      String path = rel();
      switch (path) {
        case "Amt":
          entry.amount = amount("Ntry/Amt");
          break;
        case "CdtDbtInd":
          entryDirection = direction(text(), "Ntry/CdtDbtInd");
          break;
        case "RvslInd":
          entry.reversal = text().equalsIgnoreCase("true");
          break;
        case "Sts":
        case "Sts/Cd":
        case "Sts/Prtry":
          if (xml.getEventType() == XMLStreamConstants.START_ELEMENT) {
            statusOrSkip();
          }
          break;
        case "BookgDt/Dt":
        case "BookgDt/DtTm":
          entry.bookingDate = date(text(), "BookgDt");
          break;
        case "ValDt/Dt":
        case "ValDt/DtTm":
          entry.valueDate = date(text(), "ValDt");
          break;
        case "AcctSvcrRef":
          entry.bankReference = text();
          break;
        case "AddtlNtryInf":
          entry.additionalText = text();
          break;
        default:
          if (!amountDetail(path, entry, "Ntry/")) {
            codeField(path);
          }
          break;
      }
    }

    /**
     * The amount details and charges an entry or a detail may carry: {@code AmtDtls} (instructed
     * and transaction amounts, the exchange) and {@code Chrgs} (one record in 001.02, {@code Rcrd}s
     * later). Returns whether {@code path} was one of them.
     */
    private boolean amountDetail(String path, TxDraft target, String prefix)
        throws XMLStreamException {
      if (path.startsWith("AmtDtls/")) {
        switch (path) {
          case "AmtDtls/InstdAmt/Amt":
            target.instructed = amount(prefix + path);
            return true;
          case "AmtDtls/TxAmt/Amt":
            target.txAmount = amount(prefix + path);
            return true;
          default:
            break;
        }
        if (path.endsWith("/CcyXchg/XchgRate") && target.xchgRate == null) {
          target.xchgRate = rate(text(), prefix + path);
          return true;
        }
        if (path.endsWith("/CcyXchg/SrcCcy") && target.xchgSource == null) {
          target.xchgSource = text();
        } else if (path.endsWith("/CcyXchg/TrgtCcy") && target.xchgTarget == null) {
          target.xchgTarget = text();
        } else if (path.endsWith("/CcyXchg/UnitCcy") && target.xchgUnit == null) {
          target.xchgUnit = text();
        }
        return true;
      }
      if (!path.equals("Chrgs") && !path.startsWith("Chrgs/")) {
        return false;
      }
      String field = path.startsWith("Chrgs/Rcrd/") ? path.substring("Chrgs/Rcrd/".length())
          : path.startsWith("Chrgs/") ? path.substring("Chrgs/".length()) : "";
      if (path.equals("Chrgs") || path.equals("Chrgs/Rcrd")) {
        if (target.charges.isEmpty()
            || !target.charges.get(target.charges.size() - 1).isEmpty()) {
          target.charges.add(new TxDraft.ChargeDraft());
        }
        return true;
      }
      if (target.charges.isEmpty()) {
        target.charges.add(new TxDraft.ChargeDraft());
      }
      TxDraft.ChargeDraft charge = target.charges.get(target.charges.size() - 1);
      switch (field) {
        case "Amt":
          charge.amount = amount(prefix + path);
          break;
        case "TtlChrgsAndTaxAmt":
          Money total = amount(prefix + path);
          if (target.chargesTotal == null) {
            target.chargesTotal = total;
          }
          break;
        case "ChrgInclInd":
          charge.excluded = text().equalsIgnoreCase("false");
          break;
        case "Br":
          charge.bearer = text();
          break;
        case "Tp/Cd":
        case "Tp/Prtry/Id":
          charge.type = text();
          break;
        default:
          break;
      }
      return true;
    }

    private java.math.BigDecimal rate(String text, String field) {
      try {
        java.math.BigDecimal rate = new java.math.BigDecimal(text);
        if (rate.signum() > 0 && text.length() <= 40) {
          return rate;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw Inputs.error(here(), field, text, "is not an exchange rate (a positive decimal)");
    }

    /** {@code Sts} is text in 001.02-.07 and holds {@code Cd} in .08. */
    private void statusOrSkip() throws XMLStreamException {
      int next = xml.next();
      StringBuilder text = new StringBuilder();
      while (next == XMLStreamConstants.CHARACTERS || next == XMLStreamConstants.SPACE
          || next == XMLStreamConstants.COMMENT) {
        if (next != XMLStreamConstants.COMMENT) {
          text.append(xml.getText());
        }
        next = xml.next();
      }
      if (next == XMLStreamConstants.END_ELEMENT) {
        depth--;
        entry.status = status(text.toString().strip());
      } else if (next == XMLStreamConstants.START_ELEMENT) {
        stack[++depth] = xml.getLocalName();
        if (depth > MAX_DEPTH) {
          throw Inputs.error(here(), xml.getLocalName(), null, "is nested too deep");
        }
        String value = text();
        if (stack[depth + 1].equals("Cd") || stack[depth + 1].equals("Prtry")) {
          entry.status = status(value);
        }
      }
    }

    private EntryStatus status(String code) {
      switch (code.toUpperCase(java.util.Locale.ROOT)) {
        case "BOOK":
          return EntryStatus.BOOKED;
        case "PDNG":
          return EntryStatus.PENDING;
        case "INFO":
          return EntryStatus.INFORMATION;
        default:
          return EntryStatus.OTHER;
      }
    }

    private void detailField(String name) throws XMLStreamException {
      String path = rel();
      switch (path) {
        case "Refs/EndToEndId":
          detail.endToEndId = text();
          break;
        case "Refs/UETR":
          detail.uetr = text();
          break;
        case "Refs/AcctSvcrRef":
          detail.bankReference = text();
          break;
        case "Refs/InstrId":
          detail.customerReference = text();
          break;
        case "Amt":
        case "AmtDtls/TxAmt/Amt":
          Money amount = detailAmount("TxDtls/" + path);
          if (path.equals("AmtDtls/TxAmt/Amt")) {
            detail.txAmount = amount;
          }
          if (detail.amount == null || path.equals("Amt") && amount != null) {
            detail.amount = amount;
          }
          break;
        case "CdtDbtInd":
          detail.direction = direction(text(), "TxDtls/CdtDbtInd");
          break;
        case "RltdPties/Dbtr/Nm":
        case "RltdPties/Dbtr/Pty/Nm":
          detail.debtorName = text();
          break;
        case "RltdPties/DbtrAcct/Id/IBAN":
        case "RltdPties/DbtrAcct/Id/Othr/Id":
        case "RltdPties/DbtrAcct/Id/PrtryAcct/Id":
        case "RltdPties/DbtrAcct/Id/BBAN":
          detail.debtorAccount = text();
          break;
        case "RltdPties/Cdtr/Nm":
        case "RltdPties/Cdtr/Pty/Nm":
          detail.creditorName = text();
          break;
        case "RltdPties/CdtrAcct/Id/IBAN":
        case "RltdPties/CdtrAcct/Id/Othr/Id":
        case "RltdPties/CdtrAcct/Id/PrtryAcct/Id":
        case "RltdPties/CdtrAcct/Id/BBAN":
          detail.creditorAccount = text();
          break;
        case "RmtInf/Ustrd":
        case "RmtInf/Strd/AddtlRmtInf":
          detail.addText(text());
          break;
        case "RmtInf/Strd/CdtrRefInf/Ref":
          detail.creditorReferences.add(text());
          break;
        case "RmtInf/Strd/RfrdDocInf/Nb":
        case "RmtInf/Strd/RfrdDocInf/RfrdDocNb":
          detail.documents.add(text());
          break;
        case "RtrInf/Rsn/Cd":
        case "RtrInf/Rsn/Prtry":
        case "RtrInf/AddtlInf":
          String reason = text();
          detail.returnReason = detail.returnReason == null ? reason
              : detail.returnReason + " " + reason;
          break;
        case "AddtlTxInf":
          detail.additionalText = text();
          break;
        default:
          if (!amountDetail(path, detail, "TxDtls/")) {
            codeField(path);
          }
          break;
      }
    }

    private void resetCode() {
      domain = null;
      family = null;
      subFamily = null;
      proprietary = null;
    }

    private void codeField(String path) throws XMLStreamException {
      switch (path) {
        case "BkTxCd/Domn/Cd":
          domain = text();
          break;
        case "BkTxCd/Domn/Fmly/Cd":
          family = text();
          break;
        case "BkTxCd/Domn/Fmly/SubFmlyCd":
          subFamily = text();
          break;
        case "BkTxCd/Prtry/Cd":
          proprietary = text();
          break;
        default:
          break;
      }
    }

    private void saveCode(TxDraft draft) {
      if (domain != null) {
        draft.code = domain + (family != null ? "/" + family : "")
            + (subFamily != null ? "/" + subFamily : "");
      } else if (proprietary != null) {
        draft.code = proprietary;
      }
    }

    private void end(Consumer<BankStatement> sink) {
      if (depth == ctxDepth && ctx != Ctx.NONE) {
        switch (ctx) {
          case TX:
            saveCode(detail);
            details.add(detail);
            detail = null;
            ctx = Ctx.NTRY;
            ctxDepth = depthOf("Ntry");
            break;
          case NTRY:
            saveCode(entry);
            finishEntry();
            ctx = Ctx.STMT;
            ctxDepth = depth - 1;
            break;
          case BAL:
            finishBalance();
            ctx = Ctx.STMT;
            ctxDepth = depth - 1;
            break;
          case STMT:
            statements++;
            sink.accept(stmt.build());
            stmt = null;
            ctx = Ctx.NONE;
            ctxDepth = 0;
            break;
          default:
            break;
        }
      }
      depth--;
    }

    private int depthOf(String name) {
      for (int i = depth - 1; i > 0; i--) {
        if (stack[i].equals(name)) {
          return i;
        }
      }
      return depth - 1;
    }

    private void finishBalance() {
      if (balAmount == null || balType == null) {
        return;
      }
      Money signed = balDebit ? balAmount.negated() : balAmount;
      switch (balType.toUpperCase(java.util.Locale.ROOT)) {
        case "OPBD":
          stmt.opening = signed;
          if (stmt.from == null && balDate != null) {
            stmt.from = balDate;
          }
          break;
        case "PRCD":
          if (stmt.opening == null) {
            stmt.opening = signed;
          }
          break;
        case "CLBD":
          stmt.closing = signed;
          if (stmt.to == null && balDate != null) {
            stmt.to = balDate;
          }
          break;
        default:
          break;
      }
    }

    private void finishEntry() {
      if (entry.amount == null) {
        throw Inputs.error(here(), "Ntry/Amt", null, "is missing: every entry has an amount");
      }
      if (entryDirection == null) {
        throw Inputs.error(here(), "Ntry/CdtDbtInd", null, "is missing: every entry is a"
            + " credit (CRDT) or a debit (DBIT)");
      }
      entry.direction = entryDirection;
      stmt.booked(entry.amount, entryDirection, entry.status);
      String issue = detailsIssue();
      boolean split = issue == null && details.size() >= 2;
      for (TxDraft d : details) {
        split &= d.amount != null;
      }
      if (split) {
        for (TxDraft d : details) {
          if (d.direction == null) {
            d.direction = entryDirection;
          }
          d.status = entry.status;
          d.reversal = entry.reversal;
          d.bookingDate = entry.bookingDate;
          d.valueDate = entry.valueDate;
          d.inheritFrom(entry);
          stmt.transactions.add(d.build());
        }
        return;
      }
      if (issue != null) {
        stmt.issue("camt entry at line " + entryLine
            + (entry.bankReference != null ? " (" + entry.bankReference + ")" : "") + ": "
            + issue + "; read as one row of the entry's " + entry.amount);
      }
      for (TxDraft d : details) {
        entry.absorb(d);
      }
      if (details.size() == 1) {
        entry.inheritAmountDetails(details.get(0));
      }
      stmt.transactions.add(entry.build());
    }

    /**
     * Why the entry's details cannot be its rows, or null when they can (several details with
     * amounts of their own in the entry's currency summing to the entry's amount) or when they
     * carry no amounts at all (nothing to say: the entry is one row).
     */
    private String detailsIssue() {
      int withAmount = 0;
      boolean empty = false;
      Money sum = Money.zero(entry.amount.getCurrencyUnit());
      String otherCurrency = null;
      for (TxDraft d : details) {
        empty |= d.amountEmpty;
        if (d.amount == null) {
          continue;
        }
        withAmount++;
        if (!d.amount.getCurrencyUnit().equals(entry.amount.getCurrencyUnit())) {
          otherCurrency = d.amount.toString();
          continue;
        }
        Direction direction = d.direction != null ? d.direction : entryDirection;
        sum = direction == entryDirection ? sum.plus(d.amount) : sum.minus(d.amount);
      }
      if (empty) {
        return "a transaction detail's amount is empty";
      }
      if (withAmount == 0) {
        return null;
      }
      if (details.size() == 1) {
        TxDraft only = details.get(0);
        return only.amount.equals(entry.amount) ? null
            : "its one transaction detail's amount " + only.amount + " is not the entry's";
      }
      if (withAmount < details.size()) {
        return withAmount + " of its " + details.size() + " transaction details have amounts";
      }
      if (otherCurrency != null) {
        return "a transaction detail's amount " + otherCurrency + " is in another currency";
      }
      if (!sum.equals(entry.amount)) {
        return "its " + details.size() + " transaction details add up to " + sum
            + ", not to the entry's amount";
      }
      return null;
    }

    /** A detail's amount: empty text is noted (the entry's amount stands), not refused. */
    private Money detailAmount(String field) throws XMLStreamException {
      String code = xml.getAttributeValue(null, "Ccy");
      InputPosition at = here();
      String text = text();
      if (text.isEmpty()) {
        detail.amountEmpty = true;
        return null;
      }
      return money(code, text, at, field);
    }

    private Money amount(String field) throws XMLStreamException {
      String code = xml.getAttributeValue(null, "Ccy");
      InputPosition at = here();
      return money(code, text(), at, field);
    }

    private Money money(String code, String text, InputPosition at, String field) {
      if (code == null) {
        throw Inputs.error(at, field, text, "has no Ccy attribute (currency)");
      }
      CurrencyUnit currency = Inputs.currency(code, at, field + "/@Ccy");
      BigDecimal value = Inputs.decimal(text.replace(',', 'x'), at, field);
      return Inputs.money(currency, value, text, at, field);
    }

    private Direction direction(String code, String field) {
      if (code.equals("CRDT")) {
        return Direction.CREDIT;
      }
      if (code.equals("DBIT")) {
        return Direction.DEBIT;
      }
      throw Inputs.error(here(), field, code, "is not CRDT or DBIT");
    }

    private LocalDate date(String text, String field) {
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        throw Inputs.error(here(), field, text, "is not a date (expected yyyy-MM-dd)");
      }
    }
  }
}
