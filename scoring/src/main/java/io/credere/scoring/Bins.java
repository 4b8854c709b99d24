package io.credere.scoring;

import java.math.BigDecimal;

/** Short factories for {@link AttributeBin}s, so a scorecard reads as a table. */
public final class Bins {

  private Bins() {}

  /** Values from {@code from} (inclusive) to {@code to} (exclusive). */
  public static AttributeBin range(String from, String to, int points, String reasonCode) {
    return with(AttributeBin.builder().from(new BigDecimal(from)).to(new BigDecimal(to)),
        points, reasonCode);
  }

  /** Values of {@code from} and above. */
  public static AttributeBin atLeast(String from, int points, String reasonCode) {
    return with(AttributeBin.builder().from(new BigDecimal(from)), points, reasonCode);
  }

  /** Values below {@code to}. */
  public static AttributeBin below(String to, int points, String reasonCode) {
    return with(AttributeBin.builder().to(new BigDecimal(to)), points, reasonCode);
  }

  /** Every value (or, as the missing bin, no value). */
  public static AttributeBin any(int points, String reasonCode) {
    return with(AttributeBin.builder(), points, reasonCode);
  }

  private static AttributeBin with(AttributeBin.Builder builder, int points, String reasonCode) {
    builder.points(points);
    if (reasonCode != null && !reasonCode.isEmpty()) {
      builder.reasonCode(reasonCode);
    }
    return builder.build();
  }
}
