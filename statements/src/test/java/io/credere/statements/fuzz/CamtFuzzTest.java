package io.credere.statements.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.credere.statements.StatementReaders;

/**
 * Fuzzes the camt.052/053/054 reader: any bytes give statements or a ValidationException. Without
 * {@code JAZZER_FUZZ} the seeds under {@code CamtFuzzTestInputs/fuzz} run as regression tests; with
 * {@code JAZZER_FUZZ=1} (the build's {@code fuzz-camt} surefire execution) Jazzer fuzzes for
 * {@code maxDuration}. {@link #fuzzerTestOneInput} is the same target for longer stand-alone runs.
 */
public class CamtFuzzTest {

  @FuzzTest(maxDuration = "15s")
  void fuzz(byte[] data) {
    fuzzerTestOneInput(data);
  }

  /** The stand-alone Jazzer entry point. */
  public static void fuzzerTestOneInput(byte[] data) {
    Fuzzing.read(data, StatementReaders.camt());
  }
}
