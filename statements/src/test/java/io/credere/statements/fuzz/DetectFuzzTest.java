package io.credere.statements.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes format detection and whichever reader it picks: any bytes give statements or a
 * ValidationException. Regression mode without {@code JAZZER_FUZZ}; the build's
 * {@code fuzz-detect} surefire execution fuzzes it for {@code maxDuration}.
 */
public class DetectFuzzTest {

  @FuzzTest(maxDuration = "15s")
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }

  /** The stand-alone Jazzer entry point. */
  public static void fuzzerTestOneInput(byte[] data) {
    Fuzzing.detectAndRead(data);
  }
}
