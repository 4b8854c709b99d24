package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserTest {

  /** The fields of every record of {@code text}, read with the smallest buffer (256 bytes). */
  private static List<List<String>> records(String text) throws IOException {
    List<List<String>> records = new ArrayList<>();
    try (CsvParser parser = new CsvParser(new ByteArrayInputStream(
        text.getBytes(StandardCharsets.UTF_8)), "t.csv", 1, 1)) {
      while (parser.next()) {
        List<String> fields = new ArrayList<>();
        for (int k = 0; k < parser.count(); k++) {
          fields.add(new String(parser.buffer(), parser.start(k),
              parser.end(k) - parser.start(k), StandardCharsets.UTF_8));
        }
        assertThat(parser.recordProblem()).as(text).isNull();
        records.add(fields);
      }
    }
    return records;
  }

  /**
   * Found on a 1M-row Excel-shaped ledger (line 922696): a record with doubled quotes whose CRLF
   * line end had its {@code \r} as the last byte of the buffer was finished (its quotes unescaped
   * in the buffer) before the parser knew whether {@code \n} followed, then parsed again over the
   * unescaped bytes and refused ("text after the closing quote"). Every alignment of such a
   * record against the buffer's end is tried here, with CRLF, LF and lone CR line ends.
   */
  @Test
  void doubled_quotes_read_the_same_wherever_the_buffer_ends() throws IOException {
    for (String eol : List.of("\r\n", "\n", "\r")) {
      for (int pad = 0; pad < 600; pad++) {
        String text = "a,b" + eol + "x".repeat(pad) + ",\"PO \"\"36608\"\", rev 0\"" + eol
            + "\"z\",\"q\"\"\"" + eol + "last,\"\"\"\"" + eol;
        List<List<String>> records = records(text);
        assertThat(records).as("pad %d, eol %s", pad, eol.replace("\r", "CR").replace("\n", "LF"))
            .containsExactly(List.of("a", "b"), List.of("x".repeat(pad), "PO \"36608\", rev 0"),
                List.of("z", "q\""), List.of("last", "\""));
      }
    }
  }
}
