package io.credere.cli.collections;

import io.credere.cli.io.CsvInput;
import io.credere.cli.io.Rejects;
import io.credere.collections.dunning.DunningChannel;
import io.credere.collections.dunning.DunningLevel;
import io.credere.collections.dunning.DunningPolicy;
import io.credere.core.error.InputPosition;
import io.credere.core.error.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A dunning policy file: CSV {@code level,days_overdue,min_amount,channel,fee,interest,wait_days},
 * one row per level in order (levels 1, 2, 3, ...; days overdue rising). {@code channel} is
 * EMAIL, LETTER, PHONE_CALL, FINAL_NOTICE, LEGAL or AGENCY; {@code interest} true or false;
 * amounts in major units of the account's currency.
 */
public final class PolicyFile {

  /** The required columns. */
  public static final List<String> REQUIRED = List.of("level", "days_overdue", "min_amount",
      "channel", "fee", "interest", "wait_days");

  private PolicyFile() {}

  /** Reads the policy of {@code file}. */
  public static DunningPolicy read(Path file) {
    List<DunningLevel> levels = CsvInput.read(file, "policy", REQUIRED, row -> {
      String channel = row.text("channel");
      DunningChannel parsed;
      try {
        parsed = DunningChannel.valueOf(channel.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw row.error("channel", channel, "is not a channel (expected EMAIL, LETTER, "
            + "PHONE_CALL, FINAL_NOTICE, LEGAL or AGENCY)");
      }
      try {
        return DunningLevel.builder().level(integer(row, "level"))
            .daysOverdue(integer(row, "days_overdue")).minimumAmount(row.decimal("min_amount"))
            .channel(parsed).fee(row.decimal("fee")).interest(row.flag("interest"))
            .waitDays(integer(row, "wait_days")).build();
      } catch (ValidationException e) {
        throw e.at(row.position(e.field()));
      }
    }, Rejects.failFast());
    try {
      return DunningPolicy.builder().name(file.getFileName().toString()).addAllLevels(levels)
          .build();
    } catch (ValidationException e) {
      throw e.at(InputPosition.ofSource(file.toString()));
    }
  }

  private static int integer(io.credere.cli.io.CsvRow row, String column) {
    String text = row.text(column);
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw row.error(column, text, "is not a whole number");
    }
  }
}
