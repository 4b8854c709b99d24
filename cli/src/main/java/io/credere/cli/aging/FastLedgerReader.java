package io.credere.cli.aging;

import io.credere.aging.AgingPolicy;
import io.credere.aging.AgingReport;
import java.nio.file.Path;
import java.util.Optional;

/** Placeholder. */
final class FastLedgerReader {
  private FastLedgerReader() {}

  static Optional<AgingReport> age(Path file, AgingPolicy policy) {
    return Optional.empty();
  }
}
