package io.credere.statements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.credere.core.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile and broken files are input errors naming the source and line, never a hang or OOM. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final String NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";

  private static StatementFile read(String content) {
    return StatementReaders.read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        "evil.xml");
  }

  @Test
  void refuses_external_entities() {
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM"
        + " \"file:///etc/passwd\">]>\n<Document xmlns=\"" + NS + "\"><BkToCstmrStmt><Stmt><Id>&xxe;"
        + "</Id></Stmt></BkToCstmrStmt></Document>";
    assertThatThrownBy(() -> read(xxe)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("evil.xml, line 2").hasMessageContaining("DOCTYPE");
  }

  @Test
  void refuses_billion_laughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
        + "<!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n<Document xmlns=\"" + NS + "\">&lol9;</Document>");
    assertThatThrownBy(() -> read(dtd.toString())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void refuses_deep_nesting_without_stack_overflow() {
    StringBuilder deep = new StringBuilder("<Document xmlns=\"" + NS + "\"><BkToCstmrStmt><Stmt>");
    for (int i = 0; i < 100_000; i++) {
      deep.append("<a>");
    }
    assertThatThrownBy(() -> read(deep.toString())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("nested deeper than 64");
  }

  @Test
  void refuses_truncated_xml_naming_line_and_column() {
    String truncated = "<?xml version=\"1.0\"?>\n<Document xmlns=\"" + NS + "\">\n<BkToCstmrStmt>\n"
        + "<Stmt><Id>1</Id><Ntry><Amt Ccy=\"EUR\">1.00</Amt>";
    assertThatThrownBy(() -> read(truncated)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("evil.xml, line 4, column").hasMessageContaining("camt");
  }

  @Test
  void refuses_garbage_and_empty_files() {
    assertThatThrownBy(() -> read("PK\u0003\u0004 this is a zip, not a statement"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("evil.xml")
        .hasMessageContaining("not a camt.053, camt.054, camt.052, MT940, MT942 or BAI2");
    assertThatThrownBy(() -> read("")).isInstanceOf(ValidationException.class);
  }

  @Test
  void refuses_amount_with_more_decimals_than_the_currency() {
    String five = "<Document xmlns=\"" + NS + "\"><BkToCstmrStmt><Stmt><Id>1</Id>\n<Ntry>"
        + "<Amt Ccy=\"EUR\">12.34567</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts></Ntry>"
        + "</Stmt></BkToCstmrStmt></Document>";
    assertThatThrownBy(() -> read(five)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'12.34567' has more decimals than EUR allows (2)");
  }

  @Test
  void accepts_three_decimals_for_a_three_decimal_currency() {
    String bhd = "<Document xmlns=\"" + NS + "\"><BkToCstmrStmt><Stmt><Id>1</Id><Ntry>"
        + "<Amt Ccy=\"BHD\">12.345</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts></Ntry>"
        + "</Stmt></BkToCstmrStmt></Document>";
    BankTransaction t = read(bhd).transactions().get(0);
    assertThat(t.amount().toString()).isEqualTo("BHD 12.345");
    assertThat(t.status()).isEqualTo(EntryStatus.PENDING);
  }

  /** Fuzzing finding: the JDK parser printed "[Fatal Error] ..." on standard error. */
  @Test
  void bytes_not_valid_in_the_encoding_are_an_error_naming_the_line_and_print_nothing() {
    byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"" + NS
        + "\"><BkToCstmrStmt><Stmt>\n<Id>").getBytes(StandardCharsets.UTF_8);
    byte[] tail = "</Id></Stmt></BkToCstmrStmt></Document>".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xFF;
    bytes[head.length + 1] = (byte) 0xFE;
    System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThatThrownBy(() -> StatementReaders.read(new ByteArrayInputStream(bytes), "bad.xml"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("bad.xml, line 3").hasMessageContaining("not valid UTF-8");
    } finally {
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    // a declared ISO-8859-1 file reads the same bytes as text
    byte[] latin = new String(bytes, StandardCharsets.ISO_8859_1).replace("UTF-8", "ISO-8859-1")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(StatementReaders.read(new ByteArrayInputStream(latin), "l.xml").statements()
        .get(0).statementId()).contains("\u00ff\u00fe");
  }

  @Test
  void refuses_unsupported_camt_version() {
    String v14 = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.14\">"
        + "<BkToCstmrStmt/></Document>";
    assertThatThrownBy(() -> read(v14)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("001.01 to 001.13");
  }

  @Test
  void refuses_truncated_bai2_and_mt940_naming_the_line() {
    String bai2 = "01,BANK,CUST,240101,0800,1,,,2/\n02,CUST,BANK,1,240101,,EUR,/\n"
        + "03,123,EUR,010,100,,,015,100,,/\n16,195,100,Z,,,x/\n";
    assertThatThrownBy(() -> StatementReaders.read(
        new ByteArrayInputStream(bai2.getBytes(StandardCharsets.UTF_8)), "cut.bai2"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("cut.bai2, line 4")
        .hasMessageContaining("truncated");
    String mt = ":20:X\n:25:ACC\n:60F:C240101EUR1,00\n:61:24AB01C1,00NTRF\n";
    assertThatThrownBy(() -> StatementReaders.read(
        new ByteArrayInputStream(mt.getBytes(StandardCharsets.UTF_8)), "bad.sta"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("bad.sta, line 4")
        .hasMessageContaining(":61:");
  }

  @Test
  void refuses_a_negative_bai2_distribution_count_and_survives_a_huge_one() {
    // Jazzer found the count made into a negative index (a huge count overflowed an int)
    checkDistributionCounts(HostileInputTest::bai2WithDistributionCount, "dist.bai2", "line 4",
        "16 distribution count");
  }

  @Test
  void refuses_a_negative_distribution_count_on_an_account_record_and_survives_a_huge_one() {
    // the same count on the 03 record went out of its fields' bounds (Jazzer again)
    checkDistributionCounts(HostileInputTest::bai2WithAccountDistributionCount, "acct.bai2",
        "line 3", "03 distribution count");
  }

  /**
   * A negative count is refused naming file, line, field and value; huge and small ones read
   * or are refused as input errors, never a crash.
   */
  private static void checkDistributionCounts(java.util.function.UnaryOperator<String> file,
      String name, String line, String field) {
    String negative = file.apply("-3");
    assertThatThrownBy(() -> StatementReaders.read(new ByteArrayInputStream(
        negative.getBytes(StandardCharsets.UTF_8)), name))
        .isInstanceOf(ValidationException.class).hasMessageContaining(name + ", " + line)
        .hasMessageContaining(field).hasMessageContaining("-3");
    for (String count : List.of("1280001500", "4611686018427387904", "3", "1")) {
      String text = file.apply(count);
      try {
        StatementReaders.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            name);
      } catch (ValidationException expected) {
        assertThat(expected.getMessage()).as(count).contains(name);
      }
    }
  }

  private static String bai2WithDistributionCount(String count) {
    return "01,BANK,CUST,240101,0800,1,,,2/\n02,CUST,BANK,1,240101,,EUR,/\n"
        + "03,123,EUR,010,100,,,015,100,,/\n16,195,100,D," + count + ",0,100,REF1,CUST1,x/\n"
        + "49,300,3/\n98,300,1,5/\n99,300,1,7/\n";
  }

  private static String bai2WithAccountDistributionCount(String count) {
    return "01,BANK,CUST,240101,0800,1,,,2/\n02,CUST,BANK,1,240101,,EUR,/\n"
        + "03,123,EUR,010,100,,D," + count + ",0,100,015,100,,/\n16,195,100,Z,REF1,CUST1,x/\n"
        + "49,300,3/\n98,300,1,5/\n99,300,1,7/\n";
  }

  @Test
  void reads_a_large_generated_file_streaming_statement_by_statement() {
    int[] count = new int[1];
    InputStream in = new java.io.SequenceInputStream(java.util.Collections.enumeration(
        java.util.stream.IntStream.range(0, 2000).mapToObj(i -> (InputStream)
            new ByteArrayInputStream((":20:S" + i + "\n:25:ACC\n:60F:C240101EUR0,\n"
                + ":61:2401010101C1,00NTRFNONREF\n:86:x\n:62F:C240101EUR1,00\n-\n")
                .getBytes(StandardCharsets.US_ASCII))).toList()));
    StatementReaders.forEach(in, "big.sta", s -> {
      assertThat(s.balanceCheck().isBalanced()).isTrue();
      count[0]++;
    });
    assertThat(count[0]).isEqualTo(2000);
  }
}
