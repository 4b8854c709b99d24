package io.credere.io;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writing an output file whole or not at all: the content goes to a hidden temporary file beside
 * the target, which is moved into place once complete. The temporary file is created the way any
 * new file is (mode 0666 less the umask), not with the private mode of
 * {@link Files#createTempFile}, so the output gets the mode a user expects.
 */
public final class Output {

  private Output() {}

  /** A new, empty, hidden file in the target's directory (created if missing). */
  public static Path tempBeside(Path target) throws IOException {
    Path parent = target.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    for (int attempt = 0; ; attempt++) {
      Path temp = parent.resolve("." + name + "." + Long.toHexString(
          ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Moves a complete temporary file onto the target, replacing it. */
  public static void commit(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (java.nio.file.AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a temporary file, quietly (best effort after a failure). */
  public static void discard(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // best effort: the temporary file is hidden and named as such
      }
    }
  }
}
