package io.credere.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Hostile ledgers for comparing ways of reading one file: quoted line ends and doubled quotes,
 * every kind of bad row, duplicates, blank lines and rows of empty cells, the three line ends,
 * a byte order mark, bytes that are not UTF-8.
 */
final class HostileLedgers {

  static final String HEADER = "customer_id,document_id,document_type,document_date,"
      + "due_date,currency,amount,open_amount,reference,discount_date,discount_percent,disputed";

  private HostileLedgers() {}

  /** One hostile row (or blank line) with its line end; {@code i} makes ids unique. */
  static String row(Random random, int i, List<String> ids) {
    String customer = "C-" + random.nextInt(40);
    String id = "INV-" + i;
    String end = List.of("\n", "\r\n", "\r").get(random.nextInt(3));
    String good = customer + "," + id + ",INVOICE,2026-0" + (1 + random.nextInt(6)) + "-1"
        + random.nextInt(10) + ",2026-07-0" + (1 + random.nextInt(9)) + ",EUR,100.00,"
        + (random.nextBoolean() ? "100.00" : "40.5") + ",";
    int kind = random.nextInt(24);
    String line;
    switch (kind) {
      case 0: line = good + "\"PO 7,\nrev \"\"2\"\"\r\nend\",,,false"; break;
      case 1: line = "2026-13-01"; line = customer + "," + id + ",INVOICE," + line
          + ",2026-07-01,EUR,1,1,,,,"; break;
      case 2: line = customer + "," + id + ",INVOICE,2026-01-01,2026-07-01,EUR,12x,1,,,,"; break;
      case 3: line = customer + "," + id + ",CREDIT_NOTE,2026-01-01,2026-07-01,EUR,10,5,,,,";
        break;
      case 4: line = good + "\"abc\"x,,,"; break;
      case 5: line = good + "caf\u00e9 \u00fc,,,TRUE"; break;
      case 6: line = ""; break;
      case 7: line = ",,,  ,,,,,,,,"; break;
      case 8: line = ids.isEmpty() ? good + ",,," : customer + "," + ids.get(random.nextInt(
          ids.size())) + ",INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,"; break;
      case 9: line = good + ",2026-01-20,,"; break;
      case 10: line = customer + "," + id + ",INVOICE,2026-01-01,2026-07-01,EUR,10,11,,,,";
        break;
      case 11: line = customer + "," + id + ",INVOICE,2026-01-01,2026-07-01,BHD,10.125,"
          + "10.125,,2026-01-05,2.5,"; break;
      case 12: line = customer + "," + id + ",INVOICE,2026-01-01,2026-07-01,XYZ,1,1,,,,"; break;
      case 13: line = customer + "," + "D".repeat(300) + ",INVOICE,2026-01-01,2026-07-01,EUR,"
          + "1,1,,,,"; break;
      case 14: line = good + "x,,,maybe"; break;
      case 15: line = "\"" + customer + "\",\"" + id + "\",\"CREDIT_NOTE\",\"2026-02-01\","
          + "\"2026-02-01\",\"eur\",\"-20\",\"-20\",\"\"\"quoted\"\"\",,,"; break;
      case 16: line = customer + ",," + "INVOICE,2026-01-01,2026-07-01,EUR,1,1,,,,"; break;
      default: line = good + ",,,"; break;
    }
    if (kind != 6 && kind != 7 && kind != 13 && kind != 16) {
      ids.add(id);
    }
    return line + end;
  }

  static Path write(Path file, long seed, int rows, String tail) throws IOException {
    Random random = new Random(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextBoolean()) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    out.write((HEADER + "\r\n").getBytes(StandardCharsets.UTF_8));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String line = row(random, i, ids);
      if (random.nextInt(50) == 0) {
        // a byte that is not UTF-8
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length / 2);
        out.write(0xFF);
        out.write(b, b.length / 2, b.length - b.length / 2);
      } else {
        out.write(line.getBytes(StandardCharsets.UTF_8));
      }
    }
    out.write(tail.getBytes(StandardCharsets.UTF_8));
    return Files.write(file, out.toByteArray());
  }

}
