package io.credere.cli.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import io.credere.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateStatementTest {

  @TempDir
  Path dir;

  private static String entry(String amount, String indicator, String ref, String payer,
      String account, String remittance) {
    return "<Ntry><Amt Ccy=\"EUR\">" + amount + "</Amt><CdtDbtInd>" + indicator
        + "</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-11-18</Dt></BookgDt>"
        + "<ValDt><Dt>2026-11-18</Dt></ValDt><AcctSvcrRef>" + ref + "</AcctSvcrRef>"
        + "<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>" + payer + "</Nm></Dbtr><DbtrAcct><Id><IBAN>"
        + account + "</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>" + remittance
        + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>";
  }

  private Path files() throws IOException {
    Files.writeString(dir.resolve("ledger.csv"), "customer_id,document_id,document_type,"
        + "document_date,due_date,currency,amount,open_amount\n"
        + "C-1,INV-100,INVOICE,2026-10-01,2026-10-31,EUR,500.00,500.00\n"
        + "C-1,INV-101,INVOICE,2026-10-05,2026-11-04,EUR,300.00,300.00\n");
    Files.writeString(dir.resolve("customers.csv"), "customer_id,name,currency,bank_accounts\n"
        + "C-1,Acme GmbH,EUR,DE89370400440532013000\n");
    String camt = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt>"
        + "<GrpHdr><MsgId>M1</MsgId><CreDtTm>2026-11-18T10:00:00</CreDtTm></GrpHdr>"
        + "<Stmt><Id>S1</Id><CreDtTm>2026-11-18T10:00:00</CreDtTm>"
        + "<Acct><Id><IBAN>DE44500105175407324931</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">100.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-18</Dt></Dt></Bal>"
        + "<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">891.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-18</Dt></Dt></Bal>"
        + entry("500.00", "CRDT", "B-1", "ACME", "DE89 3704 0044 0532 0130 00", "Rechnung INV 100")
        + entry("300.00", "CRDT", "B-2", "SOMEONE", "DE89370400440532013000", "inv-101")
        + entry("9.00", "DBIT", "B-3", "BANK", "DE44500105175407324931", "Charges")
        + "</Stmt></BkToCstmrStmt></Document>";
    return Files.writeString(dir.resolve("statement.xml"), camt);
  }

  @Test
  void applies_the_credits_of_a_bank_statement_and_ignores_its_debits() throws IOException {
    Path statement = files();
    CliRun run = CliRun.of("allocate", "--ledger", dir.resolve("ledger.csv").toString(),
        "--customers", dir.resolve("customers.csv").toString(), "--statement",
        statement.toString(), "--as-of", "2026-11-20");
    assertThat(run.exitCode()).as(run.err()).isZero();
    String[] lines = run.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("B-1,C-1,INV-100,ALLOCATED,500.00,");
    assertThat(lines[2]).startsWith("B-2,C-1,INV-101,ALLOCATED,300.00,");
    assertThat(run.err()).contains("payments 2");
  }

  @Test
  void payments_and_statement_together_are_wrong_usage() throws IOException {
    Path statement = files();
    CliRun run = CliRun.of("allocate", "--ledger", dir.resolve("ledger.csv").toString(),
        "--payments", dir.resolve("ledger.csv").toString(), "--statement", statement.toString(),
        "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void an_unreadable_statement_is_invalid_input() throws IOException {
    files();
    Path garbage = Files.writeString(dir.resolve("garbage.xml"), "not a statement");
    CliRun run = CliRun.of("allocate", "--ledger", dir.resolve("ledger.csv").toString(),
        "--statement", garbage.toString(), "--as-of", "2026-11-20");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("garbage.xml");
  }
}
