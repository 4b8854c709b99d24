package io.credere.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The payments file read on two threads against the same file read on one: the same payments,
 * rejects file (byte for byte) and errors, on hostile files with batches as small as one row.
 */
class PaymentsReadAheadTest {

  @TempDir
  Path dir;

  private Path hostile(long seed, int rows) throws IOException {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder(
        "payment_id,payment_date,currency,amount,customer_id,payer_name,remittance,charges\r\n");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String id = "P-" + i;
      String line;
      switch (random.nextInt(12)) {
        case 0: line = id + ",2026-02-30,EUR,10,C-1,,,"; break;
        case 1: line = id + ",2026-02-01,EUR,-10,C-1,,,"; break;
        case 2: line = (ids.isEmpty() ? id : ids.get(random.nextInt(ids.size())))
            + ",2026-02-01,EUR,10,,,,"; break;
        case 3: line = id + ",2026-02-01,EUR,10,,\"Payer, \"\"Ltd\"\"\",\"INV-1\nINV-2\",1.5";
          break;
        case 4: line = id + ",2026-02-01,EUR,10,,,,-1"; break;
        case 5: line = ""; break;
        case 6: line = id + ",2026-02-01,EUR,10.001,,,,"; break;
        case 7: line = id + ",2026-02-01,EUR,10,,\"x\"y,,"; break;
        default: line = id + ",2026-02-0" + (1 + random.nextInt(9)) + ",EUR,"
            + (1 + random.nextInt(999)) + ".5,C-" + random.nextInt(9) + ",,INV-" + i + ",";
      }
      ids.add(id);
      text.append(line).append(List.of("\n", "\r\n", "\r").get(random.nextInt(3)));
    }
    return Files.write(dir.resolve("payments-" + seed + ".csv"),
        text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private String outcome(Path file, boolean keep, ReadAhead.Settings settings)
      throws IOException {
    return ReadOutcome.of(dir, keep, rejects -> String.valueOf(PaymentsFile.read(file, rejects,
        Progress.NONE, settings)));
  }

  @Test
  void hostile_payment_files_read_the_same_on_two_threads_as_on_one() throws IOException {
    List<String> outcomes = new ArrayList<>();
    for (long seed = 1; seed <= 6; seed++) {
      Path file = hostile(seed, 120);
      for (boolean keep : new boolean[] {false, true}) {
        String one = outcome(file, keep, ReadAhead.Settings.ONE_THREAD);
        outcomes.add(one);
        for (int batch : new int[] {1, 2, 5, 4096}) {
          assertThat(outcome(file, keep, ReadAhead.Settings.always(batch, 2)))
              .as(file + " batch " + batch).isEqualTo(one);
        }
      }
    }
    // the outcomes compared hold payments, rejects and errors, and differ between files
    assertThat(String.join("\n", outcomes)).contains("PaymentRow[").contains("appears twice")
        .contains("is not a date").contains("must be positive");
    assertThat(outcomes).doesNotHaveDuplicates();
  }
}
