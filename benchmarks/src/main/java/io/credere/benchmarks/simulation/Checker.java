package io.credere.benchmarks.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Counts checks and records violations, each tagged with the operation that was running. Keeps
 * the first {@value #KEPT} messages; counts all.
 */
final class Checker {

  private static final int KEPT = 20;

  private long checks;
  private long violations;
  private long firstViolationAt = -1;
  private final List<String> messages = new ArrayList<>();
  private long operation;
  private Op current;

  void at(long index, Op op) {
    this.operation = index;
    this.current = op;
  }

  /** One check: counts it, and records a violation when {@code holds} is false. */
  void check(boolean holds, Supplier<String> message) {
    checks++;
    if (!holds) {
      violation(message.get());
    }
  }

  /** A violation found outside a check (an exception, a wrong match). */
  void violation(String message) {
    violations++;
    if (firstViolationAt < 0) {
      firstViolationAt = operation;
    }
    if (messages.size() < KEPT) {
      messages.add("operation " + operation + " (" + (current == null ? "final check"
          : current.kind()) + "): " + message);
    }
  }

  long checks() {
    return checks;
  }

  long violations() {
    return violations;
  }

  /** The index of the operation during which the first violation was found, -1 when none. */
  long firstViolationAt() {
    return firstViolationAt;
  }

  List<String> messages() {
    return List.copyOf(messages);
  }
}
