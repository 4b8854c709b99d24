package io.credere.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.credere.core.error.ValidationException;
import io.credere.io.PolicyFile;
import io.credere.io.RatesFile;
import io.credere.io.Rejects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the strict CSV fuzz targets found, pinned at the exact line: whole-file refusals that
 * named the file but no line.
 */
class FuzzFindingsTest {

  @TempDir
  Path dir;

  private Path file(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void a_rates_file_whose_rows_were_all_rejected_is_refused_at_its_header() throws IOException {
    Path rates = file("rates.csv", "effective_date,rate\n2023-02-30,4.00\n");
    ValidationException refused;
    try (Rejects rejects = Rejects.toFile(dir.resolve("rejects.csv"))) {
      refused = catchThrowableOfType(() -> RatesFile.read(rates, rejects),
          ValidationException.class);
      assertThat(rejects.count()).isEqualTo(1);
    }
    assertThat(refused.position().line()).hasValue(1);
    assertThat(refused.getMessage()).startsWith(rates + ", line 1").contains("has no rows");
  }

  @Test
  void a_policy_with_a_level_out_of_order_is_refused_at_that_level() throws IOException {
    Path policy = file("policy.csv", "level,days_overdue,min_amount,channel,fee,interest,"
        + "wait_days\n1,10,0,LETTER,2.50,false,0\n2,20,0,EMAIL,0,true,5\n4,30,0,EMAIL,0,true,5\n");
    ValidationException refused = catchThrowableOfType(() -> PolicyFile.read(policy),
        ValidationException.class);
    assertThat(refused.position().line()).hasValue(4);
    assertThat(refused.getMessage()).startsWith(policy + ", line 4").contains("out of order");
  }

  @Test
  void a_policy_whose_days_do_not_grow_is_refused_at_the_level_that_stalls() throws IOException {
    Path policy = file("policy.csv", "level,days_overdue,min_amount,channel,fee,interest,"
        + "wait_days\n1,10,0,LETTER,2.50,false,0\n2,10,0,EMAIL,0,true,5\n3,30,0,EMAIL,0,true,5\n");
    ValidationException refused = catchThrowableOfType(() -> PolicyFile.read(policy),
        ValidationException.class);
    assertThat(refused.position().line()).hasValue(3);
    assertThat(refused.getMessage()).contains("days_overdue");
  }
}
