package io.credere.archfixture.bad;

import java.time.LocalDate;
import java.util.Random;

/** Breaks every house rule on purpose, for CredereArchRulesTest. */
public final class Impure {

  private Impure() {}

  /** Reads the clock, draws randomness, prints and touches a file. */
  public static String everythingWrong() {
    LocalDate today = LocalDate.now();
    int dice = new Random().nextInt(6);
    System.out.println(today);
    return new java.io.File("x").getName() + dice + System.currentTimeMillis();
  }
}
