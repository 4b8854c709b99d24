package io.credere.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The booked amount of a camt entry is never lost or changed: one row per detail only where
 * several details in the entry's currency sum to it; otherwise one row of the entry's amount and
 * an issue on the statement. Every version 001.01-001.13 of camt.052/053/054 is read.
 */
class CamtEntryRowsTest {

  private static String camt(String message, String version, String entries) {
    String root;
    String statement;
    switch (message) {
      case "052":
        root = "BkToCstmrAcctRpt";
        statement = "Rpt";
        break;
      case "053":
        root = "BkToCstmrStmt";
        statement = "Stmt";
        break;
      default:
        root = "BkToCstmrDbtCdtNtfctn";
        statement = "Ntfctn";
        break;
    }
    return "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt."
        + message + ".001." + version + "\">\n<" + root + "><GrpHdr><MsgId>M1</MsgId></GrpHdr>\n<"
        + statement + "><Id>S1</Id><Acct><Id><IBAN>DE02100100100006820101</IBAN></Id></Acct>\n"
        + entries + "</" + statement + "></" + root + "></Document>\n";
  }

  private static String ntry(String amount, String indicator, String status, String details) {
    return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator
        + "</CdtDbtInd><Sts>" + status + "</Sts><BookgDt><Dt>2026-11-02</Dt></BookgDt>"
        + "<AcctSvcrRef>REF-" + amount + "</AcctSvcrRef><NtryDtls>" + details
        + "</NtryDtls></Ntry>\n";
  }

  private static String tx(String amount, String ccy, String text) {
    return "<TxDtls>" + (amount == null ? "" : "<Amt Ccy=\"" + ccy + "\">" + amount + "</Amt>")
        + "<RmtInf><Ustrd>" + text + "</Ustrd></RmtInf></TxDtls>";
  }

  @ParameterizedTest
  @ValueSource(strings = {"01", "02", "04", "06", "08", "09", "10", "11", "12", "13"})
  void reads_every_version_of_camt054(String version) {
    StatementFile file = Samples.text("n.xml", camt("054", version,
        ntry("100.00", "CRDT", "<Cd>BOOK</Cd>", tx("100.00", "EUR", "INV-1"))));
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_054);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "100.00"));
    assertThat(file.transactions().get(0).remittance()).isEqualTo("INV-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"02", "08", "13"})
  void reads_camt052_intraday_reports_with_their_statuses(String version) {
    StatementFile file = Samples.text("r.xml", camt("052", version,
        ntry("10.00", "CRDT", "PDNG", "") + ntry("20.00", "DBIT", "<Cd>INFO</Cd>", "")
            + ntry("30.00", "CRDT", "BOOK", "")));
    assertThat(file.format()).isEqualTo(StatementFormat.CAMT_052);
    assertThat(file.transactions()).extracting(BankTransaction::status).containsExactly(
        EntryStatus.PENDING, EntryStatus.INFORMATION, EntryStatus.BOOKED);
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "40.00"),
        entry("EUR DEBIT", "20.00"));
    assertThat(file.statements().get(0).statementId()).contains("S1");
  }

  @Test
  void an_empty_detail_amount_falls_back_to_the_entry_amount_and_is_noted() {
    StatementFile file = Samples.text("e.xml", camt("054", "10",
        ntry("12.50", "CRDT", "BOOK", "<TxDtls><Amt Ccy=\"EUR\"></Amt><RmtInf><Ustrd>X"
            + "</Ustrd></RmtInf></TxDtls>")));
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "12.50"));
    assertThat(file.statements().get(0).issues()).singleElement().asString()
        .contains("line 5").contains("REF-12.50").contains("empty");
  }

  @Test
  void details_that_sum_to_the_entry_are_its_rows() {
    StatementFile file = Samples.text("b.xml", camt("053", "08", ntry("30.00", "CRDT", "BOOK",
        tx("10.00", "EUR", "A") + tx("20.00", "EUR", "B"))));
    assertThat(file.transactions()).extracting(t -> t.amount().toString())
        .containsExactly("EUR 10.00", "EUR 20.00");
    assertThat(file.statements().get(0).issues()).isEmpty();
  }

  @Test
  void details_that_do_not_sum_or_lack_amounts_or_use_another_currency_give_one_entry_row() {
    List<String> entries = List.of(
        ntry("30.00", "CRDT", "BOOK", tx("10.00", "EUR", "A") + tx("25.00", "EUR", "B")),
        ntry("40.00", "CRDT", "BOOK", tx("10.00", "EUR", "C") + tx(null, "EUR", "D")),
        ntry("50.00", "DBIT", "BOOK", tx("25.00", "EUR", "E") + tx("25.00", "USD", "F")),
        ntry("8.85", "CRDT", "BOOK", tx("0", "SEK", "G")));
    StatementFile file = Samples.text("m.xml", camt("053", "04", String.join("", entries)));
    assertThat(file.transactions()).extracting(t -> t.amount().toString())
        .containsExactly("EUR 30.00", "EUR 40.00", "EUR 50.00", "EUR 8.85");
    assertThat(file.transactions().get(0).remittance()).isEqualTo("A B");
    assertThat(Samples.totals(file)).containsOnly(entry("EUR CREDIT", "78.85"),
        entry("EUR DEBIT", "50.00"));
    List<String> issues = file.statements().get(0).issues();
    assertThat(issues).hasSize(4);
    assertThat(issues.get(0)).contains("add up to EUR 35.00");
    assertThat(issues.get(1)).contains("1 of its 2 transaction details have amounts");
    assertThat(issues.get(2)).contains("USD 25.00").contains("another currency");
    assertThat(issues.get(3)).contains("SEK 0.00");
  }

  @Test
  void a_batch_with_a_debit_detail_nets_to_the_entry() {
    String details = "<TxDtls><Amt Ccy=\"EUR\">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>"
        + "<TxDtls><Amt Ccy=\"EUR\">5.00</Amt><CdtDbtInd>DBIT</CdtDbtInd></TxDtls>";
    StatementFile file = Samples.text("n.xml", camt("053", "08",
        ntry("95.00", "CRDT", "BOOK", details)));
    assertThat(file.transactions()).extracting(BankTransaction::direction)
        .containsExactly(Direction.CREDIT, Direction.DEBIT);
    assertThat(file.statements().get(0).issues()).isEmpty();
  }

  @Test
  void charges_records_with_bearer_and_inclusion_flag() {
    String details = "<TxDtls><AmtDtls><InstdAmt><Amt Ccy=\"EUR\">100.00</Amt></InstdAmt>"
        + "</AmtDtls><Chrgs><TtlChrgsAndTaxAmt Ccy=\"EUR\">3.00</TtlChrgsAndTaxAmt>"
        + "<Rcrd><Amt Ccy=\"EUR\">2.00</Amt><ChrgInclInd>true</ChrgInclInd><Br>SHAR</Br></Rcrd>"
        + "<Rcrd><Amt Ccy=\"EUR\">1.00</Amt><ChrgInclInd>false</ChrgInclInd><Br>CRED</Br>"
        + "</Rcrd><Rcrd><Amt Ccy=\"USD\">4.00</Amt></Rcrd></Chrgs></TxDtls>";
    StatementFile file = Samples.text("c.xml", camt("053", "08",
        ntry("98.00", "CRDT", "BOOK", details)));
    BankTransaction t = file.transactions().get(0);
    assertThat(t.amount()).isEqualTo(Money.parse("EUR 98.00"));
    assertThat(t.instructedAmount()).contains(Money.parse("EUR 100.00"));
    assertThat(t.charges()).extracting(c -> c.amount().toString(), Charge::includedInBookedAmount,
            c -> c.bearer().map(Enum::name).orElse("-"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EUR 2.00", true, "SHARED"),
            org.assertj.core.groups.Tuple.tuple("EUR 1.00", false, "CREDITOR"),
            org.assertj.core.groups.Tuple.tuple("USD 4.00", true, "-"));
    assertThat(t.deductedCharges()).contains(Money.parse("EUR 2.00"));
  }

  @Test
  void a_message_inside_an_envelope_with_a_business_application_header() {
    String inner = camt("053", "08", ntry("7.00", "DBIT", "BOOK", ""))
        .replace("<?xml version=\"1.0\"?>\n", "");
    String wrapped = "<?xml version=\"1.0\"?>\n<Envelope><AppHdr xmlns=\"urn:iso:std:iso:20022:"
        + "tech:xsd:head.001.001.02\"><BizMsgIdr>B1</BizMsgIdr></AppHdr>" + inner + "</Envelope>";
    assertThat(Samples.totals(Samples.text("w.xml", wrapped)))
        .containsOnly(entry("EUR DEBIT", "7.00"));
  }
}
