package io.credere.archfixture.good;

import java.time.LocalDate;

/** Keeps every house rule, for CredereArchRulesTest. */
public final class Pure {

  private Pure() {}

  /** The day after {@code asOf}: dates are parameters. */
  public static LocalDate next(LocalDate asOf) {
    return asOf.plusDays(1);
  }
}
