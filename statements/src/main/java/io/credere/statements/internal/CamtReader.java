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
 * camt.053 and camt.054 (001.02 to 001.08) with a StAX cursor: no DOM, no DTD, no external
 * entities, a depth limit and a text-length limit. Immutable and thread-safe.
 */
public final class CamtReader implements StatementReader {

  /** Deepest element nesting accepted (camt files nest about 12 deep). */
  public static final int MAX_DEPTH = 64;
  /** Longest text of one element accepted, in characters. */
  public static final int MAX_TEXT = 100_000;

  private static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.05([34])\\.001\\.(\\d\\d)");

  private static final XMLInputFactory FACTORY = factory();

  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
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
      xml = FACTORY.createXMLStreamReader(Inputs.limited(in, source));
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
            checkNamespace(xml.getNamespaceURI());
          }
          start(xml.getLocalName(), sink);
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          end(sink);
        }
      }
      if (format == null) {
        throw Inputs.error(InputPosition.ofSource(source), "document", null,
            "is not a camt.053 or camt.054 message (no BkToCstmrStmt or BkToCstmrDbtCdtNtfctn)");
      }
      if (statements == 0) {
        throw Inputs.error(InputPosition.ofSource(source), format.label(), null,
            "holds no statement (no " + (format == StatementFormat.CAMT_053 ? "Stmt" : "Ntfctn")
                + " element): not a readable statement");
      }
    }

    private void checkNamespace(String namespace) {
      if (namespace == null || namespace.isEmpty()) {
        return;
      }
      java.util.regex.Matcher m = NAMESPACE.matcher(namespace);
      if (!m.matches()) {
        throw Inputs.error(here(), "namespace", namespace, "is not a camt.053 or camt.054"
            + " namespace (urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 to .08)");
      }
      int version = Integer.parseInt(m.group(2));
      if (version < 2 || version > 8) {
        throw Inputs.error(here(), "namespace", namespace, "is a camt version this reader"
            + " does not support (001.02 to 001.08 are)");
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

    private void start(String name, Consumer<BankStatement> sink) throws XMLStreamException {
      if (depth >= MAX_DEPTH) {
        throw Inputs.error(here(), name, null, "is nested deeper than " + MAX_DEPTH
            + " elements: not a statement");
      }
      stack[++depth] = name;
      if (format == null) {
        if (name.equals("BkToCstmrStmt")) {
          format = StatementFormat.CAMT_053;
        } else if (name.equals("BkToCstmrDbtCdtNtfctn")) {
          format = StatementFormat.CAMT_054;
        } else if (depth > 2) {
          throw Inputs.error(here(), name, null, "is not where a camt message starts"
              + " (expected Document/BkToCstmrStmt or Document/BkToCstmrDbtCdtNtfctn)");
        }
        return;
      }
      switch (ctx) {
        case NONE:
          if ((name.equals("Stmt") || name.equals("Ntfctn")) && depth == 3) {
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
          codeField(path);
          break;
      }
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
          Money amount = amount("TxDtls/" + path);
          if (detail.amount == null || path.equals("Amt")) {
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
          detail.debtorAccount = text();
          break;
        case "RltdPties/Cdtr/Nm":
        case "RltdPties/Cdtr/Pty/Nm":
          detail.creditorName = text();
          break;
        case "RltdPties/CdtrAcct/Id/IBAN":
        case "RltdPties/CdtrAcct/Id/Othr/Id":
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
          codeField(path);
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
      boolean split = false;
      for (TxDraft d : details) {
        if (d.amount != null) {
          split = true;
          break;
        }
      }
      if (split) {
        for (TxDraft d : details) {
          if (d.amount == null) {
            d.amount = entry.amount;
          }
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
      } else {
        for (TxDraft d : details) {
          entry.absorb(d);
        }
        stmt.transactions.add(entry.build());
      }
    }

    private Money amount(String field) throws XMLStreamException {
      String code = xml.getAttributeValue(null, "Ccy");
      InputPosition at = here();
      String text = text();
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
