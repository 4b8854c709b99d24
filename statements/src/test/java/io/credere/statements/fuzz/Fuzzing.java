package io.credere.statements.fuzz;

import io.credere.core.error.ValidationException;
import io.credere.statements.StatementFile;
import io.credere.statements.StatementReader;
import io.credere.statements.StatementReaders;
import java.io.ByteArrayInputStream;
import java.util.function.Function;

/**
 * The property every fuzz target checks: any bytes give a statement file or a
 * {@link ValidationException}; any other exception (or error) escapes to the fuzzer as a finding.
 * Hangs and unbounded memory are caught by the fuzzer's own time and memory limits.
 */
final class Fuzzing {

  private Fuzzing() {}

  /** Reads {@code data} with {@code reader}; only a {@link ValidationException} is expected. */
  static void read(byte[] data, StatementReader reader) {
    check(data, in -> reader.readAll(in, "fuzz.input"));
  }

  /** Reads {@code data} through format detection (every reader behind it). */
  static void detectAndRead(byte[] data) {
    check(data, in -> StatementReaders.read(in, "fuzz.input"));
  }

  private static void check(byte[] data, Function<ByteArrayInputStream, StatementFile> read) {
    try {
      StatementFile file = read.apply(new ByteArrayInputStream(data));
      // touch what a host reads, so lazy faults would surface here
      file.statements().forEach(s -> {
        s.balanceCheck();
        s.transactions().forEach(t -> {
          t.remittance();
          t.deductedCharges();
          t.signedAmount();
        });
      });
    } catch (ValidationException expected) {
      // a clear input error is a correct answer to bad bytes
    }
  }
}
