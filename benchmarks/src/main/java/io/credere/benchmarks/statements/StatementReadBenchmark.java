package io.credere.benchmarks.statements;

import io.credere.statements.StatementReaders;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads a generated camt.053 of 100,000 entries and an MT940 of 100,000 lines (one statement of
 * 50,000 {@code :61:}/{@code :86:} pairs), streaming, in a 256 MB heap. Target: under 2 s each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class StatementReadBenchmark {

  /** Entries of the camt file. */
  public static final int CAMT_ENTRIES = 100_000;
  /** Lines of the MT940 file. */
  public static final int MT940_LINES = 100_000;

  byte[] camt;
  byte[] mt940;

  /** Builds both files in memory. */
  @Setup
  public void setUp() {
    camt = camt053(CAMT_ENTRIES);
    mt940 = mt940(MT940_LINES);
  }

  /** A camt.053.001.02 with {@code entries} credit entries of 12.34 EUR with details. */
  public static byte[] camt053(int entries) {
    StringBuilder x = new StringBuilder(entries * 600);
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022"
        + ":tech:xsd:camt.053.001.02\"><BkToCstmrStmt><GrpHdr><MsgId>B</MsgId></GrpHdr><Stmt>"
        + "<Id>BENCH</Id><Acct><Id><IBAN>DE44500105175407324931</IBAN></Id><Ccy>EUR</Ccy></Acct>\n"
        + "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">0.00</Amt>"
        + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-01</Dt></Dt></Bal>\n");
    long closing = 1234L * entries;
    x.append("<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">")
        .append(closing / 100).append('.').append(String.format("%02d", closing % 100))
        .append("</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-11-30</Dt></Dt></Bal>\n");
    for (int i = 0; i < entries; i++) {
      x.append("<Ntry><Amt Ccy=\"EUR\">12.34</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>"
          + "<BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt>"
          + "<AcctSvcrRef>A").append(i).append("</AcctSvcrRef><BkTxCd><Domn><Cd>PMNT</Cd><Fmly>"
          + "<Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd><NtryDtls><TxDtls>"
          + "<Refs><EndToEndId>E2E").append(i).append("</EndToEndId></Refs><RltdPties><Dbtr>"
          + "<Nm>Customer ").append(i % 500).append("</Nm></Dbtr><DbtrAcct><Id><IBAN>"
          + "DE07370400440000001001</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>INV-")
          .append(i).append("</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n");
    }
    x.append("</Stmt></BkToCstmrStmt></Document>\n");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** An MT940 of about {@code lines} lines. */
  public static byte[] mt940(int lines) {
    StringBuilder s = new StringBuilder(lines * 60);
    int pairs = (lines - 6) / 2;
    s.append(":20:BENCH\n:25:DE44500105175407324931\n:28C:1/1\n:60F:C261101EUR0,00\n");
    for (int i = 0; i < pairs; i++) {
      s.append(":61:2611201120C12,34NTRFREF").append(i).append("//B").append(i).append('\n')
          .append(":86:166?00GUTSCHRIFT?20EREF+E2E").append(i).append("?21SVWZ+INV-").append(i)
          .append("?32Customer ").append(i % 500).append('\n');
    }
    long closing = 1234L * pairs;
    s.append(":62F:C261120EUR").append(closing / 100).append(',')
        .append(String.format("%02d", closing % 100)).append("\n-\n");
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Reads the camt file; returns the number of transactions. */
  @Benchmark
  public long readCamt053() {
    long[] count = new long[1];
    StatementReaders.forEach(new ByteArrayInputStream(camt), "bench.xml",
        s -> count[0] += s.transactions().size());
    return count[0];
  }

  /** Reads the MT940 file; returns the number of transactions. */
  @Benchmark
  public long readMt940() {
    long[] count = new long[1];
    StatementReaders.forEach(new ByteArrayInputStream(mt940), "bench.sta",
        s -> count[0] += s.transactions().size());
    return count[0];
  }
}
