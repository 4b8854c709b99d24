package io.credere.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What one read of a file gave, as text two ways of reading must agree on: what it returned or
 * the error it threw, then the bytes of its rejects file ("(none)" without one).
 */
final class ReadOutcome {

  /** A read given its rejects; returns what it read, as text. */
  @FunctionalInterface
  interface Read {
    String read(Rejects rejects);
  }

  private ReadOutcome() {}

  /** Runs {@code read} with a rejects file in {@code dir} when {@code keep}, else failing fast. */
  static String of(Path dir, boolean keep, Read read) throws IOException {
    Path rejectsFile = dir.resolve("rejects.csv");
    Files.deleteIfExists(rejectsFile);
    String result;
    Rejects rejects = keep ? Rejects.toFile(rejectsFile) : Rejects.failFast();
    try (rejects) {
      result = read.read(rejects) + " rejected " + rejects.count();
    } catch (RuntimeException e) {
      result = e.getClass().getName() + ": " + e.getMessage();
    }
    String written = Files.exists(rejectsFile) ? Files.readString(rejectsFile,
        StandardCharsets.ISO_8859_1) : "(none)";
    return result + "\n" + written;
  }
}
